/**
 * Zod schemas for the curated seed files in `seeds/` (one JSON file per article, with the
 * article body in a sibling `.txt` file). Pure: no I/O. Cross-field checks that need the body
 * (offsets, quantity text, link keys) live in `checkSeedIntegrity` in `./load`.
 */
import { z } from "zod";

import { CLAIM_CATEGORIES, QUANTITY_QUALIFIERS, CLAIM_LINK_TYPES } from "@/lib/claims/vocabulary";

export { CLAIM_CATEGORIES, QUANTITY_QUALIFIERS, CLAIM_LINK_TYPES };
export type { TClaimCategory, TQuantityQualifier, TClaimLinkType } from "@/lib/claims/vocabulary";

/** A non-empty string with no leading/trailing whitespace (never trimmed: quotes must stay exact). */
const ZText = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s, "must not start or end with whitespace");

/** Lower-case kebab-case identifier: claim keys, article slugs. */
const ZKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9, '-')");

const ZOffset = z.number().int("must be an integer").nonnegative("must be >= 0");

export const ZSeedQuantity = z.strictObject({
  value: z.number(),
  /** Short English unit word: soldiers, months, ... */
  unit: z.string().regex(/^[a-z][a-z_ ]*$/, "must be a short lower-case English unit word"),
  qualifier: z.enum(QUANTITY_QUALIFIERS),
  /** The exact substring of the claim's quote that expresses the quantity. */
  text: ZText,
});
export type TSeedQuantity = z.infer<typeof ZSeedQuantity>;

export const ZSeedClaim = z
  .strictObject({
    key: ZKey,
    /** Exact text of the claim: `body.slice(start, end) === quote`. */
    quote: ZText,
    /** UTF-16 offsets (JavaScript string indices) into the body as loaded. */
    start: ZOffset,
    end: ZOffset,
    /** Who made the claim, named as the article names them (Indonesian). */
    claimant: ZText,
    /** The attribution cue exactly as it appears in the body, or null when there is none. */
    cue: ZText.nullable(),
    category: z.enum(CLAIM_CATEGORIES),
    quantities: z.array(ZSeedQuantity),
    /** ISO date (YYYY-MM-DD) the statement was made, or null when the text does not tell. */
    claimedAt: z.iso.date().nullable(),
    /** Short note on how claimedAt was derived ("minggu lalu", ...), in both interface languages. */
    claimedAtNote: z.strictObject({ en: ZText, id: ZText }).nullable().default(null),
  })
  .refine((c) => c.start < c.end, { error: "start must be less than end", path: ["end"] });
export type TSeedClaim = z.infer<typeof ZSeedClaim>;

export const ZSeedLink = z
  .strictObject({
    /** The claim that does the relating (e.g. the denial). */
    from: ZKey,
    /** The claim related to (e.g. the claim being denied). */
    to: ZKey,
    type: z.enum(CLAIM_LINK_TYPES),
  })
  .refine((l) => l.from !== l.to, { error: "a claim cannot link to itself", path: ["to"] });
export type TSeedLink = z.infer<typeof ZSeedLink>;

export const ZSeedArticle = z.strictObject({
  slug: ZKey,
  title: ZText,
  outlet: ZText,
  url: z.url().nullable(),
  /** BCP 47 language tag, e.g. "id". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag"),
  /** ISO 8601 date-time with an explicit UTC offset, e.g. 2025-04-28T12:00:00+07:00. */
  publishedAt: z.iso.datetime({ offset: true, local: false }),
  byline: ZText.nullable(),
  dateline: ZText.nullable(),
  imageCaption: ZText.nullable(),
  keywords: z.array(ZText),
  /** File name of the body text, in the same directory as the seed JSON (no path separators). */
  bodyFile: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, "must be a plain .txt file name in the seeds directory"),
});
export type TSeedArticle = z.infer<typeof ZSeedArticle>;

export const ZSeedFile = z.strictObject({
  article: ZSeedArticle,
  claims: z.array(ZSeedClaim).min(1, "must contain at least one claim"),
  links: z.array(ZSeedLink),
});
export type TSeedFile = z.infer<typeof ZSeedFile>;
/** The JSON as written on disk (claimedAtNote may be omitted). */
export type TSeedFileInput = z.input<typeof ZSeedFile>;
