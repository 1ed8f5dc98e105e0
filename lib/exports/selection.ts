import "server-only";
// From an export query to the SQL the cursor runs: the claims list's filters (the same meanings as
// lib/claims/queries.ts) plus the verdict's date range and reviewer, always inside the actor's workspace.
import type { Actor } from "@/lib/auth/actor";
import { escapeLike } from "@/lib/claims/queries";
import { STATUSES_WITH_REVIEWER } from "@/lib/reviews/transitions";
import type { ClaimSelection } from "@/lib/exports/source";
import type { TClaimsExportQuery } from "@/lib/exports/query";

export function claimsSelection(actor: Pick<Actor, "workspaceId" | "userId">, q: TClaimsExportQuery): ClaimSelection {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`c."workspaceId" = ${p(actor.workspaceId)}`];
  if (q.verdict) where.push(`c.verdict = ${p(q.verdict)}::"Verdict"`);
  if (q.category) where.push(`c.category = ${p(q.category)}`);
  if (q.articleId) where.push(`c."articleId" = ${p(q.articleId)}`);
  if (q.claimant) where.push(`c.claimant ILIKE '%' || ${p(escapeLike(q.claimant))} || '%'`);
  if (q.status) where.push(`c."reviewStatus" = ${p(q.status)}::"ReviewStatus"`);
  if (q.assignee === "none") where.push(`c."assigneeId" IS NULL`);
  else if (q.assignee) where.push(`c."assigneeId" = ${p(q.assignee === "me" ? actor.userId : q.assignee)}`);
  if (q.overdue === "1" || q.overdue === "true")
    where.push(`c."dueAt" < now() AND c."reviewStatus"::text = ANY(${p([...STATUSES_WITH_REVIEWER])})`);
  if (q.reviewer) where.push(`c."reviewedById" = ${p(q.reviewer === "me" ? actor.userId : q.reviewer)}`);
  if (q.from) where.push(`c."reviewedAt" >= ${p(q.from)}::date`);
  if (q.to) where.push(`c."reviewedAt" < ${p(q.to)}::date + 1`);
  return { where: where.join(" AND "), params, order: "newest" };
}

/** One article's claims, in reading order. */
export function articleSelection(workspaceId: string, articleId: string, extra?: "signedOff"): ClaimSelection {
  const where = [`c."workspaceId" = $1`, `c."articleId" = $2`];
  if (extra === "signedOff") where.push(`c."reviewStatus" = 'signed_off' AND c."signedOffAt" IS NOT NULL`);
  return { where: where.join(" AND "), params: [workspaceId, articleId], order: "reading" };
}
