// Full-text search over claims and articles, in Indonesian and English (decision 0020).
//
// Each row carries a generated tsvector (migration 20261129193043_search): the indonesian, english and
// simple+unaccent vectors of its text. A query is parsed the same three ways (websearch syntax: "quoted
// phrases", OR, -word) and the three ORed, so "membantah" finds "bantah" through the Indonesian stemmer,
// "troops" finds "troop" through the English one, and names and numbers ("14.000", "14,000") match
// exactly through the simple one. Ranked by ts_rank_cd, highlighted with ts_headline in the article's
// own language, paged by offset (ranked results have no stable keyset).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { escapeLike } from "@/lib/claims/queries";
import type { Actor } from "@/lib/auth/actor";
import type { TVerdict } from "@/lib/claims/vocabulary";
import { SEARCH_PAGE_SIZE, type TSearchParams } from "@/lib/search/schemas";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/snippet";

/** The query as one tsquery: the three configurations ORed (same as the stored vectors). */
function tsquery(q: string) {
  return Prisma.sql`(websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', search_normalize(${q})))`;
}

/** ts_headline in the article's language, with control-character markers the UI renders as <mark>. */
function headline(text: Prisma.Sql, language: Prisma.Sql, query: Prisma.Sql, words: number) {
  const opts = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=${words}, MinWords=${Math.ceil(words / 2)}, MaxFragments=2, FragmentDelimiter=" … "`;
  return Prisma.sql`ts_headline(CASE WHEN ${language} = 'en' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END, ${text}, ${query}, ${opts})`;
}

export type ClaimHit = {
  id: string;
  quote: string;
  claimant: string;
  category: string;
  verdict: TVerdict;
  article: { id: string; title: string; language: string };
  /** The quote with matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
  rank: number;
};

export type ArticleHit = {
  id: string;
  title: string;
  outlet: string;
  language: string;
  publishedAt: Date;
  snippet: string;
  rank: number;
};

function claimFilters(actor: Actor, p: TSearchParams) {
  const parts = [Prisma.sql`c."workspaceId" = ${actor.workspaceId}`];
  if (p.verdict) parts.push(Prisma.sql`c.verdict = ${p.verdict}::"Verdict"`);
  if (p.category) parts.push(Prisma.sql`c.category = ${p.category}`);
  if (p.articleId) parts.push(Prisma.sql`c."articleId" = ${p.articleId}`);
  if (p.claimant) parts.push(Prisma.sql`c.claimant ILIKE ${`%${escapeLike(p.claimant)}%`}`);
  return Prisma.join(parts, " AND ");
}

/** One page of claims matching the query under the claims list's filters, best first, with the total. */
export async function searchClaims(actor: Actor, p: TSearchParams, pageSize = SEARCH_PAGE_SIZE) {
  assertCan(actor, "read");
  const q = p.q.trim();
  if (!q) return { hits: [] as ClaimHit[], total: 0, page: p.page, pageCount: 0 };
  const query = tsquery(q);
  const where = Prisma.sql`${claimFilters(actor, p)} AND c."searchVector" @@ ${query}`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      (Omit<ClaimHit, "article"> & { article_id: string; article_title: string; article_language: string })[]
    >`
      SELECT c.id, c.quote, c.claimant, c.category, c.verdict::text AS verdict,
             a.id AS article_id, a.title AS article_title, a.language AS article_language,
             ${headline(Prisma.sql`c.quote`, Prisma.sql`a.language`, query, 40)} AS snippet,
             ts_rank_cd(c."searchVector", ${query})::float8 AS rank
      FROM claims c JOIN articles a ON a.id = c."articleId"
      WHERE ${where}
      ORDER BY rank DESC, c."createdAt" DESC, c.id DESC
      LIMIT ${pageSize} OFFSET ${(p.page - 1) * pageSize}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM claims c WHERE ${where}`,
  ]);
  const total = count?.n ?? 0;
  return {
    hits: rows.map((r): ClaimHit => ({
      id: r.id,
      quote: r.quote,
      claimant: r.claimant,
      category: r.category,
      verdict: r.verdict,
      article: { id: r.article_id, title: r.article_title, language: r.article_language },
      snippet: r.snippet,
      rank: Number(r.rank),
    })),
    total,
    page: p.page,
    pageCount: Math.ceil(total / pageSize),
  };
}

/** The articles best matching the query (title weighs most), with a highlighted passage of the body. */
export async function searchArticles(actor: Actor, q: string, limit = 5): Promise<ArticleHit[]> {
  assertCan(actor, "read");
  const text = q.trim();
  if (!text) return [];
  const query = tsquery(text);
  const rows = await db.$queryRaw<ArticleHit[]>`
    SELECT a.id, a.title, a.outlet, a.language, a."publishedAt",
           ${headline(Prisma.sql`a.body`, Prisma.sql`a.language`, query, 30)} AS snippet,
           ts_rank_cd(a."searchVector", ${query})::float8 AS rank
    FROM articles a
    WHERE a."workspaceId" = ${actor.workspaceId} AND a."searchVector" @@ ${query}
    ORDER BY rank DESC, a."publishedAt" DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}
