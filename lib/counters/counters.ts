// Claims per verdict and per review status, from counters instead of counting claims (decision 0021).
// Triggers on `claims` append each statement's net change to claim_counter_deltas; a read adds the
// folded rows in claim_counters and the deltas not yet folded, in one statement (one snapshot), and
// folds when the deltas pile up. recount() rebuilds a workspace's counters from its claims, and
// verifyCounters() compares the two (npm run counters:check).
//
// Takes the Prisma client as a parameter so the app (lib/db.ts), scripts and tests share it.
import { REVIEW_STATUSES, VERDICTS, emptyVerdictCounts, type TReviewStatus, type TVerdict } from "../claims/vocabulary";
import type { PrismaClient } from "../generated/prisma/client";

type Client = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe" | "$transaction">;
type Reader = Pick<PrismaClient, "$queryRawUnsafe">;

/** Fold the deltas into the counter rows once a read sees more than this many of them. */
export const FOLD_AFTER_DELTAS = 200;

export type ClaimCounts = {
  /** Claims per verdict and review status. */
  cells: Record<TVerdict, Record<TReviewStatus, number>>;
  byVerdict: Record<TVerdict, number>;
  byStatus: Record<TReviewStatus, number>;
  total: number;
};

function emptyStatusCounts(): Record<TReviewStatus, number> {
  return Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<TReviewStatus, number>;
}

function countsFrom(rows: { verdict: TVerdict; reviewStatus: TReviewStatus; n: number | bigint }[]): ClaimCounts {
  const cells = Object.fromEntries(VERDICTS.map((v) => [v, emptyStatusCounts()])) as ClaimCounts["cells"];
  const byVerdict = emptyVerdictCounts();
  const byStatus = emptyStatusCounts();
  let total = 0;
  for (const r of rows) {
    const n = Number(r.n);
    cells[r.verdict][r.reviewStatus] += n;
    byVerdict[r.verdict] += n;
    byStatus[r.reviewStatus] += n;
    total += n;
  }
  return { cells, byVerdict, byStatus, total };
}

/** A workspace's counts from its counters (folded rows + pending deltas); folds when deltas pile up. */
export async function readClaimCounts(client: Reader, workspaceId: string, fold = true): Promise<ClaimCounts> {
  const rows = await client.$queryRawUnsafe<
    { verdict: TVerdict; reviewStatus: TReviewStatus; n: bigint; deltas: bigint }[]
  >(
    `SELECT "verdict", "reviewStatus", sum("n")::bigint AS n, sum(d)::bigint AS deltas FROM (
       SELECT "verdict", "reviewStatus", "n", 0 AS d FROM "claim_counters" WHERE "workspaceId" = $1
       UNION ALL
       SELECT "verdict", "reviewStatus", "n", 1 AS d FROM "claim_counter_deltas" WHERE "workspaceId" = $1
     ) x GROUP BY 1, 2`,
    workspaceId,
  );
  const deltas = rows.reduce((a, r) => a + Number(r.deltas), 0);
  if (fold && deltas > FOLD_AFTER_DELTAS) await foldCounters(client, workspaceId);
  return countsFrom(rows);
}

/** Moves a workspace's pending deltas into its counter rows (skipped if another fold is running). */
export async function foldCounters(client: Reader, workspaceId: string): Promise<void> {
  await client.$queryRawUnsafe(`SELECT 1 AS done FROM claim_counters_fold($1)`, workspaceId);
}

async function countFromClaims(client: Reader, workspaceId: string) {
  return client.$queryRawUnsafe<{ verdict: TVerdict; reviewStatus: TReviewStatus; n: bigint }[]>(
    `SELECT "verdict", "reviewStatus", count(*) AS n FROM "claims" WHERE "workspaceId" = $1 GROUP BY 1, 2`,
    workspaceId,
  );
}

/**
 * Rebuilds a workspace's counters from its claims. One REPEATABLE READ snapshot: the deltas it removes
 * and the claims it counts are the same moment, so a change committed meanwhile keeps its delta and is
 * counted once. Holds the fold lock, so no fold runs at the same time.
 */
export async function recount(client: Client, workspaceId: string): Promise<ClaimCounts> {
  // A snapshot taken while waiting for the lock may predate the last holder's commit: then the delete
  // fails to serialize, and a fresh attempt (a fresh snapshot) is right.
  for (let attempt = 1; ; attempt++) {
    try {
      return await recountOnce(client, workspaceId);
    } catch (e) {
      if (attempt >= 5 || !isSerializationFailure(e)) throw e;
    }
  }
}

function isSerializationFailure(e: unknown): boolean {
  const text = e instanceof Error ? e.message : String(e);
  return (e as { code?: string })?.code === "P2034" || /40001|40P01|could not serialize/.test(text);
}

async function recountOnce(client: Client, workspaceId: string): Promise<ClaimCounts> {
  return client.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(
        `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('claim_counters_fold'), hashtext($1))`,
        workspaceId,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "claim_counter_deltas" WHERE "workspaceId" = $1`, workspaceId);
      await tx.$executeRawUnsafe(`DELETE FROM "claim_counters" WHERE "workspaceId" = $1`, workspaceId);
      const rows = await countFromClaims(tx, workspaceId);
      await tx.$executeRawUnsafe(
        `INSERT INTO "claim_counters" ("workspaceId", "verdict", "reviewStatus", "n")
         SELECT $1, "verdict", "reviewStatus", count(*)::int FROM "claims" WHERE "workspaceId" = $1 GROUP BY 2, 3`,
        workspaceId,
      );
      return countsFrom(rows);
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
  );
}

export type CounterMismatch = { verdict: TVerdict; reviewStatus: TReviewStatus; counted: number; counters: number };

/** Counters against a count from scratch, in one snapshot: the cells where they differ (none when right). */
export async function verifyCounters(client: Client, workspaceId: string): Promise<CounterMismatch[]> {
  return client.$transaction(
    async (tx) => {
      const fromCounters = await readClaimCounts(tx, workspaceId, false);
      const counted = countsFrom(await countFromClaims(tx, workspaceId));
      const out: CounterMismatch[] = [];
      for (const v of VERDICTS)
        for (const s of REVIEW_STATUSES)
          if (fromCounters.cells[v][s] !== counted.cells[v][s])
            out.push({ verdict: v, reviewStatus: s, counted: counted.cells[v][s], counters: fromCounters.cells[v][s] });
      return out;
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
  );
}
