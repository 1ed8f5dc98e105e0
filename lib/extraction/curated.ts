// Curated articles for measuring claim suggestions: the seed article (seeds/*.json, the shape the
// app's seeder reads) and the evaluation articles (seeds/eval/*.json, a simpler shape). Both are
// read into one form here and checked: every claim's quote must be the body's text at its offsets.
// Pure: callers read the files and pass their contents.

import { z } from "zod";
import { CLAIM_CATEGORIES } from "../claims/vocabulary";

const ZCuratedClaim = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  claimant: z.string().nullable(),
  cue: z.string().nullable(),
  category: z.enum(CLAIM_CATEGORIES),
});

/** seeds/eval/<slug>.json */
export const ZEvalArticleFile = z.object({
  slug: z.string().min(1),
  language: z.enum(["id", "en"]),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  split: z.enum(["tuned", "held-out"]),
  bodyFile: z.string().min(1),
  claims: z.array(ZCuratedClaim),
});

/** seeds/<slug>.json, the seeder's shape (only the fields used here). */
export const ZSeedArticleFile = z.object({
  article: z.object({
    slug: z.string().min(1),
    language: z.enum(["id", "en"]),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
    bodyFile: z.string().min(1),
  }),
  claims: z.array(ZCuratedClaim.extend({ key: z.string() })),
});

export type TCuratedClaim = z.infer<typeof ZCuratedClaim>;
export type TCuratedArticle = {
  slug: string;
  language: "id" | "en";
  /** "YYYY-MM-DD", the date part of the publication timestamp as written (the newsroom's local date). */
  published: string;
  split: "tuned" | "held-out";
  body: string;
  claims: TCuratedClaim[];
};

/** Reads an evaluation article (seeds/eval) or, with `seed: true`, a seed article, checking every offset. */
export function readCuratedArticle(json: unknown, body: string, { seed = false } = {}): TCuratedArticle {
  const article: TCuratedArticle = seed
    ? (() => {
        const f = ZSeedArticleFile.parse(json);
        return {
          ...f.article,
          published: f.article.publishedAt.slice(0, 10),
          split: "tuned" as const,
          body,
          claims: f.claims,
        };
      })()
    : (() => {
        const f = ZEvalArticleFile.parse(json);
        return {
          slug: f.slug,
          language: f.language,
          published: f.publishedAt.slice(0, 10),
          split: f.split,
          body,
          claims: f.claims,
        };
      })();
  for (const c of article.claims) {
    if (c.end > body.length || c.start >= c.end || body.slice(c.start, c.end) !== c.quote) {
      throw new Error(
        `${article.slug}: claim at ${c.start}-${c.end} does not match its quote "${c.quote.slice(0, 40)}…"`,
      );
    }
  }
  return article;
}
