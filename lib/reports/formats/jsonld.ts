// schema.org ClaimReview as JSON-LD: one ClaimReview per claim that has a verdict (unreviewed claims
// have nothing to publish), written as one JSON array, streamed element by element. Each element
// carries its own @context so it can be pasted on its own into a page's <script type="application/ld+json">.
import type { ClaimReview, WithContext } from "schema-dts";
import type { TGivenVerdict } from "@/lib/claims/vocabulary";
import { ZReportContext, type TReportClaim, type TReportContext, type TReportContextInput } from "@/lib/reports/types";

/** The rating scale (DESIGN.md): the English name is the schema's alternateName in every locale. */
export const CLAIM_REVIEW_RATINGS: Record<TGivenVerdict, { alternateName: string; ratingValue: number }> = {
  verified: { alternateName: "Verified", ratingValue: 3 },
  disputed: { alternateName: "Disputed", ratingValue: 2 },
  contradicted: { alternateName: "Contradicted", ratingValue: 1 },
};

/** The ClaimReview for one claim, or null when it has no verdict yet. */
export function claimReviewFor(ctx: TReportContext, claim: TReportClaim): WithContext<ClaimReview> | null {
  if (claim.verdict === "unreviewed") return null;
  const rating = CLAIM_REVIEW_RATINGS[claim.verdict];
  // Published when signed off (once the workflow exists), else when the verdict was given.
  const published = claim.signedOffAt ?? claim.reviewedAt;
  const lastCorrection = claim.corrections.at(-1)?.at;
  const review: WithContext<ClaimReview> = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.url,
    claimReviewed: claim.quote,
    reviewRating: {
      "@type": "Rating",
      alternateName: rating.alternateName,
      ratingValue: rating.ratingValue,
      bestRating: 3,
      worstRating: 1,
      ...(claim.rationale ? { ratingExplanation: claim.rationale } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      // We do not record whether a claimant is a person or a body; the claimants in wire copy are
      // mostly states, agencies and officials speaking for them.
      author: { "@type": "Organization", name: claim.claimant },
      ...(claim.claimedAt ? { datePublished: claim.claimedAt } : {}),
      appearance: {
        "@type": "Article",
        headline: claim.articleTitle,
        ...(claim.articleUrl ? { url: claim.articleUrl } : {}),
        publisher: { "@type": "Organization", name: claim.articleOutlet },
        datePublished: claim.articlePublishedAt,
      },
    },
    author: {
      "@type": "Organization",
      name: ctx.workspace.name,
      ...(ctx.workspace.url ? { url: ctx.workspace.url } : {}),
    },
    ...(published ? { datePublished: published } : {}),
    ...(lastCorrection ? { dateModified: lastCorrection } : {}),
  };
  return review;
}

export async function* buildJsonLd(
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
): AsyncGenerator<string> {
  const ctx = ZReportContext.parse(context);
  let first = true;
  yield "[";
  for await (const claim of claims) {
    const review = claimReviewFor(ctx, claim);
    if (!review) continue;
    // "<" escaped (still the same JSON) so a quote holding "</script>" cannot end the page's script tag.
    yield `${first ? "\n" : ",\n"}${JSON.stringify(review).replace(/</g, "\\u003c")}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
