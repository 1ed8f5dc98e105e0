// Report rows for the format tests: the 18 curated claims of the seed article (real Indonesian text,
// real quantities), given verdicts, evidence, sign-offs and corrections the way a desk would, plus
// claims built to break naive writers. Pure data; no database.
import path from "node:path";
import { z } from "zod";
import { loadSeedFile } from "@/lib/seed-data/load";
import type { TReportArticle, TReportClaim, TReportContextInput, TReportLink } from "@/lib/reports/types";

const BASE_URL = "https://cekfakta.example";

export function sampleContext(overrides: Partial<TReportContextInput> = {}): TReportContextInput {
  return {
    workspace: { name: "Meja Cek Fakta", url: `${BASE_URL}/` },
    baseUrl: BASE_URL,
    locale: "en",
    timeZone: "Asia/Jakarta",
    generatedAt: "2026-11-29T09:30:00.000Z",
    filtersSummary: null,
    ...overrides,
  };
}

export function sampleArticle(): TReportArticle {
  const seed = loadSeedFile(path.resolve(import.meta.dirname, "../../seeds"), "korea-utara-kursk");
  return {
    id: "art_kursk",
    title: seed.article.title,
    outlet: seed.article.outlet,
    url: "https://www.reuters.com/world/asia-pacific/north-korea-confirms-troops-kursk-2025-04-28/",
    language: seed.article.language,
    publishedAt: new Date(seed.article.publishedAt).toISOString(),
    byline: seed.article.byline,
  };
}

/** The seed article's claims as report rows, with a spread of verdicts and review states. */
export function sampleClaims(): TReportClaim[] {
  const seed = loadSeedFile(path.resolve(import.meta.dirname, "../../seeds"), "korea-utara-kursk");
  const article = sampleArticle();
  const idOf = (key: string) => `clm_${key}`;
  const byKey = new Map(seed.claims.map((c) => [c.key, c]));
  return seed.claims.map((c, i): TReportClaim => {
    const verdict = (["verified", "disputed", "contradicted", "unreviewed"] as const)[i % 4]!;
    const reviewed = verdict !== "unreviewed";
    const signed = reviewed && i % 3 === 0;
    const links = seed.links.flatMap(
      (l): { type: TReportLink["type"]; direction: TReportLink["direction"]; other: string }[] => {
        if (l.from === c.key) return [{ type: l.type, direction: "outgoing" as const, other: l.to }];
        if (l.to === c.key) return [{ type: l.type, direction: "incoming" as const, other: l.from }];
        return [];
      },
    );
    return {
      id: idOf(c.key),
      articleId: article.id,
      articleTitle: article.title,
      articleUrl: article.url,
      articleOutlet: article.outlet,
      articlePublishedAt: article.publishedAt,
      quote: c.quote,
      claimant: c.claimant,
      cue: c.cue,
      category: c.category,
      claimedAt: c.claimedAt,
      claimedAtNote: c.claimedAtNote?.en ?? null,
      quantities: c.quantities.map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: q.text })),
      verdict,
      rationale: reviewed ? `Checked against ${c.claimant}'s own statement and two wire reports (${c.key}).` : null,
      reviewer: reviewed ? { name: i % 2 ? "Rina Wulandari" : "Budi Santoso" } : null,
      reviewedAt: reviewed ? new Date(Date.UTC(2025, 3, 29, 3, i)).toISOString() : null,
      reviewStatus: signed ? "signed_off" : reviewed ? "awaiting_signoff" : "open",
      signedOffBy: signed ? { name: "Dewi Lestari" } : null,
      signedOffAt: signed ? new Date(Date.UTC(2025, 3, 30, 2, i)).toISOString() : null,
      corrections:
        c.key === "nk-troops-14000"
          ? [
              {
                fromVerdict: "verified",
                toVerdict: "disputed",
                reason: "Seoul's NIS gave a lower figure on 30 April.",
                by: { name: "Dewi Lestari" },
                at: "2025-05-01T04:00:00.000Z",
              },
            ]
          : [],
      evidence: reviewed
        ? [
            {
              url: `https://www.reuters.com/world/evidence/${c.key}`,
              title: `Reuters: ${c.claimant}`,
              publisher: "Reuters",
              archivedUrl: `https://web.archive.org/web/2025/https://www.reuters.com/world/evidence/${c.key}`,
              excerpt: "Pernyataan resmi dikutip oleh kantor berita.",
              stance: (["supports", "refutes", "context"] as const)[i % 3]!,
            },
          ]
        : [],
      links: links.map((l) => ({
        type: l.type,
        direction: l.direction,
        claimId: idOf(l.other),
        claimant: byKey.get(l.other)!.claimant,
        quote: byKey.get(l.other)!.quote,
        url: `${BASE_URL}/claims/${idOf(l.other)}`,
      })),
      url: `${BASE_URL}/claims/${idOf(c.key)}`,
    };
  });
}

/** A claim whose text is full of what breaks CSV, Markdown and spreadsheets. */
export function awkwardClaim(overrides: Partial<TReportClaim> = {}): TReportClaim {
  const base = sampleClaims()[0]!;
  return {
    ...base,
    id: "clm_awkward",
    quote:
      'Dia berkata, "hanya 1,5 juta"; lalu\nmenambahkan: =SUM(A1:A9) ~ *tidak* [benar](javascript:alert(1)) <script>alert(1)</script>',
    claimant: "@kemhan_ri",
    cue: "-- kata juru bicara",
    rationale: "+62 21 555: the number is a phone number.\r\nSecond line | with a pipe\n# not a heading",
    url: `${BASE_URL}/claims/clm_awkward`,
    ...overrides,
  };
}

/** Async iterable over rows, the way a cursor hands them out. */
export async function* fromArray<T>(rows: Iterable<T>): AsyncGenerator<T> {
  for (const row of rows) yield row;
}

/**
 * What Google's fact-check documentation requires of a ClaimReview (claimReviewed, url, reviewRating
 * with alternateName) and the recommended fields we promise to fill: the Rating's scale, the review's
 * author and date, and the reviewed Claim with its author, date and appearance.
 */
export const ZGoogleClaimReview = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  claimReviewed: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  reviewRating: z.object({
    "@type": z.literal("Rating"),
    alternateName: z.string().min(1),
    ratingValue: z.number(),
    bestRating: z.number(),
    worstRating: z.number(),
    ratingExplanation: z.string().min(1).optional(),
  }),
  author: z.object({ "@type": z.enum(["Organization", "Person"]), name: z.string().min(1), url: z.url().optional() }),
  datePublished: z.iso.datetime({ offset: true }),
  dateModified: z.iso.datetime({ offset: true }).optional(),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: z.object({ "@type": z.enum(["Organization", "Person"]), name: z.string().min(1) }),
    datePublished: z.iso.date().optional(),
    appearance: z.object({
      "@type": z.string(),
      url: z.url({ protocol: /^https?$/ }).optional(),
      headline: z.string().min(1),
    }),
  }),
});
