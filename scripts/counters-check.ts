// `npm run counters:check`: compares every workspace's claim counters with a count from scratch
// (lib/counters/counters.ts) and prints the cells that differ. `--fix` rebuilds the counters of the
// workspaces that differ; `--workspace <slug>` checks one. Exits 1 when a difference remains.
import { parseArgs } from "node:util";
import { openDatabase } from "./lib/database";
import { createPrisma } from "./lib/prisma";
import { recount, verifyCounters } from "../lib/counters/counters";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { fix: { type: "boolean" }, workspace: { type: "string" } },
    strict: true,
  });
  const database = await openDatabase((m) => console.error(m));
  const prisma = createPrisma(database.url);
  let wrong = 0;
  try {
    const workspaces = await prisma.workspace.findMany({
      where: values.workspace ? { slug: values.workspace } : {},
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    });
    if (values.workspace && workspaces.length === 0) throw new Error(`No workspace "${values.workspace}"`);
    for (const ws of workspaces) {
      const t = performance.now();
      const diff = await verifyCounters(prisma, ws.id);
      const ms = Math.round(performance.now() - t);
      if (diff.length === 0) {
        console.log(`${ws.slug}: ok (${ms} ms)`);
        continue;
      }
      console.log(`${ws.slug}: ${diff.length} cell(s) differ`);
      for (const d of diff)
        console.log(`  ${d.verdict}/${d.reviewStatus}: counters ${d.counters}, counted ${d.counted}`);
      if (values.fix) {
        await recount(prisma, ws.id);
        const after = await verifyCounters(prisma, ws.id);
        console.log(after.length === 0 ? `  rebuilt: ok` : `  still ${after.length} cell(s) differ`);
        if (after.length) wrong++;
      } else wrong++;
    }
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
  return wrong ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`counters:check failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
