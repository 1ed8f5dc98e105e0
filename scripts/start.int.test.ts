import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function startInProduction(env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: "1", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

// The test database is seeded with the demo accounts, as a careless production database might be.
describe("a production start", () => {
  it("refuses to run without its own AUTH_SECRET", () => {
    const missing = startInProduction({ AUTH_SECRET: undefined });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("set AUTH_SECRET");
    const short = startInProduction({ AUTH_SECRET: "too-short-to-sign-anything" });
    expect(short.code).toBe(1);
    expect(short.output).toContain("AUTH_SECRET must be at least 32 characters");
  });

  it("refuses to run while a demo account still has the demo password", () => {
    const r = startInProduction({ AUTH_SECRET: "a-real-production-secret-of-enough-length-123" });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/demo account \S+@demo\.test still has the demo password/);
  });
});
