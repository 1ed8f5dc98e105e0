import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { emptyVerdictCounts } from "@/lib/claims/vocabulary";

const PAGE_SIZE = 50;

/** Articles newest first, page by page (offset paging: article lists are short next to claims). */
export async function listArticles(actor: Actor, page = 1) {
  assertCan(actor, "read");
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: actor.workspaceId },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (safePage - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        outlet: true,
        language: true,
        publishedAt: true,
        _count: { select: { claims: true } },
      },
    }),
    db.article.count({ where: { workspaceId: actor.workspaceId } }),
  ]);
  return { articles, total, page: safePage, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

// Once per request: the article page's layout (is it there?), its metadata (title) and the page share it.
const articleSummary = cache((workspaceId: string, articleId: string) =>
  db.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true, title: true } }),
);

/** Just enough to know the article exists in the actor's workspace and to title its page; NOT_FOUND otherwise. */
export async function getArticleSummary(actor: Actor, articleId: string) {
  assertCan(actor, "read");
  const article = await articleSummary(actor.workspaceId, articleId);
  if (!article) throw notFound("errors.articleNotFound");
  return article;
}

/** An article with its claims in reading order, and how many claims have each verdict. */
export async function getArticleWithClaims(actor: Actor, articleId: string) {
  assertCan(actor, "read");
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    include: {
      claims: {
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: {
          id: true,
          quote: true,
          startOffset: true,
          endOffset: true,
          claimant: true,
          category: true,
          verdict: true,
        },
      },
    },
  });
  if (!article) throw notFound("errors.articleNotFound");
  const counts = emptyVerdictCounts();
  for (const c of article.claims) counts[c.verdict] += 1;
  return { ...article, counts };
}

/** Articles for a filter select (id and title), newest first; the claims list searches as you type instead. */
export async function listArticleOptions(actor: Actor, limit = 200) {
  assertCan(actor, "read");
  return db.article.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true },
  });
}
