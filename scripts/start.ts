// `npm start`: the one command that runs the app. Starts the embedded PostgreSQL when DATABASE_URL is
// not set, applies migrations, seeds demo data into an empty database, builds when the build is missing
// or stale, and serves on PORT (3000). `--dev` runs `next dev` instead of a production build.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./lib/database";
import { applyMigrations, ROOT } from "./lib/schema-engine";
import { createPrisma } from "./lib/prisma";
import { seedDemoData } from "../lib/seed-data/seed";
import { readEnv } from "../lib/env";
import { DEMO_EMAILS, DEMO_PASSWORD } from "../lib/seed-data/demo";
import { verifyPassword } from "../lib/auth/password";

const dev = process.argv.includes("--dev");
// The operator says "production" with NODE_ENV; `next start` sets NODE_ENV itself, so pass APP_ENV on.
const production = process.env.NODE_ENV === "production";
const port = process.env.PORT ?? "3000";
const log = (m: string) => console.log(`[start] ${m}`);

function fail(message: string): never {
  console.error(`[start] ${message}`);
  process.exit(1);
}

/** A per-machine secret for local use, kept in the git-ignored .data folder. */
function localAuthSecret(): string {
  const file = path.join(ROOT, ".data/auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestMtime(entries: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  entries.forEach((e) => visit(path.join(ROOT, e)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const sources = [
    "app",
    "components",
    "lib",
    "next.config.js",
    "postcss.config.mjs",
    "package-lock.json",
    "tsconfig.json",
  ];
  return newestMtime(sources) > fs.statSync(buildId).mtimeMs;
}

async function refuseDemoPasswords(url: string) {
  const prisma = createPrisma(url);
  try {
    const users = await prisma.user.findMany({
      where: { email: { in: DEMO_EMAILS } },
      select: { email: true, passwordHash: true },
    });
    for (const u of users) {
      if (await verifyPassword(u.passwordHash, DEMO_PASSWORD)) {
        fail(
          `Refusing a production start: the demo account ${u.email} still has the demo password. Change or remove it first.`,
        );
      }
    }
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  // Locally a random per-machine secret; the app itself has no fallback (instrumentation.ts refuses).
  const authSecret = production ? process.env.AUTH_SECRET : (process.env.AUTH_SECRET ?? localAuthSecret());
  if (production && !authSecret) {
    fail(
      "Refusing a production start: set AUTH_SECRET to a random string of 32+ characters (e.g. `openssl rand -base64 32`).",
    );
  }
  const appEnv = production ? "production" : "local";
  try {
    readEnv({ ...process.env, AUTH_SECRET: authSecret, APP_ENV: appEnv });
  } catch (e) {
    fail((e as Error).message);
  }

  const database = await openDatabase(log);
  log(database.embedded ? `Embedded PostgreSQL ready (${new URL(database.url).host})` : "Using DATABASE_URL");
  const applied = await applyMigrations(database.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations up to date");

  const prisma = createPrisma(database.url);
  const empty = (await prisma.workspace.count()) === 0;
  if (empty && !production) {
    const r = await seedDemoData(prisma);
    log(`Seeded demo data: ${r.workspaces} workspaces, ${r.users} users, ${r.articles} articles, ${r.claims} claims`);
  } else if (empty) {
    log("The database is empty. Production starts do not seed demo accounts.");
  }
  await prisma.$disconnect();
  if (production) await refuseDemoPasswords(database.url);

  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    APP_ENV: appEnv,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  if (!dev && buildIsStale()) {
    log("Building the app (next build)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: ROOT,
      env: { ...childEnv, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) {
      await database.stop();
      fail("next build failed (see above).");
    }
  }
  log(`Serving on http://localhost:${port}`);
  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    cwd: ROOT,
    env: dev ? { ...childEnv, NODE_ENV: "development" } : childEnv,
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((e) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
