// The quantity tracker's data (/quantities): which quantities the workspace's claims put figures on,
// and for one of them every figure claimed, oldest first, with who claimed it, where and the verdict.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { TQuantityQualifier, TVerdict } from "@/lib/claims/vocabulary";
import { parseGenericKey, TRACKED_QUANTITIES, trackedKeyOf } from "@/lib/quantities/tracked";

/** Enough for any real desk's figures on one quantity; the page says when there are more. */
export const SERIES_LIMIT = 2000;

export type TrackedQuantity = { key: string; unit: string; figures: number; claims: number };

/** Every quantity with figures in the workspace, curated ones first, then by number of figures. */
export async function listTrackedQuantities(actor: Actor): Promise<TrackedQuantity[]> {
  assertCan(actor, "read");
  const rows = await db.$queryRaw<
    { category: string; unit: string; text: string; figures: number; claims: string[] }[]
  >`
    SELECT c.category, q.unit, q.text, count(*)::int AS figures, array_agg(DISTINCT c.id) AS claims
    FROM claim_quantities q JOIN claims c ON c.id = q."claimId"
    WHERE c."workspaceId" = ${actor.workspaceId}
    GROUP BY c.category, q.unit, q.text
    LIMIT 10000`;
  const byKey = new Map<string, { unit: string; figures: number; claims: Set<string> }>();
  for (const r of rows) {
    const key = trackedKeyOf(r);
    const entry = byKey.get(key) ?? { unit: r.unit, figures: 0, claims: new Set<string>() };
    entry.figures += r.figures;
    for (const id of r.claims) entry.claims.add(id);
    byKey.set(key, entry);
  }
  const curatedOrder = (k: string) => {
    const i = TRACKED_QUANTITIES.findIndex((d) => d.key === k);
    // Troops sent first: it is the one the desk asks about most.
    return i < 0 ? Number.MAX_SAFE_INTEGER : k === "nk-troops-sent" ? -1 : i;
  };
  return [...byKey.entries()]
    .map(([key, e]) => ({ key, unit: e.unit, figures: e.figures, claims: e.claims.size }))
    .sort((a, b) => curatedOrder(a.key) - curatedOrder(b.key) || b.figures - a.figures || a.key.localeCompare(b.key));
}

export type QuantityPoint = {
  quantityId: string;
  claimId: string;
  value: number;
  qualifier: TQuantityQualifier;
  unit: string;
  /** The figure in the quote's own words, e.g. "14.000 tentara". */
  text: string;
  claimant: string;
  verdict: TVerdict;
  article: { id: string; title: string; publishedAt: Date };
  /** When the figure was claimed: the claim's own date, else the article's publication date. */
  date: Date;
  dateIsPublication: boolean;
};

/** Every figure claimed for one tracked quantity, oldest first; null when no such quantity has figures. */
export async function quantitySeries(actor: Actor, key: string): Promise<QuantityPoint[] | null> {
  assertCan(actor, "read");
  const curated = TRACKED_QUANTITIES.find((d) => d.key === key);
  const scope = curated ? { category: curated.category, unit: curated.unit } : parseGenericKey(key);
  if (!scope) return null;
  const rows = await db.claimQuantity.findMany({
    where: { unit: scope.unit, claim: { workspaceId: actor.workspaceId, category: scope.category } },
    take: SERIES_LIMIT,
    orderBy: [{ claim: { createdAt: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      value: true,
      qualifier: true,
      unit: true,
      text: true,
      claim: {
        select: {
          id: true,
          category: true,
          claimant: true,
          verdict: true,
          claimedAt: true,
          article: { select: { id: true, title: true, publishedAt: true } },
        },
      },
    },
  });
  const points = rows
    .filter((r) => trackedKeyOf({ category: r.claim.category, unit: r.unit, text: r.text }) === key)
    .map((r): QuantityPoint => ({
      quantityId: r.id,
      claimId: r.claim.id,
      value: r.value.toNumber(),
      qualifier: r.qualifier,
      unit: r.unit,
      text: r.text,
      claimant: r.claim.claimant,
      verdict: r.claim.verdict,
      article: r.claim.article,
      date: r.claim.claimedAt ?? r.claim.article.publishedAt,
      dateIsPublication: r.claim.claimedAt === null,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.quantityId.localeCompare(b.quantityId));
  return points.length ? points : null;
}
