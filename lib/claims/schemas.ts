// Input schemas shared by the forms (client) and the route handlers (server). Messages are catalog keys.
// Every text field goes through the one shared text schema (lib/http/text.ts).
import { z } from "zod";
import { CLAIM_CATEGORIES, EVIDENCE_STANCES, GIVEN_VERDICTS, REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import { ZId, ZOptionalText, ZText } from "@/lib/http/text";

export const LIMITS = { rationale: 5000, url: 2000, title: 300, publisher: 200, excerpt: 2000, claimant: 200 } as const;

/** PostgreSQL's integer: the column the version is stored in. */
export const MAX_INT4 = 2_147_483_647;

/** The version the page showed: a JSON integer, as the page sends it; strings, booleans and arrays are refused. */
export const ZVersion = z
  .number({ error: "validation.version" })
  .int("validation.version")
  .min(1, "validation.version")
  .max(MAX_INT4, "validation.version");

const ZHttpUrl = (max: number) =>
  ZText({ max, required: "validation.urlRequired" }).refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "validation.url");

export const ZSetVerdict = z.object({
  claimId: ZId,
  verdict: z.enum(GIVEN_VERDICTS, { error: "validation.verdict" }),
  rationale: ZText({ max: LIMITS.rationale, required: "validation.rationaleRequired", multiline: true }),
  version: ZVersion,
});
export type TSetVerdict = z.infer<typeof ZSetVerdict>;

export const ZAddEvidence = z.object({
  claimId: ZId,
  url: ZHttpUrl(LIMITS.url),
  title: ZText({ max: LIMITS.title, required: "validation.titleRequired" }),
  publisher: ZOptionalText({ max: LIMITS.publisher }),
  archivedUrl: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    ZHttpUrl(LIMITS.url).optional(),
  ),
  excerpt: ZOptionalText({ max: LIMITS.excerpt, multiline: true }),
  stance: z.enum(EVIDENCE_STANCES, { error: "validation.stance" }),
});
export type TAddEvidence = z.infer<typeof ZAddEvidence>;

export const ZRemoveEvidence = z.object({ claimId: ZId, evidenceId: ZId });
export type TRemoveEvidence = z.infer<typeof ZRemoveEvidence>;

export const CLAIMS_PAGE_SIZE = 50;

/** Claims list filters, from the URL's search params. Unknown values are dropped rather than refused. */
export const ZClaimFilters = z.object({
  verdict: z.enum(VERDICTS).optional().catch(undefined),
  category: z.enum(CLAIM_CATEGORIES).optional().catch(undefined),
  articleId: ZId.optional().catch(undefined),
  claimant: ZText({ max: LIMITS.claimant, required: "validation.required" }).optional().catch(undefined),
  // Review workflow: status; assignee "me", "none" (unassigned) or a user id; overdue=1 (lib/reviews/).
  status: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  // active=1: still with its reviewer (open, in review, changes requested), the desk's "open workload".
  // Left out (not false) when off, so the parsed filters stay as they were without it.
  active: z
    .preprocess((v) => (v === true || v === "1" || v === "true" ? true : undefined), z.literal(true).optional())
    .catch(undefined),
  assignee: ZId.optional().catch(undefined),
  overdue: z.preprocess((v) => v === true || v === "1" || v === "true", z.boolean()).catch(false),
  after: ZText({ max: 200, required: "validation.required" }).optional().catch(undefined),
  before: ZText({ max: 200, required: "validation.required" }).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(200).default(CLAIMS_PAGE_SIZE).catch(CLAIMS_PAGE_SIZE),
});
export type TClaimFilters = z.infer<typeof ZClaimFilters>;
