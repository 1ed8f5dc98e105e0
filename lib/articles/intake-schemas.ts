// Input schemas of article intake, shared by the forms (client) and the route handlers (server).
import { z } from "zod";
import { CLAIM_CATEGORIES } from "@/lib/claims/vocabulary";
import { LIMITS, MAX_INT4, ZVersion } from "@/lib/claims/schemas";
import { ZId, ZOptionalText, ZText } from "@/lib/http/text";

export const INTAKE_LIMITS = {
  title: 300,
  outlet: 200,
  url: 2000,
  byline: 300,
  /** Characters of article text (a long feature is ~40,000). */
  body: 200_000,
  quote: 5000,
  cue: 300,
} as const;

/** The largest JSON body the intake routes read: the text plus the other fields, with room for escapes. */
export const INTAKE_MAX_BODY_BYTES = 1024 * 1024;

export const ARTICLE_LANGUAGES = ["id", "en"] as const;

const ZOptionalUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  ZText({ max: INTAKE_LIMITS.url, tooLong: "validation.tooLong" })
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
      } catch {
        return false;
      }
    }, "validation.url")
    .optional(),
);

const ZBody = ZText({ max: INTAKE_LIMITS.body, required: "intake.validation.bodyRequired", multiline: true });

export const ZCreateArticle = z.object({
  title: ZText({ max: INTAKE_LIMITS.title, required: "intake.validation.titleRequired" }),
  outlet: ZText({ max: INTAKE_LIMITS.outlet, required: "intake.validation.outletRequired" }),
  url: ZOptionalUrl,
  /** Blank: detected from the text. */
  language: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(ARTICLE_LANGUAGES, { error: "intake.validation.language" }).optional(),
  ),
  /** The publication date, YYYY-MM-DD (a calendar day; stored as noon UTC so no time zone shifts it). */
  publishedOn: z
    .string({ error: "intake.validation.publishedRequired" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "intake.validation.publishedRequired")
    .refine((v) => {
      const d = new Date(`${v}T12:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900-01-01";
    }, "intake.validation.publishedRequired"),
  byline: ZOptionalText({ max: INTAKE_LIMITS.byline }),
  body: ZBody,
});
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZEditArticleBody = z.object({
  articleId: ZId,
  version: ZVersion,
  body: ZBody,
});
export type TEditArticleBody = z.infer<typeof ZEditArticleBody>;

const ZOffset = z.number({ error: "intake.validation.span" }).int("intake.validation.span").min(0).max(MAX_INT4);

/** The claim fields a reviewer sets when accepting a suggestion or creating a claim from a selection. */
const claimFields = {
  claimant: ZText({ max: LIMITS.claimant, required: "intake.validation.claimantRequired" }),
  cue: ZOptionalText({ max: INTAKE_LIMITS.cue }),
  category: z.enum(CLAIM_CATEGORIES, { error: "intake.validation.category" }),
};

export const ZCreateClaimFromSelection = z
  .object({
    articleId: ZId,
    /** The article version the reader selected in: offsets refer to that body. */
    articleVersion: ZVersion,
    start: ZOffset,
    end: ZOffset,
    quote: ZText({ max: INTAKE_LIMITS.quote, required: "intake.validation.quoteRequired", multiline: true }),
    ...claimFields,
  })
  .superRefine((v, ctx) => {
    // An empty or reversed span: both ends are wrong as far as the sender can tell.
    if (v.start >= v.end)
      for (const path of ["start", "end"])
        ctx.addIssue({ code: "custom", message: "intake.validation.span", path: [path] });
  });
export type TCreateClaimFromSelection = z.infer<typeof ZCreateClaimFromSelection>;

/** What a reviewer does with a suggestion. `version` is the suggestion's, as the page showed it. */
export const ZDecideSuggestion = z.discriminatedUnion(
  "decision",
  [
    z.object({
      decision: z.literal("accept"),
      suggestionId: ZId,
      version: ZVersion,
      /** The quote as the reviewer edited it: a passage of the article text (found nearest the suggestion). */
      quote: ZText({ max: INTAKE_LIMITS.quote, required: "intake.validation.quoteRequired", multiline: true }),
      ...claimFields,
    }),
    z.object({ decision: z.literal("merge"), suggestionId: ZId, version: ZVersion, claimId: ZId }),
    z.object({ decision: z.literal("reject"), suggestionId: ZId, version: ZVersion }),
  ],
  { error: "intake.validation.decision" },
);
export type TDecideSuggestion = z.infer<typeof ZDecideSuggestion>;
