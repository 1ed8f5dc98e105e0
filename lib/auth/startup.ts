// Node-only: imported by instrumentation.ts when a server starts.
import { servingConfigProblem } from "@/lib/env";

/** Exits the process with one clear line when the configuration cannot serve safely (no AUTH_SECRET). */
export function refuseToServeWithoutSecrets(): void {
  const problem = servingConfigProblem();
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
