import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, can, verdictRefusal } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { emptyVerdictCounts, REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import { readClaimCounts } from "@/lib/counters/counters";
import type { TClaimFilters } from "@/lib/claims/schemas";
import { decodeCursor, encodeCursor } from "@/lib/claims/cursor";
import { isOverdue, STATUSES_WITH_REVIEWER } from "@/lib/reviews/transitions";
import { decodeLocalizedText } from "@/lib/i18n/localized-text";

function filterWhere(actor: Actor, f: TClaimFilters, withVerdict: boolean, now = new Date()): Prisma.ClaimWhereInput {
  return {
    workspaceId: actor.workspaceId,
    ...(withVerdict && f.verdict ? { verdict: f.verdict } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.articleId ? { articleId: f.articleId } : {}),
    // Case-insensitive, any part of the name (ILIKE '%…%', served by claims_claimant_trgm_idx); the
    // input's own % _ \ are escaped so they match themselves (Prisma passes them through as wildcards).
    ...(f.claimant ? { claimant: { contains: escapeLike(f.claimant), mode: "insensitive" as const } } : {}),
    ...(f.assignee
      ? { assigneeId: f.assignee === "me" ? actor.userId : f.assignee === "none" ? null : f.assignee }
      : {}),
    // Status and overdue both constrain reviewStatus, so they are ANDed rather than merged.
    AND: [
      f.status ? { reviewStatus: f.status } : {},
      f.active ? { reviewStatus: { in: [...STATUSES_WITH_REVIEWER] } } : {},
      f.overdue ? { dueAt: { lt: now }, reviewStatus: { in: [...STATUSES_WITH_REVIEWER] } } : {},
    ],
  };
}

/**
 * The same filters as `filterWhere` (without the verdict) as SQL, for the bounded count; a claimant
 * filter given as the exact names it matches (`names`) or, without them, as ILIKE '%…%'. The count
 * tests compare it with the list, which uses filterWhere.
 */
function narrowedWhere(actor: Actor, f: TClaimFilters, names: string[] | null, now = new Date()): Prisma.Sql {
  const parts = [Prisma.sql`"workspaceId" = ${actor.workspaceId}`];
  if (f.category) parts.push(Prisma.sql`category = ${f.category}`);
  if (f.articleId) parts.push(Prisma.sql`"articleId" = ${f.articleId}`);
  if (f.claimant)
    parts.push(
      names
        ? Prisma.sql`claimant = ANY(${names}::text[])`
        : Prisma.sql`claimant ILIKE ${`%${escapeLike(f.claimant)}%`}`,
    );
  if (f.assignee === "none") parts.push(Prisma.sql`"assigneeId" IS NULL`);
  else if (f.assignee) parts.push(Prisma.sql`"assigneeId" = ${f.assignee === "me" ? actor.userId : f.assignee}`);
  const withReviewer = Prisma.sql`"reviewStatus"::text = ANY(${[...STATUSES_WITH_REVIEWER]}::text[])`;
  if (f.status) parts.push(Prisma.sql`"reviewStatus"::text = ${f.status}`);
  if (f.active) parts.push(withReviewer);
  // Stored as UTC wall time (timestamp without zone), as Prisma writes it.
  if (f.overdue) parts.push(Prisma.sql`"dueAt" < ${now.toISOString()}::timestamp`, withReviewer);
  return Prisma.join(parts, " AND ");
}

/** Escapes LIKE's wildcards and its escape character (PostgreSQL's default escape is the backslash). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of claims, newest first, with keyset cursors for the next and previous pages. */
export async function listClaims(actor: Actor, filters: TClaimFilters) {
  assertCan(actor, "read");
  const base = filterWhere(actor, filters, true);
  const after = decodeCursor(filters.after);
  const before = after ? null : decodeCursor(filters.before);
  const take = filters.pageSize + 1;
  let where: Prisma.ClaimWhereInput = base;
  // The redundant lte/gte bound lets PostgreSQL turn the cursor into an index range, not a filter.
  if (after) {
    where = {
      AND: [
        base,
        { createdAt: { lte: after.createdAt } },
        { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] },
      ],
    };
  } else if (before) {
    where = {
      AND: [
        base,
        { createdAt: { gte: before.createdAt } },
        { OR: [{ createdAt: { gt: before.createdAt } }, { createdAt: before.createdAt, id: { gt: before.id } }] },
      ],
    };
  }
  const direction = before ? "asc" : "desc";
  const rows = await db.claim.findMany({
    where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take,
    select: {
      id: true,
      quote: true,
      claimant: true,
      category: true,
      verdict: true,
      createdAt: true,
      reviewedAt: true,
      reviewStatus: true,
      dueAt: true,
      priority: true,
      version: true,
      article: { select: { id: true, title: true } },
      reviewedBy: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  const hasMore = rows.length > filters.pageSize;
  const page = rows.slice(0, filters.pageSize);
  if (before) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  // Going forward there is a previous page whenever we came from a cursor; going back, whenever more rows remain.
  const hasNext = before ? true : hasMore;
  const hasPrev = before ? hasMore : Boolean(after);
  const now = new Date();
  return {
    claims: page.map((c) => ({ ...c, overdue: isOverdue(c, now) })),
    nextCursor: hasNext && last ? encodeCursor(last) : null,
    prevCursor: hasPrev && first ? encodeCursor(first) : null,
  };
}

/**
 * A claimant filter is counted through the workspace's distinct claimant names when it has at most this
 * many (decision 0024): walking them costs one index probe per name, however many claims carry them.
 */
export const CLAIMANT_NAMES_BOUND = 2_000;

/**
 * The workspace's distinct claimant names containing `text` (case-insensitive, as the filter matches),
 * found by walking the (workspaceId, claimant, …) index from one name to the next (a "loose index scan"):
 * the trigram index instead reads every matching claim before a LIMIT applies (167 ms for a name 37,000
 * claims share at 1,000,000). Null when the workspace has more than `bound` names: the caller then uses
 * the trigram index after all.
 */
async function claimantsContaining(workspaceId: string, text: string, bound: number): Promise<string[] | null> {
  const [walk] = await db.$queryRaw<{ matching: string[] | null; complete: boolean }[]>`
    WITH RECURSIVE names(claimant, n) AS (
      (SELECT claimant, 1 FROM claims WHERE "workspaceId" = ${workspaceId} ORDER BY claimant LIMIT 1)
      UNION ALL
      SELECT (SELECT c.claimant FROM claims c
              WHERE c."workspaceId" = ${workspaceId} AND c.claimant > names.claimant
              ORDER BY c.claimant LIMIT 1),
             names.n + 1
      FROM names WHERE names.claimant IS NOT NULL AND names.n <= ${bound}
    )
    SELECT array_agg(claimant) FILTER (WHERE claimant ILIKE ${`%${escapeLike(text)}%`}) AS matching,
           coalesce(bool_or(claimant IS NULL), true) AS complete
    FROM names`;
  if (!walk?.complete) return null;
  return walk.matching ?? [];
}

/** Beyond this many matching claims a filtered count says "10,000+" instead of counting on (decision 0021). */
export const COUNT_BOUND = 10_000;

/**
 * Claims per verdict under the current filters (ignoring the verdict filter itself), plus the total.
 * Unfiltered, or filtered by review status only, they come from the counters (lib/counters/): no claim
 * is read. Other filters read the verdicts of at most `bound` + 1 matching claims, in one query: below
 * the bound the counts are exact; at it they are lower bounds, flagged in `atLeast` / `totalAtLeast`
 * and shown as "10,000+", so a broad filter costs at most `bound` rows however big the workspace.
 */
export async function countClaimsByVerdict(
  actor: Actor,
  filters: TClaimFilters,
  bound = COUNT_BOUND,
  namesBound = CLAIMANT_NAMES_BOUND,
) {
  assertCan(actor, "read");
  const counts = emptyVerdictCounts();
  const narrowed = Boolean(
    filters.category || filters.articleId || filters.claimant || filters.assignee || filters.overdue,
  );
  let capped = false;
  if (!narrowed) {
    const c = await readClaimCounts(db, actor.workspaceId);
    // The counters are kept per (verdict, review status): the status filters pick cells to add up.
    const statuses = REVIEW_STATUSES.filter(
      (st) =>
        (!filters.status || st === filters.status) &&
        (!filters.active || (STATUSES_WITH_REVIEWER as readonly string[]).includes(st)),
    );
    for (const v of VERDICTS) counts[v] = statuses.reduce((sum, st) => sum + c.cells[v][st], 0);
  } else {
    // A claimant filter becomes the exact names it matches, so the claims are read through the btree.
    const names = filters.claimant ? await claimantsContaining(actor.workspaceId, filters.claimant, namesBound) : null;
    // Counted in SQL: only the four sums come back, not up to 10,001 rows for Node to map.
    const rows = await db.$queryRaw<{ verdict: keyof typeof counts; n: number }[]>`
      SELECT verdict::text AS verdict, count(*)::int AS n
      FROM (SELECT verdict FROM claims WHERE ${narrowedWhere(actor, filters, names)} LIMIT ${bound + 1}) matching
      GROUP BY verdict`;
    const read = rows.reduce((sum, r) => sum + r.n, 0);
    capped = read > bound;
    for (const r of rows) counts[r.verdict] = r.n;
    // Past the bound one claim too many was read: which verdict it had is unknown, so take it from the largest.
    if (capped) {
      const largest = rows.reduce((a, b) => (b.n > a.n ? b : a));
      counts[largest.verdict] -= 1;
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const atLeast = { unreviewed: capped, verified: capped, disputed: capped, contradicted: capped };
  return { counts, total, atLeast, totalAtLeast: capped };
}

// Once per request: the claim page's layout (is it there?), its metadata (title) and the page share it.
const claimSummary = cache((workspaceId: string, claimId: string) =>
  db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true, claimant: true } }),
);

/** Just enough to know the claim exists in the actor's workspace and to title its page; NOT_FOUND otherwise. */
export async function getClaimSummary(actor: Actor, claimId: string) {
  assertCan(actor, "read");
  const claim = await claimSummary(actor.workspaceId, claimId);
  if (!claim) throw notFound("errors.claimNotFound");
  return claim;
}

/** Everything the claim workbench shows, scoped to the actor's workspace. */
export async function getClaimDetail(actor: Actor, claimId: string) {
  assertCan(actor, "read");
  const linkedClaim = {
    select: { id: true, quote: true, claimant: true, verdict: true, article: { select: { id: true, title: true } } },
  } as const;
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    include: {
      article: {
        select: {
          id: true,
          title: true,
          outlet: true,
          url: true,
          language: true,
          publishedAt: true,
          byline: true,
          body: true,
        },
      },
      quantities: { orderBy: { position: "asc" } },
      evidence: { orderBy: { createdAt: "asc" }, include: { addedBy: { select: { name: true } } } },
      linksFrom: { include: { toClaim: linkedClaim }, orderBy: { createdAt: "asc" } },
      linksTo: { include: { fromClaim: linkedClaim }, orderBy: { createdAt: "asc" } },
      events: { orderBy: { createdAt: "desc" }, take: 200, include: { actor: { select: { name: true } } } },
      reviewedBy: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  const links = [
    ...claim.linksFrom.map((l) => ({ id: l.id, type: l.type, direction: "outgoing" as const, other: l.toClaim })),
    ...claim.linksTo.map((l) => ({ id: l.id, type: l.type, direction: "incoming" as const, other: l.fromClaim })),
  ];
  const { linksFrom: _from, linksTo: _to, ...rest } = claim;
  return {
    ...rest,
    links,
    quantities: claim.quantities.map((q) => ({ ...q, value: q.value.toNumber() })),
    // Kept in both languages; the page shows the reader's.
    claimedAtNote: decodeLocalizedText(claim.claimedAtNote),
    permissions: {
      setVerdict: verdictRefusal(actor, claim) === null,
      /** Why the verdict form is not offered, so the page can say so. */
      verdictRefusal: verdictRefusal(actor, claim),
      addEvidence: can(actor, "evidence.add"),
      removeEvidence: can(actor, "evidence.remove"),
    },
  };
}
export type TClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;
