// Input schemas shared by the forms (client) and the route handlers (server). Messages are catalog keys.
import { z } from "zod";
import { CLAIM_CATEGORIES, EVIDENCE_STANCES, GIVEN_VERDICTS, REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";

export const LIMITS = { rationale: 5000, url: 2000, title: 300, publisher: 200, excerpt: 2000, claimant: 200 } as const;

const ZId = z.string().trim().min(1, "validation.required").max(64, "validation.unknownId");
const ZVersion = z.coerce.number({ message: "validation.version" }).int("validation.version").min(1, "validation.version");

const ZHttpUrl = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "validation.urlRequired", abort: true })
    .max(max, { message: "validation.tooLong", abort: true })
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
      } catch {
        return false;
      }
    }, "validation.url");

/** Optional text field: blank becomes undefined. */
const ZOptionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, "validation.tooLong").optional());

export const ZSetVerdict = z.object({
  claimId: ZId,
  verdict: z.enum(GIVEN_VERDICTS, { message: "validation.verdict" }),
  rationale: z.string().trim().min(1, "validation.rationaleRequired").max(LIMITS.rationale, "validation.tooLong"),
  version: ZVersion,
});
export type TSetVerdict = z.infer<typeof ZSetVerdict>;

export const ZAddEvidence = z.object({
  claimId: ZId,
  url: ZHttpUrl(LIMITS.url),
  title: z.string().trim().min(1, "validation.titleRequired").max(LIMITS.title, "validation.tooLong"),
  publisher: ZOptionalText(LIMITS.publisher),
  archivedUrl: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZHttpUrl(LIMITS.url).optional()),
  excerpt: ZOptionalText(LIMITS.excerpt),
  stance: z.enum(EVIDENCE_STANCES, { message: "validation.stance" }),
});
export type TAddEvidence = z.infer<typeof ZAddEvidence>;

export const ZRemoveEvidence = z.object({ claimId: ZId, evidenceId: ZId });
export type TRemoveEvidence = z.infer<typeof ZRemoveEvidence>;

export const CLAIMS_PAGE_SIZE = 50;

/** Claims list filters, from the URL's search params. Unknown values are dropped rather than refused. */
export const ZClaimFilters = z.object({
  verdict: z.enum(VERDICTS).optional().catch(undefined),
  category: z.enum(CLAIM_CATEGORIES).optional().catch(undefined),
  articleId: z.string().trim().min(1).max(64).optional().catch(undefined),
  claimant: z.string().trim().min(1).max(LIMITS.claimant).optional().catch(undefined),
  // Review workflow: status; assignee "me", "none" (unassigned) or a user id; overdue=1 (lib/reviews/).
  status: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  assignee: z.string().trim().min(1).max(64).optional().catch(undefined),
  overdue: z.preprocess((v) => v === true || v === "1" || v === "true", z.boolean()).catch(false),
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(200).default(CLAIMS_PAGE_SIZE).catch(CLAIMS_PAGE_SIZE),
});
export type TClaimFilters = z.infer<typeof ZClaimFilters>;
