// `npm test`: the whole suite. Static checks first (types, lint, formatting, exported names), then a
// throwaway PostgreSQL (or DATABASE_URL, never wiped) with migrations and the demo data, unit +
// integration tests (Vitest), a production build and the Playwright e2e tests in Chromium.
// Every stage runs even when an earlier one failed, so one run shows everything that is wrong; the
// exit code and the closing "Summary:" line count each failed check as a failure.
// `npm test -- --help` lists the options (--no-e2e, --e2e-only, file filters).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { findChromium, systemProbes, type FoundChromium } from "./lib/browser";
import { startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-db";
import { applyMigrations, ROOT } from "./lib/schema-engine";
import { createPrisma } from "./lib/prisma";
import { parseTestArgs, TEST_USAGE, type TestPlan } from "./lib/test-args";
import { seedDemoData } from "../lib/seed-data/seed";

const log = (m: string) => console.log(`[test] ${m}`);
const resultsDir = path.join(ROOT, "test-results");
const bin = (p: string) => path.join(ROOT, "node_modules", p);

// The checks CI fails on besides the tests. Each is also an npm script (typecheck, lint, format:check,
// check:exports) so it can be run alone while fixing.
const STATIC_CHECKS: { name: string; args: string[] }[] = [
  { name: "typecheck", args: [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "lint", args: [bin("eslint/bin/eslint.js"), ".", "--max-warnings=0"] },
  { name: "format", args: [bin("prettier/bin/prettier.cjs"), "--check", "--log-level=warn", "."] },
  { name: "exports", args: [bin("tsx/dist/cli.mjs"), "scripts/check-exports.ts"] },
];

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

function run(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  return r.status ?? 1;
}

type Tally = { passed: number; failed: number; skipped: number };

function readVitest(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const j = JSON.parse(fs.readFileSync(file, "utf8"));
  return {
    passed: j.numPassedTests,
    failed: j.numFailedTests + (j.numTotalTestSuites && !j.success && j.numFailedTests === 0 ? 1 : 0),
    skipped: j.numPendingTests + j.numTodoTests,
  };
}

function readPlaywright(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
}

function planFromArgs(): TestPlan {
  const parsed = parseTestArgs(process.argv.slice(2));
  if ("help" in parsed) {
    console.log(TEST_USAGE);
    process.exit(0);
  }
  if ("error" in parsed) {
    console.error(`[test] ${parsed.error}\n\n${TEST_USAGE}`);
    process.exit(2);
  }
  return parsed.plan;
}

/** Runs every static check (none stops the others); returns the names of those that failed. */
function staticChecks(): string[] {
  const failed: string[] = [];
  for (const check of STATIC_CHECKS) {
    log(`Static check: ${check.name}`);
    if (run(check.args, process.env) !== 0) failed.push(check.name);
  }
  return failed;
}

async function main() {
  const plan = planFromArgs();

  // Before anything slow: without a browser there is no point building. One line says what to do.
  let browser: FoundChromium | undefined;
  if (plan.e2e) {
    const search = findChromium(systemProbes(ROOT, log), { install: true });
    if (!search.ok) {
      console.error(`[test] ${search.message}`);
      process.exit(1);
    }
    browser = search.browser;
    log(`Chromium: ${browser.path} (${browser.version})`);
  }

  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const codes: number[] = [];
  const tallies: Tally[] = [];

  const failedChecks = plan.static ? staticChecks() : [];
  if (plan.static) tallies.push({ passed: 0, failed: failedChecks.length, skipped: 0 });

  let db: RunningDatabase;
  let tmpDir: string | undefined;
  if (process.env.DATABASE_URL) {
    db = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
    log("Using DATABASE_URL (tests create their own data and wipe nothing)");
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-test-"));
    fs.chmodSync(tmpDir, 0o755); // PostgreSQL runs as 'postgres' when we are root
    db = await startEmbeddedPostgres({
      dataDir: path.join(tmpDir, "pg"),
      port: await freePort(),
      throwaway: true,
      log,
    });
    log(`Throwaway PostgreSQL at ${new URL(db.url).host}`);
  }
  try {
    await applyMigrations(db.url);
    const prisma = createPrisma(db.url);
    await seedDemoData(prisma);
    await prisma.$disconnect();

    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: "test-secret-for-the-test-suite-only-000000",
      APP_ENV: "test" as const,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (plan.vitest) {
      const vitestJson = path.join(resultsDir, "vitest.json");
      log(
        plan.vitestFilters.length ? `Vitest: ${plan.vitestFilters.join(" ")}` : "Unit and integration tests (vitest)",
      );
      codes.push(
        run(
          [
            bin("vitest/vitest.mjs"),
            "run",
            "--reporter=default",
            "--reporter=json",
            `--outputFile.json=${vitestJson}`,
            ...plan.vitestFilters,
          ],
          env,
        ),
      );
      tallies.push(readVitest(vitestJson));
    }

    if (plan.e2e && browser) {
      log("Building the app (next build)");
      const buildCode = run([bin("next/dist/bin/next"), "build"], { ...env, NODE_ENV: "production" });
      codes.push(buildCode);
      if (buildCode === 0) {
        const e2eJson = path.join(resultsDir, "e2e.json");
        log(
          plan.e2eFilters.length
            ? `End-to-end tests: ${plan.e2eFilters.join(" ")}`
            : "End-to-end tests (Playwright, Chromium)",
        );
        const e2eEnv = {
          ...env,
          CHROMIUM_PATH: browser.path,
          E2E_PORT: String(await freePort()),
          E2E_JSON_REPORT: e2eJson,
        };
        codes.push(run([bin("@playwright/test/cli.js"), "test", ...plan.e2eFilters], e2eEnv));
        tallies.push(readPlaywright(e2eJson));
      } else {
        tallies.push({ passed: 0, failed: 1, skipped: 0 });
      }
    }
  } finally {
    await db.stop().catch(() => {});
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  const total = tallies.reduce(
    (a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const ok = codes.every((c) => c === 0) && total.failed === 0;
  if (plan.static) {
    const results = STATIC_CHECKS.map((c) => `${c.name} ${failedChecks.includes(c.name) ? "FAILED" : "ok"}`);
    console.log(
      `\n[test] Static checks: ${results.join(", ")}${failedChecks.length ? " (each counts as one failure below)" : ""}`,
    );
  }
  console.log(
    `\nSummary: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
