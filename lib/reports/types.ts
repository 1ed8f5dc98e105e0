// The rows every report format is built from. Pure data, no database: whoever reads the claims (a
// cursor, a page query, a test) maps them into these shapes, and each format only renders them.
// Timestamps are ISO 8601 strings so a row is plain JSON (NDJSON writes it as it is).
import { z } from "zod";
import {
  CLAIM_LINK_TYPES,
  EVIDENCE_STANCES,
  QUANTITY_QUALIFIERS,
  REVIEW_STATUSES,
  VERDICTS,
} from "@/lib/claims/vocabulary";
import { isTimeZone, LOCALES } from "@/lib/i18n/locales";

const ZTimestamp = z.iso.datetime({ offset: true });
const ZPerson = z.object({ name: z.string() });

export const ZReportQuantity = z.object({
  value: z.number(),
  unit: z.string(),
  qualifier: z.enum(QUANTITY_QUALIFIERS),
  /** The words in the quote that state the figure, e.g. "14.000 tentara". */
  text: z.string(),
});
export type TReportQuantity = z.infer<typeof ZReportQuantity>;

export const ZReportEvidence = z.object({
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  archivedUrl: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
});
export type TReportEvidence = z.infer<typeof ZReportEvidence>;

export const ZReportCorrection = z.object({
  fromVerdict: z.enum(VERDICTS),
  toVerdict: z.enum(VERDICTS),
  reason: z.string(),
  by: ZPerson.nullable(),
  at: ZTimestamp,
});
export type TReportCorrection = z.infer<typeof ZReportCorrection>;

export const ZReportLink = z.object({
  type: z.enum(CLAIM_LINK_TYPES),
  /** outgoing: this claim contradicts/corroborates/updates the other; incoming: the other one does. */
  direction: z.enum(["outgoing", "incoming"]),
  claimId: z.string(),
  claimant: z.string(),
  quote: z.string(),
  url: z.string().nullable(),
});
export type TReportLink = z.infer<typeof ZReportLink>;

export const ZReportClaim = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.string(),
  articleUrl: z.string().nullable(),
  articleOutlet: z.string(),
  articlePublishedAt: ZTimestamp,
  quote: z.string(),
  claimant: z.string(),
  cue: z.string().nullable(),
  category: z.string(),
  /** The calendar day the claim was made (YYYY-MM-DD), when the article says. */
  claimedAt: z.iso.date().nullable(),
  claimedAtNote: z.string().nullable(),
  quantities: z.array(ZReportQuantity),
  verdict: z.enum(VERDICTS),
  rationale: z.string().nullable(),
  reviewer: ZPerson.nullable(),
  reviewedAt: ZTimestamp.nullable(),
  reviewStatus: z.enum(REVIEW_STATUSES).nullable(),
  signedOffBy: ZPerson.nullable(),
  signedOffAt: ZTimestamp.nullable(),
  /** Verdict changes after sign-off, oldest first. */
  corrections: z.array(ZReportCorrection),
  evidence: z.array(ZReportEvidence),
  links: z.array(ZReportLink),
  /** The claim's page in the app (absolute), the `url` of its ClaimReview. */
  url: z.string(),
});
export type TReportClaim = z.infer<typeof ZReportClaim>;

/** The article a one-article report is about: its metadata heads the report. */
export const ZReportArticle = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  /** BCP 47 language of the article text, e.g. "id". */
  language: z.string(),
  publishedAt: ZTimestamp,
  byline: z.string().nullable(),
});
export type TReportArticle = z.infer<typeof ZReportArticle>;

export const ZReportContext = z.object({
  workspace: z.object({ name: z.string().min(1), url: z.string().nullable() }),
  /** The app's origin, e.g. "https://cekfakta.example"; links in reports are absolute. */
  baseUrl: z.url(),
  /** The reader's language: labels, numbers and dates follow it; the data itself stays as written. */
  locale: z.enum(LOCALES),
  /** The reader's time zone for timestamps. */
  timeZone: z.string().refine(isTimeZone, "Unknown time zone").default("UTC"),
  generatedAt: ZTimestamp,
  /** The filters that selected the claims, already worded in the reader's language; null for none. */
  filtersSummary: z.string().nullable().default(null),
});
export type TReportContext = z.infer<typeof ZReportContext>;
export type TReportContextInput = z.input<typeof ZReportContext>;

const ZCount = z.number().int().min(0);

/** Claims per verdict and how many are signed off; heads the Markdown and PDF reports. */
export const ZReportSummary = z.object({
  total: ZCount,
  byVerdict: z.object({ unreviewed: ZCount, verified: ZCount, disputed: ZCount, contradicted: ZCount }),
  signedOff: ZCount,
});
export type TReportSummary = z.infer<typeof ZReportSummary>;

/** What every format builder takes besides the claims. */
export type ReportOptions = {
  /** Set for the one-article report: its metadata is shown first. */
  article?: TReportArticle;
  /**
   * Counts for the summary. The readable formats (Markdown, PDF) put the summary first; given it,
   * they stream the claims; without it they read all claims first to count them (fine for one
   * article, not for a workspace's worth).
   */
  summary?: TReportSummary;
};
