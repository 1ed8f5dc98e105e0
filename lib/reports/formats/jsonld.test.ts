import { describe, expect, it } from "vitest";
import { buildJsonLd, claimReviewFor } from "@/lib/reports/formats/jsonld";
import { collectText } from "@/lib/reports/stream";
import { awkwardClaim, fromArray, sampleClaims, sampleContext, ZGoogleClaimReview } from "@/lib/reports/testing";
import { ZReportContext, type TReportClaim } from "@/lib/reports/types";

async function reviews(claims: TReportClaim[], locale: "en" | "id" = "en") {
  const text = await collectText(buildJsonLd(sampleContext({ locale }), fromArray(claims)));
  return { text, items: JSON.parse(text) as { url: string; reviewRating: unknown; claimReviewed: string }[] };
}

describe("ClaimReview JSON-LD", () => {
  it("is one JSON array with one ClaimReview per claim that has a verdict, each meeting Google's required fields", async () => {
    const claims = sampleClaims();
    const { items } = await reviews(claims);
    const withVerdict = claims.filter((c) => c.verdict !== "unreviewed");
    expect(withVerdict.length).toBeGreaterThan(0);
    expect(withVerdict.length).toBeLessThan(claims.length);
    expect(items.map((i) => i.url)).toEqual(withVerdict.map((c) => c.url));
    for (const item of items) {
      const checked = ZGoogleClaimReview.safeParse(item);
      expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
    }
  });

  it("maps each verdict to its rating: Verified 3, Disputed 2, Contradicted 1 on a 1 to 3 scale, in every locale", async () => {
    const expected = {
      verified: ["Verified", 3],
      disputed: ["Disputed", 2],
      contradicted: ["Contradicted", 1],
    } as const;
    for (const locale of ["en", "id"] as const) {
      const claims = sampleClaims().filter((c) => c.verdict !== "unreviewed");
      const { items } = await reviews(claims, locale);
      for (const [i, claim] of claims.entries()) {
        const [name, value] = expected[claim.verdict as keyof typeof expected];
        expect(items[i]!.reviewRating).toEqual({
          "@type": "Rating",
          alternateName: name,
          ratingValue: value,
          bestRating: 3,
          worstRating: 1,
          ratingExplanation: claim.rationale,
        });
      }
    }
  });

  it("fills the claim, its claimant, when it was claimed, where it appeared, and who reviewed it", () => {
    const ctx = ZReportContext.parse(sampleContext());
    const claim = sampleClaims().find((c) => c.id === "clm_nk-confirms-deployment")!;
    const review = claimReviewFor(ctx, claim)!;
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: claim.quote,
      url: claim.url,
      author: { "@type": "Organization", name: "Meja Cek Fakta", url: "https://cekfakta.example/" },
      // Signed off: published when the editor signed it off.
      datePublished: claim.signedOffAt,
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Korea Utara" },
        datePublished: "2025-04-28",
        appearance: {
          "@type": "Article",
          url: claim.articleUrl,
          headline: claim.articleTitle,
          publisher: { "@type": "Organization", name: "Reuters" },
        },
      },
    });
    expect(review).not.toHaveProperty("dateModified");
  });

  it("sets dateModified where a verdict was corrected, to the latest correction", () => {
    const ctx = ZReportContext.parse(sampleContext());
    const corrected = sampleClaims().find((c) => c.corrections.length > 0)!;
    expect(claimReviewFor(ctx, corrected)!.dateModified).toBe(corrected.corrections.at(-1)!.at);
    const twice: TReportClaim = {
      ...corrected,
      corrections: [
        ...corrected.corrections,
        {
          fromVerdict: "disputed",
          toVerdict: "contradicted",
          reason: "New footage.",
          by: null,
          at: "2025-06-01T00:00:00.000Z",
        },
      ],
    };
    expect(claimReviewFor(ctx, twice)!.dateModified).toBe("2025-06-01T00:00:00.000Z");
  });

  it("falls back to the verdict's time before sign-off, and leaves out what is not known", () => {
    const ctx = ZReportContext.parse(sampleContext({ workspace: { name: "Meja", url: null } }));
    const claim: TReportClaim = {
      ...sampleClaims()[1]!,
      signedOffAt: null,
      signedOffBy: null,
      claimedAt: null,
      articleUrl: null,
      rationale: null,
    };
    const review = claimReviewFor(ctx, claim)!;
    expect(review.datePublished).toBe(claim.reviewedAt);
    expect(review.author).toEqual({ "@type": "Organization", name: "Meja" });
    expect(review.itemReviewed).not.toHaveProperty("datePublished");
    expect((review.itemReviewed as { appearance: object }).appearance).not.toHaveProperty("url");
    expect(review.reviewRating).not.toHaveProperty("ratingExplanation");
    expect(ZGoogleClaimReview.safeParse(review).success).toBe(true);
  });

  it("cannot close the <script> it is pasted into, and stays valid JSON", async () => {
    const claim = awkwardClaim();
    const { text, items } = await reviews([claim]);
    expect(text).not.toContain("</script>");
    expect(items[0]!.claimReviewed).toBe(claim.quote);
  });

  it("is an empty array when no claim has a verdict", async () => {
    const { text, items } = await reviews(sampleClaims().filter((c) => c.verdict === "unreviewed"));
    expect(items).toEqual([]);
    expect(text).toBe("[]\n");
  });
});
