// Similar claims: other claims whose quote reads like this text (pg_trgm trigram similarity, served by
// claims_quote_trgm_idx), in the actor's workspace, best first. The claim page lists them; intake may
// call it when a suggestion is accepted to show claims already made elsewhere. Decision 0020.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { TVerdict } from "@/lib/claims/vocabulary";

/** Below this trigram similarity two quotes are not worth showing side by side (tuned on the seed). */
export const SIMILARITY_THRESHOLD = 0.3;
const MAX_LIMIT = 50;

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

/** Claims in the actor's workspace whose quote is most similar to `text`, most similar first. */
export async function similarClaims(actor: Actor, input: SimilarClaimsInput): Promise<SimilarClaim[]> {
  assertCan(actor, "read");
  const text = input.text.trim();
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(input.limit)));
  if (!text) return [];
  // `%` uses the trigram index with the session's threshold; SET LOCAL keeps it to this transaction.
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`);
    return tx.$queryRaw<
      {
        id: string;
        quote: string;
        claimant: string;
        verdict: TVerdict;
        article_id: string;
        article_title: string;
        similarity: number;
      }[]
    >`
      SELECT c.id, c.quote, c.claimant, c.verdict::text AS verdict, a.id AS article_id, a.title AS article_title,
             similarity(c.quote, ${text})::float8 AS similarity
      FROM claims c JOIN articles a ON a.id = c."articleId"
      WHERE c."workspaceId" = ${actor.workspaceId}
        AND c.quote % ${text}
        AND (${input.articleId ?? null}::text IS NULL OR c."articleId" <> ${input.articleId ?? null}::text)
        AND (${input.excludeClaimId ?? null}::text IS NULL OR c.id <> ${input.excludeClaimId ?? null}::text)
      ORDER BY similarity DESC, c.id
      LIMIT ${limit}`;
  });
  return rows.map((r) => ({
    id: r.id,
    quote: r.quote,
    claimant: r.claimant,
    verdict: r.verdict,
    article: { id: r.article_id, title: r.article_title },
    similarity: Number(r.similarity),
  }));
}
