// `npm test`: the whole suite. Starts a throwaway PostgreSQL (or uses DATABASE_URL, never wiping it),
// applies migrations, seeds the demo data, runs unit + integration tests (vitest), builds the app and
// runs the Playwright e2e tests in Chromium. Flags: --no-e2e to skip the build and browser tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-db";
import { applyMigrations, ROOT } from "./lib/schema-engine";
import { createPrisma } from "./lib/prisma";
import { seedDemoData } from "../lib/seed-data/seed";

const withE2E = !process.argv.includes("--no-e2e");
const log = (m: string) => console.log(`[test] ${m}`);
const resultsDir = path.join(ROOT, "test-results");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
  return r.status ?? 1;
}

type Tally = { passed: number; failed: number; skipped: number };

function readVitest(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const j = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: j.numPassedTests, failed: j.numFailedTests + (j.numTotalTestSuites && !j.success && j.numFailedTests === 0 ? 1 : 0), skipped: j.numPendingTests + j.numTodoTests };
}

function readPlaywright(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
}

async function main() {
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  let db: RunningDatabase;
  let tmpDir: string | undefined;
  if (process.env.DATABASE_URL) {
    db = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
    log("Using DATABASE_URL (tests create their own data and wipe nothing)");
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-test-"));
    fs.chmodSync(tmpDir, 0o755); // PostgreSQL runs as 'postgres' when we are root
    db = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, "pg"), port: await freePort(), throwaway: true, log });
    log(`Throwaway PostgreSQL at ${new URL(db.url).host}`);
  }
  const codes: number[] = [];
  const tallies: Tally[] = [];
  try {
    await applyMigrations(db.url);
    const prisma = createPrisma(db.url);
    await seedDemoData(prisma);
    await prisma.$disconnect();

    const env = { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: "test-secret-for-the-test-suite-only-000000", APP_ENV: "test" as const, NEXT_TELEMETRY_DISABLED: "1" };
    const vitestJson = path.join(resultsDir, "vitest.json");
    log("Unit and integration tests (vitest)");
    codes.push(run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], env));
    tallies.push(readVitest(vitestJson));

    if (withE2E) {
      log("Building the app (next build)");
      const buildCode = run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { ...env, NODE_ENV: "production" });
      codes.push(buildCode);
      if (buildCode === 0) {
        const e2eJson = path.join(resultsDir, "e2e.json");
        log("End-to-end tests (Playwright, Chromium)");
        codes.push(run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], { ...env, E2E_PORT: String(await freePort()), E2E_JSON_REPORT: e2eJson }));
        tallies.push(readPlaywright(e2eJson));
      } else {
        tallies.push({ passed: 0, failed: 1, skipped: 0 });
      }
    }
  } finally {
    await db.stop().catch(() => {});
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  const total = tallies.reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
  const ok = codes.every((c) => c === 0) && total.failed === 0;
  console.log(`\nSummary: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
