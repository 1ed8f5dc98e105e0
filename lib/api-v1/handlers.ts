// What each /api/v1 endpoint returns: the domain queries the pages use (lib/articles, lib/claims),
// shaped into the documented public representation (lib/api-v1/endpoints.ts). Only named fields go
// out, never whole rows, so a new column does not leak into the API by accident.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getArticleWithClaims, listArticles } from "@/lib/articles/queries";
import { getClaimDetail, listClaims } from "@/lib/claims/queries";
import { parseClaimEvent } from "@/lib/claims/events";
import { CLAIMS_PAGE_SIZE, type TClaimFilters } from "@/lib/claims/schemas";
import type {
  TApiArticle,
  TApiArticleSummary,
  TApiArticlesQuery,
  TApiClaim,
  TApiClaimSummary,
  TApiClaimsQuery,
} from "@/lib/api-v1/endpoints";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export async function apiV1ListArticles(actor: Actor, query: TApiArticlesQuery) {
  const { articles, total, page, pageCount } = await listArticles(actor, query.page);
  // listArticles clamps nothing upwards: a page past the end is empty, which a client can see from pageCount.
  const data = articles.map((a): TApiArticleSummary => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    language: a.language,
    publishedAt: iso(a.publishedAt),
    claimCount: a._count.claims,
  }));
  return { data, pagination: { page, pageCount, total } };
}

export async function apiV1GetArticle(actor: Actor, articleId: string) {
  const a = await getArticleWithClaims(actor, articleId);
  const data: TApiArticle = {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    language: a.language,
    publishedAt: iso(a.publishedAt),
    byline: a.byline,
    body: a.body,
    verdictCounts: a.counts,
    claims: a.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      startOffset: c.startOffset,
      endOffset: c.endOffset,
      claimant: c.claimant,
      category: c.category,
      verdict: c.verdict,
    })),
  };
  return { data };
}

/** The API's query as the claims list's filters (lib/claims/queries.ts), so both list the same claims. */
export function claimFiltersFromApiQuery(q: TApiClaimsQuery): TClaimFilters {
  return {
    verdict: q.verdict,
    category: q.category,
    articleId: q.articleId,
    claimant: q.claimant,
    status: q.status,
    assignee: q.assignee,
    overdue: q.overdue ?? false,
    after: q.after,
    before: q.after ? undefined : q.before,
    pageSize: q.pageSize ?? CLAIMS_PAGE_SIZE,
  };
}

export async function apiV1ListClaims(actor: Actor, query: TApiClaimsQuery) {
  const filters = claimFiltersFromApiQuery(query);
  const { claims, nextCursor, prevCursor } = await listClaims(actor, filters);
  const data = claims.map((c): TApiClaimSummary => ({
    id: c.id,
    quote: c.quote,
    claimant: c.claimant,
    category: c.category,
    verdict: c.verdict,
    reviewStatus: c.reviewStatus,
    priority: c.priority,
    dueAt: isoOrNull(c.dueAt),
    overdue: c.overdue,
    createdAt: iso(c.createdAt),
    reviewedAt: isoOrNull(c.reviewedAt),
    reviewedBy: c.reviewedBy,
    assignee: c.assignee,
    article: c.article,
  }));
  return { data, pagination: { pageSize: filters.pageSize, nextCursor, prevCursor } };
}

export async function apiV1GetClaim(actor: Actor, claimId: string) {
  const c = await getClaimDetail(actor, claimId);
  const [corrections, signer] = await Promise.all([
    db.correction.findMany({
      where: { claimId: c.id, workspaceId: actor.workspaceId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { by: { select: { id: true, name: true } } },
    }),
    c.signedOffById ? db.user.findUnique({ where: { id: c.signedOffById }, select: { id: true, name: true } }) : null,
  ]);
  const data: TApiClaim = {
    id: c.id,
    quote: c.quote,
    startOffset: c.startOffset,
    endOffset: c.endOffset,
    claimant: c.claimant,
    cue: c.cue,
    category: c.category,
    claimedAt: c.claimedAt ? iso(c.claimedAt).slice(0, 10) : null,
    verdict: c.verdict,
    rationale: c.rationale,
    reviewedAt: isoOrNull(c.reviewedAt),
    reviewedBy: c.reviewedBy,
    review: {
      status: c.reviewStatus,
      assignee: c.assignee,
      dueAt: isoOrNull(c.dueAt),
      priority: c.priority,
      changesNote: c.changesNote,
      signedOffAt: isoOrNull(c.signedOffAt),
      signedOffBy: signer,
    },
    version: c.version,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    article: {
      id: c.article.id,
      title: c.article.title,
      outlet: c.article.outlet,
      url: c.article.url,
      language: c.article.language,
      publishedAt: iso(c.article.publishedAt),
    },
    quantities: c.quantities.map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: q.text })),
    evidence: c.evidence.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      publisher: e.publisher,
      archivedUrl: e.archivedUrl,
      excerpt: e.excerpt,
      stance: e.stance,
      addedBy: e.addedBy,
      createdAt: iso(e.createdAt),
    })),
    links: c.links.map((l) => ({ id: l.id, type: l.type, direction: l.direction, claim: l.other })),
    history: c.events.map((e) => ({
      id: e.id,
      action: e.action,
      at: iso(e.createdAt),
      actor: e.actorId && e.actor ? { id: e.actorId, name: e.actor.name } : null,
      change: parseClaimEvent(e),
    })),
    corrections: corrections.map((r) => ({
      id: r.id,
      fromVerdict: r.fromVerdict,
      toVerdict: r.toVerdict,
      reason: r.reason,
      by: r.by,
      createdAt: iso(r.createdAt),
    })),
  };
  return { data };
}
