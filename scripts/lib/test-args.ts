// `npm test -- …` arguments: which stages run, and file filters passed on to Playwright or Vitest.

export const TEST_USAGE = `Usage: npm test [-- options] [files]
  (nothing)        static checks, unit + integration tests, build, e2e tests
  --no-e2e         static checks, unit + integration tests (no build, no browser)
  --e2e-only       build and e2e tests only
  e2e/x.spec.ts    e2e tests in matching files only (Playwright filters; file.spec.ts:42 for one line)
  lib/x.test.ts    unit/integration tests in matching files only (Vitest filters)
Files given alone run only their own runner (no static checks); every run gets a throwaway
PostgreSQL with the demo data, or uses DATABASE_URL.`;

export type TestPlan = {
  static: boolean;
  vitest: boolean;
  e2e: boolean;
  e2eFilters: string[];
  vitestFilters: string[];
};

const isE2eFilter = (a: string) => /^e2e\//.test(a) || /\.spec\.tsx?(:\d+)*$/.test(a);
const isVitestFilter = (a: string) => /\.test\.tsx?$/.test(a);

export function parseTestArgs(args: string[]): { plan: TestPlan } | { help: true } | { error: string } {
  const flags = new Set<string>();
  const e2eFilters: string[] = [];
  const vitestFilters: string[] = [];
  for (const a of args) {
    if (a === "--help" || a === "-h") return { help: true };
    if (a === "--no-e2e" || a === "--e2e-only") flags.add(a);
    else if (a.startsWith("-")) return { error: `Unknown option ${a}` };
    else if (isE2eFilter(a)) e2eFilters.push(a);
    else if (isVitestFilter(a)) vitestFilters.push(a);
    else return { error: `Not a test file: ${a} (e2e specs are e2e/*.spec.ts, unit and integration tests *.test.ts)` };
  }
  const noE2e = flags.has("--no-e2e");
  const e2eOnly = flags.has("--e2e-only");
  if (noE2e && e2eOnly) return { error: "--no-e2e and --e2e-only exclude each other" };
  if (noE2e && e2eFilters.length) return { error: `--no-e2e with e2e files (${e2eFilters.join(", ")})` };
  if (e2eOnly && vitestFilters.length)
    return { error: `--e2e-only with unit/integration files (${vitestFilters.join(", ")})` };

  if (e2eFilters.length || vitestFilters.length) {
    return {
      plan: { static: false, vitest: vitestFilters.length > 0, e2e: e2eFilters.length > 0, e2eFilters, vitestFilters },
    };
  }
  return { plan: { static: !e2eOnly, vitest: !e2eOnly, e2e: !noE2e, e2eFilters, vitestFilters } };
}
