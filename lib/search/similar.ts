// Similar claims: other claims whose quote reads like this text (pg_trgm trigram similarity, served by
// claims_quote_trgm_idx), in the actor's workspace, best first. The claim page loads them after it has
// rendered (GET /api/claims/[claimId]/similar); intake asks for all pending suggestions in one query.
// Decisions 0020 and 0023.
//
// The cost of a `%` search grows with the workspace (the GIN scan reads the posting lists of the
// text's trigrams, common ones included), so every search runs under a statement timeout set in its
// own transaction (a search that would take too long fails fast, errors.similar.timeout, instead of
// holding a pooled connection while other readers queue for one), and at most a few run at once.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import type { TVerdict } from "@/lib/claims/vocabulary";
import type { TSimilarClaimsQuery } from "@/lib/search/schemas";
import { boundedSearch } from "@/lib/search/bounded";

/** Below this trigram similarity two quotes are not worth showing side by side (tuned on the seed). */
export const SIMILARITY_THRESHOLD = 0.3;
/** The longest a similar-claims search may run (ms) before it is cancelled and answered "took too long". */
export const SIMILAR_STATEMENT_TIMEOUT_MS = 1500;
/**
 * At most this many similar-claims searches hold a pooled connection at once in one process (pg's
 * pool has 10): the rest wait for a slot, within the same time bound, so the claim pages of everyone
 * else always find a connection.
 */
export const MAX_CONCURRENT_SIMILAR_SEARCHES = 3;
const MAX_LIMIT = 50;
/** How many similar claims the claim page shows. */
export const CLAIM_PAGE_SIMILAR_LIMIT = 5;

export type SimilarClaim = {
  id: string;
  quote: string;
  claimant: string;
  verdict: TVerdict;
  article: { id: string; title: string };
  /** 0..1, pg_trgm's similarity of the two quotes. */
  similarity: number;
};

export type SimilarClaimsInput = {
  text: string;
  /** Claims in this article are left out: the point is the same claim made elsewhere. */
  articleId?: string;
  /** Left out too (the claim the page shows). */
  excludeClaimId?: string;
  limit: number;
};

export type SimilarClaimsManyInput = {
  /** The texts to match, each with the caller's key for it (a suggestion's id). */
  texts: { key: string; text: string }[];
  /** Claims in this article are left out. */
  articleId?: string;
  /** At most this many similar claims per text. */
  limit: number;
};

/** Internal knobs, not reachable from HTTP: tests shorten the timeout to see it fire. */
export type SimilarClaimsOptions = { timeoutMs?: number };

/** The search was cancelled by its statement timeout (PostgreSQL 57014, query_canceled). */
export const similarTimeout = () => new AppError("UNAVAILABLE", "errors.similar.timeout");
const searchBounded = boundedSearch(MAX_CONCURRENT_SIMILAR_SEARCHES, similarTimeout);

/** Whether an error is a similar-claims search that ran out of time (callers may go on without it). */
export function isSimilarTimeout(e: unknown): boolean {
  return e instanceof AppError && e.messageKey === "errors.similar.timeout";
}

type Row = {
  key: string;
  id: string;
  quote: string;
  claimant: string;
  verdict: TVerdict;
  article_id: string;
  article_title: string;
  similarity: number;
};

/**
 * For each text, the claims in the actor's workspace whose quote is most similar to it, most similar
 * first: one statement for all of them (a LATERAL join, one index scan per text). Keys with no similar
 * claim (or an empty text) map to an empty list.
 */
export async function similarClaimsForMany(
  actor: Actor,
  input: SimilarClaimsManyInput,
  opts: SimilarClaimsOptions = {},
): Promise<Map<string, SimilarClaim[]>> {
  assertCan(actor, "read");
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit)));
  const result = new Map<string, SimilarClaim[]>(input.texts.map((t) => [t.key, []]));
  const texts = input.texts.map((t) => ({ key: t.key, text: t.text.trim() })).filter((t) => t.text);
  if (texts.length === 0) return result;
  const timeoutMs = Math.max(1, Math.floor(opts.timeoutMs ?? SIMILAR_STATEMENT_TIMEOUT_MS));
  const articleId = input.articleId ?? null;
  // The threshold, like the timeout, is SET LOCAL: it ends with the search's own transaction.
  const rows = await searchBounded(
    timeoutMs,
    () => db.$queryRaw<Row[]>`
        SELECT q.key, s.id, s.quote, s.claimant, s.verdict, s.article_id, s.article_title, s.similarity
        FROM unnest(${texts.map((t) => t.key)}::text[], ${texts.map((t) => t.text)}::text[])
               WITH ORDINALITY AS q(key, text, ord)
        CROSS JOIN LATERAL (
          SELECT c.id, c.quote, c.claimant, c.verdict::text AS verdict, a.id AS article_id, a.title AS article_title,
                 similarity(c.quote, q.text)::float8 AS similarity
          FROM claims c JOIN articles a ON a.id = c."articleId"
          WHERE c."workspaceId" = ${actor.workspaceId}
            AND c.quote % q.text
            AND (${articleId}::text IS NULL OR c."articleId" <> ${articleId}::text)
          ORDER BY similarity DESC, c.id
          LIMIT ${limit}
        ) s
        ORDER BY q.ord, s.similarity DESC, s.id`,
    [`SET LOCAL pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`],
  );
  for (const r of rows) {
    result.get(r.key)?.push({
      id: r.id,
      quote: r.quote,
      claimant: r.claimant,
      verdict: r.verdict,
      article: { id: r.article_id, title: r.article_title },
      similarity: Number(r.similarity),
    });
  }
  return result;
}

/** Claims in the actor's workspace whose quote is most similar to `text`, most similar first. */
export async function similarClaims(
  actor: Actor,
  input: SimilarClaimsInput,
  opts: SimilarClaimsOptions = {},
): Promise<SimilarClaim[]> {
  // One more than asked for when a claim is to be left out, so leaving it out still fills the list.
  const extra = input.excludeClaimId ? 1 : 0;
  const found = await similarClaimsForMany(
    actor,
    { texts: [{ key: "", text: input.text }], articleId: input.articleId, limit: input.limit + extra },
    opts,
  );
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit)));
  return (found.get("") ?? []).filter((c) => c.id !== input.excludeClaimId).slice(0, limit);
}

/** The claims similar to one claim, in other articles: what the claim page shows. NOT_FOUND outside the workspace. */
export async function similarClaimsOf(actor: Actor, input: TSimilarClaimsQuery, opts: SimilarClaimsOptions = {}) {
  assertCan(actor, "read");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: actor.workspaceId },
    select: { id: true, quote: true, articleId: true },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  return similarClaims(
    actor,
    { text: claim.quote, articleId: claim.articleId, excludeClaimId: claim.id, limit: CLAIM_PAGE_SIMILAR_LIMIT },
    opts,
  );
}
