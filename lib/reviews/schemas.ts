// Input schemas of the review workflow, shared by forms (client) and route handlers (server).
// Messages are catalog keys (lib/i18n/messages/*/errors.ts). Client-safe: no server imports.
import { z } from "zod";
import { ZSetVerdict, ZVersion } from "@/lib/claims/schemas";
import { ZId, ZOptionalText, ZText } from "@/lib/http/text";
import { PRIORITIES, REVIEW_STATUSES } from "@/lib/claims/vocabulary";

export const REVIEW_LIMITS = { note: 2000, reason: 2000, bulkClaims: 200, queuePageSize: 100, feedSize: 100 } as const;

/** An instant with its offset, e.g. "2026-12-01T17:00:00+07:00" (a page turns its local date into one). */
const ZDueAt = z.iso.datetime({ offset: true, error: "validation.dueAt" });

export const ZPriority = z.enum(PRIORITIES, { error: "validation.priority" });
export const ZReviewStatus = z.enum(REVIEW_STATUSES, { error: "validation.reviewStatus" });

/**
 * PUT /api/claims/[claimId]/assignment. `assigneeId` null unassigns (and clears the due date).
 * `dueAt` null clears the due date; `dueAt` and `priority` left out keep the claim's current ones.
 * The assignee must be an active member with role reviewer, editor or admin; a due date must not be past.
 */
export const ZAssignClaim = z.object({
  claimId: ZId,
  version: ZVersion,
  assigneeId: ZId.nullable(),
  dueAt: ZDueAt.nullable().optional(),
  priority: ZPriority.optional(),
});
export type TAssignClaim = z.infer<typeof ZAssignClaim>;

/**
 * POST /api/claims/bulk-assignment: every listed claim, at the version the page showed, to one
 * assignee. All or nothing: if any claim changed since, nothing is assigned and the CONFLICT lists them.
 */
export const ZBulkAssignClaims = z.object({
  claims: z
    .array(z.object({ id: ZId, version: ZVersion }), { error: "validation.bulkClaims" })
    .min(1, "validation.bulkClaims")
    .max(REVIEW_LIMITS.bulkClaims, "validation.bulkClaims")
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, "validation.duplicateClaims"),
  assigneeId: ZId,
  dueAt: ZDueAt.nullable().optional(),
  priority: ZPriority.optional(),
});
export type TBulkAssignClaims = z.infer<typeof ZBulkAssignClaims>;

/**
 * POST /api/claims/bulk-unassignment: every listed claim, at the version the page showed, back to
 * nobody (due dates cleared). All or nothing, like bulk assignment (decision 0015).
 */
export const ZBulkUnassignClaims = ZBulkAssignClaims.pick({ claims: true });
export type TBulkUnassignClaims = z.infer<typeof ZBulkUnassignClaims>;

/** POST /api/claims/[claimId]/pickup and /signoff: the claim and the version the page showed. */
export const ZClaimAtVersion = z.object({ claimId: ZId, version: ZVersion });
export type TClaimAtVersion = z.infer<typeof ZClaimAtVersion>;

/** POST /api/claims/[claimId]/changes: send a verdict back with a note the reviewer sees. */
export const ZRequestChanges = z.object({
  claimId: ZId,
  version: ZVersion,
  note: ZText({ max: REVIEW_LIMITS.note, required: "validation.noteRequired", multiline: true }),
});
export type TRequestChanges = z.infer<typeof ZRequestChanges>;

/**
 * PUT /api/claims/[claimId]/verdict: ZSetVerdict plus `reason`, which is required when the claim's
 * verdict was signed off (the change is then a correction) and ignored otherwise.
 */
export const ZSetVerdictWithReason = ZSetVerdict.extend({
  reason: ZOptionalText({ max: REVIEW_LIMITS.reason, multiline: true }),
});
export type TSetVerdictWithReason = z.infer<typeof ZSetVerdictWithReason>;

/** A reviewer's queue: optionally one status, and a page (1-based) of a bounded size. */
export const ZQueueQuery = z.object({
  status: ZReviewStatus.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(REVIEW_LIMITS.queuePageSize).default(50).catch(50),
});
export type TQueueQuery = z.infer<typeof ZQueueQuery>;

/** The editor's desk: a page of articles (newest first) and how many recent events to show. */
export const ZDeskQuery = z.object({
  articlePage: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  articlePageSize: z.coerce.number().int().min(1).max(100).default(20).catch(20),
  feedSize: z.coerce.number().int().min(1).max(REVIEW_LIMITS.feedSize).default(30).catch(30),
});
export type TDeskQuery = z.infer<typeof ZDeskQuery>;
