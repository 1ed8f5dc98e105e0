// Drives Prisma's official WebAssembly schema engine through @prisma/adapter-pg, because Prisma's CLI
// cannot download its native engine on our machines (see docs/decisions/0002-migrations-with-wasm-engine.md).
// It does what `prisma migrate dev|deploy|diff` would: apply committed migrations, and diff them
// against schema.prisma to write a new one or to detect drift.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

const require = createRequire(import.meta.url);
const PG_CHAR_OID = 18;

type EngineModule = typeof import("@prisma/schema-engine-wasm");
type Engine = Awaited<ReturnType<EngineModule["SchemaEngine"]["new"]>>;

let enginePromise: Promise<EngineModule> | undefined;

/** Loads the wasm engine by hand: its entry imports the .wasm as an ES module, which Node 20 cannot. */
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    // Without this registry a Rust panic surfaces as "unreachable" with no message.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    let panicMessage = "";
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      get: () => panicMessage,
      set_message: (m: string) => {
        panicMessage = `RuntimeError: ${m}`;
      },
    };
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = (await import(path.join(dir, "schema_engine_bg.js"))) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return enginePromise;
}

/**
 * adapter-pg has no mapping for Postgres's internal `"char"` type (OID 18), which the engine reads from
 * pg_catalog. Report such columns as Character; reporting them as text makes the engine panic.
 */
function wrapAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryable = adapter as unknown as {
    performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
    queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }>;
    startTransaction(...a: unknown[]): Promise<unknown>;
  };
  // The adapter and its transactions share one prototype chain (PgQueryable); patch it once.
  const proto = findProtoWith(queryable, "performIO");
  if (!(proto as { __charPatched?: boolean }).__charPatched) {
    const charColumns = new WeakMap<object, number[]>();
    const performIO = proto.performIO as (
      this: unknown,
      q: unknown,
    ) => Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
    const queryRaw = proto.queryRaw as (
      this: unknown,
      q: unknown,
    ) => Promise<{ columnTypes: number[]; rows: unknown[] }>;
    proto.performIO = async function (this: unknown, q: unknown) {
      const result = await performIO.call(this, q);
      const idx: number[] = [];
      result.fields.forEach((f, i) => {
        if (f.dataTypeID === PG_CHAR_OID) {
          idx.push(i);
          f.dataTypeID = 25; // text, so the adapter's own mapping accepts it; fixed up below
        }
      });
      if (idx.length) charColumns.set(result.rows, idx);
      return result;
    };
    proto.queryRaw = async function (this: unknown, q: unknown) {
      const result = await queryRaw.call(this, q);
      for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
    (proto as { __charPatched?: boolean }).__charPatched = true;
  }
  // adapter-pg splits scripts on every ";", which breaks function bodies in migrations. Send the script
  // whole: PostgreSQL runs a multi-statement simple query as one implicit transaction.
  const withClient = adapter as unknown as { client: pg.Pool; onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await withClient.client.query(script);
    } catch (e) {
      withClient.onError(e);
    }
  };
  return adapter;
}

function findProtoWith(obj: object, key: string): Record<string, unknown> {
  let p: object | null = Object.getPrototypeOf(obj);
  while (p && !Object.prototype.hasOwnProperty.call(p, key)) p = Object.getPrototypeOf(p);
  if (!p) throw new Error(`adapter-pg changed: no ${key} on its prototype chain`);
  return p as Record<string, unknown>;
}

/** Main connection through adapter-pg; shadow databases made and dropped by us on the same server. */
function adapterFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ connectionString: url });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    // Tracked so withEngine can close them: the engine does not, and an open session keeps holding
    // the migration advisory lock.
    connect: async () => {
      const adapter = wrapAdapter(await main.connect());
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      // adapter-pg's own version keeps the main database (the URL wins over `database`) and never drops it.
      const name = `shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const adapter = wrapAdapter(await new PrismaPg({ connectionString: shadowUrl.toString() }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const drop = new pg.Client({ connectionString: url });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await drop.end();
      };
      return adapter;
    },
  } as SqlMigrationAwareDriverAdapterFactory;
}

export function readMigrationsList() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: path.join(name, "migration.sql"),
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: "missing migration.sql" },
        },
      };
    }),
  };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

async function withEngine<T>(url: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const mod = await loadEngineModule();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const logs: string[] = [];
  const opened: SqlDriverAdapter[] = [];
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(adapterFactory(url, opened)),
  );
  try {
    return await fn(engine);
  } catch (e) {
    const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { get(): string } }).PRISMA_WASM_PANIC_REGISTRY?.get();
    if (panic) (e as Error).message += `\n${panic}`;
    throw e;
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

/** Applies every committed migration not yet applied (what `prisma migrate deploy` does). */
export function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/** SQL that would bring the committed migrations up to schema.prisma; empty when they are in sync. */
export function diffMigrationsToSchema(url: string, schema = fs.readFileSync(SCHEMA_PATH, "utf8")): Promise<string> {
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationsList() },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return (result.stdout ?? "").trim();
  });
}

/** An empty diff script still carries a comment; anything else is real SQL. */
export function isEmptyDiff(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
