// Adding and removing links between claims: one schema for the claim page's form and the API.
import { z } from "zod";
import { ZId } from "@/lib/http/text";
import { CLAIM_LINK_TYPES } from "@/lib/claims/vocabulary";

export const ZAddClaimLink = z.object({
  claimId: ZId,
  toClaimId: ZId,
  type: z.enum(CLAIM_LINK_TYPES, { error: "validation.required" }),
});
export type TAddClaimLink = z.infer<typeof ZAddClaimLink>;

export const ZRemoveClaimLink = z.object({ claimId: ZId, linkId: ZId });
export type TRemoveClaimLink = z.infer<typeof ZRemoveClaimLink>;

/** The claim page's suggested links: the claim to suggest links for (from the route). */
export const ZSuggestedLinksQuery = z.object({ claimId: ZId });
export type TSuggestedLinksQuery = z.infer<typeof ZSuggestedLinksQuery>;
