import "server-only";
// Suggestions for the claims list's claimant and article fields, a few at a time as the user types,
// instead of every option in the page (decision 0021: 200 articles and 500 claimants were most of the
// list's 238 KB). Each query is bounded whatever the workspace's size.
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { escapeLike } from "@/lib/claims/queries";
import type { FilterOption, TFilterOptions } from "@/lib/filter-options/schemas";

/** Claimant suggestions are ranked by how often they occur among at most this many matching claims. */
export const CLAIMANT_SAMPLE = 5_000;

export async function filterOptions(actor: Actor, input: TFilterOptions): Promise<{ options: FilterOption[] }> {
  assertCan(actor, "read");
  const q = input.q.trim();
  const options =
    input.kind === "claimant" ? await claimants(actor, q, input.limit) : await articles(actor, q, input.limit);
  return { options };
}

async function claimants(actor: Actor, q: string, limit: number): Promise<FilterOption[]> {
  // Names starting with what was typed first, then the most frequent; ILIKE '%…%' uses the trigram index.
  const rows = await db.$queryRawUnsafe<{ claimant: string; n: bigint }[]>(
    `SELECT claimant, count(*) AS n FROM (
       SELECT "claimant" FROM "claims" WHERE "workspaceId" = $1 AND "claimant" ILIKE $2 LIMIT $3
     ) s GROUP BY claimant
     ORDER BY (claimant ILIKE $4) DESC, n DESC, claimant LIMIT $5`,
    actor.workspaceId,
    `%${escapeLike(q)}%`,
    CLAIMANT_SAMPLE,
    `${escapeLike(q)}%`,
    limit,
  );
  return rows.map((r) => ({ value: r.claimant, label: r.claimant, detail: null }));
}

async function articles(actor: Actor, q: string, limit: number): Promise<FilterOption[]> {
  const rows = await db.article.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...(q ? { title: { contains: escapeLike(q), mode: "insensitive" } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, outlet: true },
  });
  return rows.map((a) => ({ value: a.id, label: a.title, detail: a.outlet }));
}

/** The title of the article a list filter names, or null when it is not in the actor's workspace. */
export async function articleFilterLabel(actor: Actor, articleId: string | undefined): Promise<string | null> {
  if (!articleId) return null;
  assertCan(actor, "read");
  const a = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { title: true },
  });
  return a?.title ?? null;
}
