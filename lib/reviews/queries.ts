// The review workflow's reads: a reviewer's queue, an editor's desk, one claim's review panel, the
// people a claim can be assigned to, and corrections. All scoped to the actor's workspace and bounded.
import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseClaimEvent } from "@/lib/claims/events";
import { emptyVerdictCounts, REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { allowedReviewActions, isOverdue, STATUSES_WITH_REVIEWER } from "@/lib/reviews/transitions";
import { ZDeskQuery, ZQueueQuery, type TDeskQuery, type TQueueQuery } from "@/lib/reviews/schemas";
import { ASSIGNABLE_ROLES, verdictAuthorIds } from "@/lib/reviews/workflow";

/** Zero claims for every review status, ready to be counted into. */
export function emptyStatusCounts(): Record<TReviewStatus, number> {
  return Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<TReviewStatus, number>;
}

/** Where a claim is overdue: past due and still with its reviewer. */
function overdueWhere(now: Date): Prisma.ClaimWhereInput {
  return { dueAt: { lt: now }, reviewStatus: { in: [...STATUSES_WITH_REVIEWER] } };
}

/**
 * The actor's own queue: claims assigned to them (all statuses but signed off, or the one asked for),
 * soonest due first (no due date last), then most urgent, then oldest; each flagged `overdue`. Also
 * counts of all their claims per status and how many are overdue. Offset pages of at most 100: a
 * queue is one person's work, small enough that OFFSET costs nothing.
 */
export async function listQueue(actor: Actor, query: Partial<TQueueQuery> = {}, now: Date = new Date()) {
  assertCan(actor, "read");
  const q = ZQueueQuery.parse(query);
  const mine: Prisma.ClaimWhereInput = { workspaceId: actor.workspaceId, assigneeId: actor.userId };
  const where: Prisma.ClaimWhereInput = { ...mine, reviewStatus: q.status ?? { not: "signed_off" } };
  const [rows, total, groups, overdue] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: {
        id: true,
        quote: true,
        claimant: true,
        verdict: true,
        reviewStatus: true,
        dueAt: true,
        priority: true,
        changesNote: true,
        assignedAt: true,
        version: true,
        article: { select: { id: true, title: true } },
        assignedBy: { select: { id: true, name: true } },
      },
    }),
    db.claim.count({ where }),
    db.claim.groupBy({ by: ["reviewStatus"], where: mine, _count: { _all: true } }),
    db.claim.count({ where: { ...mine, ...overdueWhere(now) } }),
  ]);
  const counts = emptyStatusCounts();
  for (const g of groups) counts[g.reviewStatus] = g._count._all;
  return {
    items: rows.map((r) => ({ ...r, overdue: isOverdue(r, now) })),
    page: q.page,
    pageSize: q.pageSize,
    total,
    counts,
    overdue,
  };
}
export type TQueue = Awaited<ReturnType<typeof listQueue>>;

/**
 * The editor's desk (editors and admins): a page of articles, newest first, each with its claims per
 * review status and per verdict and how many are overdue; every assignable member's open workload
 * (claims still with them) and overdue count; the workspace's counts per status; and the latest events
 * in the workspace, each parsed with the typed history (`event` null when a row does not parse).
 */
