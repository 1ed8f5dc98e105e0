// What the search page and the search API take: the query and the claims list's filters, from the URL.
import { z } from "zod";
import { ZId, ZText } from "@/lib/http/text";
import { CLAIM_CATEGORIES, VERDICTS } from "@/lib/claims/vocabulary";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_QUERY_MAX = 200;

/** Search params; unknown filter values are dropped rather than refused, like the claims list's. */
export const ZSearchParams = z.object({
  q: ZText({ max: SEARCH_QUERY_MAX }).catch(""),
  verdict: z.enum(VERDICTS).optional().catch(undefined),
  category: z.enum(CLAIM_CATEGORIES).optional().catch(undefined),
  articleId: ZId.optional().catch(undefined),
  claimant: ZText({ max: 200, required: "validation.required" }).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type TSearchParams = z.infer<typeof ZSearchParams>;

/** Picking the other claim of a link: a query, and the claim being linked from (left out of the results). */
export const ZClaimPickerQuery = z.object({
  claimId: ZId,
  q: ZText({ max: SEARCH_QUERY_MAX, required: "validation.required" }),
});
export type TClaimPickerQuery = z.infer<typeof ZClaimPickerQuery>;

/** The claim page's similar claims: the claim whose quote to match (from the route). */
export const ZSimilarClaimsQuery = z.object({ claimId: ZId });
export type TSimilarClaimsQuery = z.infer<typeof ZSimilarClaimsQuery>;
