import { describe, expect, it } from "vitest";
import { parseTestArgs } from "./test-args";

const plan = (...args: string[]) => {
  const r = parseTestArgs(args);
  if (!("plan" in r)) throw new Error(`expected a plan for ${args.join(" ")}: ${JSON.stringify(r)}`);
  return r.plan;
};

describe("parseTestArgs", () => {
  it("runs everything by default", () => {
    expect(plan()).toEqual({ static: true, vitest: true, e2e: true, e2eFilters: [], vitestFilters: [] });
  });

  it("--no-e2e keeps the static checks and Vitest; --e2e-only keeps only the browser tests", () => {
    expect(plan("--no-e2e")).toMatchObject({ static: true, vitest: true, e2e: false });
    expect(plan("--e2e-only")).toMatchObject({ static: false, vitest: false, e2e: true });
  });

  it("passes spec files (and file:line) to Playwright and runs nothing else", () => {
    expect(plan("e2e/phone.spec.ts")).toEqual({
      static: false,
      vitest: false,
      e2e: true,
      e2eFilters: ["e2e/phone.spec.ts"],
      vitestFilters: [],
    });
    expect(plan("--e2e-only", "phone.spec.ts:12", "e2e/review")).toMatchObject({
      e2e: true,
      vitest: false,
      e2eFilters: ["phone.spec.ts:12", "e2e/review"],
    });
  });

  it("passes test files to Vitest, and runs both runners when given both kinds", () => {
    expect(plan("lib/claims/list.int.test.ts")).toMatchObject({
      static: false,
      vitest: true,
      e2e: false,
      vitestFilters: ["lib/claims/list.int.test.ts"],
    });
    expect(plan("lib/x.test.ts", "e2e/y.spec.ts")).toMatchObject({ static: false, vitest: true, e2e: true });
  });

  it("refuses what it cannot honour instead of running more or less than asked", () => {
    expect(parseTestArgs(["--no-e2e", "--e2e-only"])).toEqual({ error: expect.stringContaining("exclude each other") });
    expect(parseTestArgs(["--no-e2e", "e2e/a.spec.ts"])).toHaveProperty("error");
    expect(parseTestArgs(["--e2e-only", "lib/a.test.ts"])).toHaveProperty("error");
    expect(parseTestArgs(["--grep", "x"])).toEqual({ error: "Unknown option --grep" });
    expect(parseTestArgs(["README.md"])).toEqual({ error: expect.stringContaining("Not a test file: README.md") });
    expect(parseTestArgs(["--help"])).toEqual({ help: true });
  });
});