export async function deskOverview(actor: Actor, query: Partial<TDeskQuery> = {}, now: Date = new Date()) {
  if (!can(actor, "claim.assign")) throw new AppError("FORBIDDEN", "errors.forbidden.desk");
  const q = ZDeskQuery.parse(query);
  const ws = { workspaceId: actor.workspaceId };

  const [articles, articleTotal, members, workload, overdueByAssignee, statusTotals, events] = await Promise.all([
    db.article.findMany({
      where: ws,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (q.articlePage - 1) * q.articlePageSize,
      take: q.articlePageSize,
      select: { id: true, title: true, outlet: true, publishedAt: true },
    }),
    db.article.count({ where: ws }),
    db.membership.findMany({
      where: { ...ws, deactivatedAt: null, role: { in: [...ASSIGNABLE_ROLES] } },
      select: { role: true, user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
      take: 500,
    }),
    db.claim.groupBy({
      by: ["assigneeId"],
      where: { ...ws, assigneeId: { not: null }, reviewStatus: { in: [...STATUSES_WITH_REVIEWER] } },
      _count: { _all: true },
    }),
    db.claim.groupBy({
      by: ["assigneeId"],
      where: { ...ws, assigneeId: { not: null }, ...overdueWhere(now) },
      _count: { _all: true },
    }),
    db.claim.groupBy({ by: ["reviewStatus"], where: ws, _count: { _all: true } }),
    db.claimEvent.findMany({
      where: ws,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: q.feedSize,
      select: {
        id: true,
        action: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, name: true } },
        claim: { select: { id: true, quote: true, claimant: true, article: { select: { id: true, title: true } } } },
      },
    }),
  ]);

  const articleIds = articles.map((a) => a.id);
  const [byStatus, byVerdict, overdueByArticle] = await Promise.all([
    db.claim.groupBy({
      by: ["articleId", "reviewStatus"],
      where: { articleId: { in: articleIds } },
      _count: { _all: true },
    }),
    db.claim.groupBy({
      by: ["articleId", "verdict"],
      where: { articleId: { in: articleIds } },
      _count: { _all: true },
    }),
    db.claim.groupBy({
      by: ["articleId"],
      where: { articleId: { in: articleIds }, ...overdueWhere(now) },
      _count: { _all: true },
    }),
  ]);

  const statusTotalsOut = emptyStatusCounts();
  for (const g of statusTotals) statusTotalsOut[g.reviewStatus] = g._count._all;
  const workloadOf = new Map(workload.map((g) => [g.assigneeId, g._count._all]));
  const overdueOf = new Map(overdueByAssignee.map((g) => [g.assigneeId, g._count._all]));

  return {
    articles: articles.map((a) => {
      const statuses = emptyStatusCounts();
      const verdicts = emptyVerdictCounts();
      for (const g of byStatus) if (g.articleId === a.id) statuses[g.reviewStatus] = g._count._all;
      for (const g of byVerdict) if (g.articleId === a.id) verdicts[g.verdict] = g._count._all;
      const total = Object.values(statuses).reduce((x, y) => x + y, 0);
      return {
        ...a,
        total,
        statuses,
        verdicts,
        overdue: overdueByArticle.find((g) => g.articleId === a.id)?._count._all ?? 0,
      };
    }),
    articlePage: q.articlePage,
    articlePageSize: q.articlePageSize,
    articleTotal,
    reviewers: members.map((m) => ({
      ...m.user,
      role: m.role,
      open: workloadOf.get(m.user.id) ?? 0,
      overdue: overdueOf.get(m.user.id) ?? 0,
    })),
    statuses: statusTotalsOut,
    feed: events.map((e) => ({
      id: e.id,
      action: e.action,
      at: e.createdAt,
      actor: e.actor,
      claim: e.claim,
      event: parseClaimEvent(e),
    })),
  };
}
export type TDeskOverview = Awaited<ReturnType<typeof deskOverview>>;

/**
 * One claim's review panel: where it stands, who has it, the changes-requested note, its corrections
 * (newest first), and for each workflow action whether this actor may take it now (and if not, the
 * message key saying why), decided by the same table the server enforces.
 */
export async function getClaimReview(actor: Actor, claimId: string) {
  assertCan(actor, "read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: {
      id: true,
      version: true,
      verdict: true,
      reviewStatus: true,
      priority: true,
      dueAt: true,
      assignedAt: true,
      changesNote: true,
      signedOffAt: true,
      reviewedById: true,
      assigneeId: true,
      assignee: { select: { id: true, name: true } },
      assignedBy: { select: { id: true, name: true } },
      signedOffBy: { select: { id: true, name: true } },
      corrections: { orderBy: { createdAt: "desc" }, take: 100, include: { by: { select: { id: true, name: true } } } },
    },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  const authors = await verdictAuthorIds(db, claim);
  const actions = allowedReviewActions({
    actor,
    status: claim.reviewStatus,
    assigneeId: claim.assigneeId,
    assigneeName: claim.assignee?.name ?? null,
    verdictAuthorIds: authors,
  });
  return {
    ...claim,
    overdue: isOverdue(claim),
    actions: Object.fromEntries(
      Object.entries(actions).map(([k, d]) => [
        k,
        d.ok ? { allowed: true as const } : { allowed: false as const, reason: d.messageKey, params: d.params },
      ]),
    ) as Record<
      keyof typeof actions,
      { allowed: true } | { allowed: false; reason: string; params?: Record<string, string> }
    >,
  };
}
export type TClaimReview = Awaited<ReturnType<typeof getClaimReview>>;

/** Active members who can be given claims (reviewers, editors, admins), by name: the assign picker. */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "read");
  const rows = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId, deactivatedAt: null, role: { in: [...ASSIGNABLE_ROLES] } },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  return rows.map((r) => ({ ...r.user, role: r.role }));
}

/** Corrections of one claim or of every claim in one article (for reports), oldest first, bounded. */
export async function listCorrections(actor: Actor, where: { claimId: string } | { articleId: string }, limit = 1000) {
  assertCan(actor, "read");
  return db.correction.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...("claimId" in where ? { claimId: where.claimId } : { claim: { articleId: where.articleId } }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(limit, 1), 10_000),
    select: {
      id: true,
      claimId: true,
      fromVerdict: true,
      toVerdict: true,
      reason: true,
      createdAt: true,
      by: { select: { id: true, name: true } },
    },
  });
}
