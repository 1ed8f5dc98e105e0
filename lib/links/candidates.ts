// The claims a reviewer can pick as the other end of a new link: full-text search (lib/search/) over the
// workspace, across articles, leaving out the claim itself.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { getClaimSummary } from "@/lib/claims/queries";
import { searchClaims } from "@/lib/search/search";
import { ZSearchParams, type TClaimPickerQuery } from "@/lib/search/schemas";

const PICKER_LIMIT = 8;

export async function linkCandidates(actor: Actor, input: TClaimPickerQuery) {
  assertCan(actor, "read");
  await getClaimSummary(actor, input.claimId);
  const { hits } = await searchClaims(actor, ZSearchParams.parse({ q: input.q }), PICKER_LIMIT + 1);
  return hits
    .filter((h) => h.id !== input.claimId)
    .slice(0, PICKER_LIMIT)
    .map((h) => ({ id: h.id, quote: h.quote, claimant: h.claimant, verdict: h.verdict, article: h.article }));
}
export type LinkCandidate = Awaited<ReturnType<typeof linkCandidates>>[number];
