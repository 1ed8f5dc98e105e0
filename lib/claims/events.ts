// The typed claim history: one zod schema per event action (one discriminated union), one writer that
// every change goes through (domain functions, the seed), and one parser the history view, reports and
// the API read with. Modelled on documenso's packages/lib/types/document-audit-logs.ts.
//
// Stored rows are kept forever (claim_events is append-only), so a payload shape may only grow:
// add optional fields, never rename or tighten existing ones, or old rows stop parsing.
//
// No "server-only" here: the seed and the e2e fixture (plain Node) write through this module too.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  CLAIM_LINK_TYPES,
  EVIDENCE_STANCES,
  PRIORITIES,
  REVIEW_STATUSES,
  VERDICTS,
  type TEventAction,
} from "@/lib/claims/vocabulary";

const ZVerdict = z.enum(VERDICTS);
const ZStatus = z.enum(REVIEW_STATUSES);
const ZPriority = z.enum(PRIORITIES);
/** A person as they were named when the event happened (names can change; ids can be deleted). */
const ZPersonRef = z.object({ id: z.string(), name: z.string() });
const ZIsoTime = z.string();

/** The verdict side of a claim; `status` is absent on rows written before the review workflow. */
const ZVerdictSide = z.object({ verdict: ZVerdict, rationale: z.string().nullable(), status: ZStatus.optional() });

const ZEvidenceSnapshot = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  archivedUrl: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
});
export type TEvidenceSnapshot = z.infer<typeof ZEvidenceSnapshot>;

/** Who a claim is assigned to, by when and how urgently, and where its review stands. */
const ZAssignmentSide = z.object({
  assignee: ZPersonRef.nullable(),
  dueAt: ZIsoTime.nullable(),
  priority: ZPriority,
  status: ZStatus,
});

const none = z.null();

export const ZClaimCreatedEvent = z.object({
  action: z.literal("claim.created"),
  before: none,
  after: z.object({ quote: z.string(), claimant: z.string(), category: z.string(), source: z.string().optional() }),
});

/** A verdict given or changed before sign-off (after sign-off it is a correction). */
export const ZVerdictSetEvent = z.object({
  action: z.literal("verdict.set"),
  before: ZVerdictSide,
  after: ZVerdictSide,
});

/** A signed-off verdict changed: the claim is reopened and a corrections row written. */
export const ZVerdictCorrectedEvent = z.object({
  action: z.literal("verdict.corrected"),
  before: ZVerdictSide.extend({ signedOffBy: ZPersonRef.nullable(), signedOffAt: ZIsoTime.nullable() }),
  after: ZVerdictSide.extend({ reason: z.string(), correctionId: z.string() }),
});

export const ZEvidenceAddedEvent = z.object({
  action: z.literal("evidence.added"),
  before: none,
  after: ZEvidenceSnapshot,
});
export const ZEvidenceRemovedEvent = z.object({
  action: z.literal("evidence.removed"),
  before: ZEvidenceSnapshot,
  after: none,
});

/**
 * A link as each of its two claims' history keeps it (lib/links/). `toClaimId` is the link's target;
 * on the target's own history `direction` is "incoming" and `fromClaimId` names the claim it came from.
 * The other claim's claimant and quote are kept so the history still reads after the link is removed.
 */
const ZLinkSnapshot = z.object({
  type: z.enum(CLAIM_LINK_TYPES),
  toClaimId: z.string(),
  toKey: z.string().optional(),
  source: z.string().optional(),
  linkId: z.string().optional(),
  direction: z.enum(["outgoing", "incoming"]).optional(),
  fromClaimId: z.string().optional(),
  otherClaimant: z.string().optional(),
  otherQuote: z.string().optional(),
});
export type TLinkSnapshot = z.infer<typeof ZLinkSnapshot>;

export const ZLinkAddedEvent = z.object({
  action: z.literal("link.added"),
  before: none,
  after: ZLinkSnapshot,
});
export const ZLinkRemovedEvent = z.object({
  action: z.literal("link.removed"),
  before: ZLinkSnapshot,
  after: none,
});

/** Assigned or reassigned by an editor (`bulk` when part of a bulk assignment). */
export const ZReviewAssignedEvent = z.object({
  action: z.literal("review.assigned"),
  before: ZAssignmentSide,
  after: ZAssignmentSide.extend({ bulk: z.boolean().optional() }),
});
export const ZReviewUnassignedEvent = z.object({
  action: z.literal("review.unassigned"),
  before: ZAssignmentSide,
  after: ZAssignmentSide,
});
/** A reviewer took an unassigned claim themself. */
export const ZReviewPickedUpEvent = z.object({
  action: z.literal("review.pickedUp"),
  before: ZAssignmentSide,
  after: ZAssignmentSide,
});

export const ZReviewChangesRequestedEvent = z.object({
  action: z.literal("review.changesRequested"),
  before: z.object({ status: ZStatus }),
  after: z.object({ status: ZStatus, note: z.string() }),
});

export const ZReviewSignedOffEvent = z.object({
  action: z.literal("review.signedOff"),
  before: z.object({ status: ZStatus }),
  after: z.object({ status: ZStatus, verdict: ZVerdict, rationale: z.string().nullable() }),
});

// Comments are written by lib/comments/; their payloads are loose objects (extra keys kept) so that
// module can add fields without a change here. The body is kept so edits and deletions keep their text.
export const ZCommentAddedEvent = z.object({
  action: z.literal("comment.added"),
  before: none,
  after: z.looseObject({ commentId: z.string(), body: z.string() }),
});
export const ZCommentEditedEvent = z.object({
  action: z.literal("comment.edited"),
  before: z.looseObject({ commentId: z.string().optional(), body: z.string() }),
  after: z.looseObject({ commentId: z.string().optional(), body: z.string() }),
});
export const ZCommentDeletedEvent = z.object({
  action: z.literal("comment.deleted"),
  before: z.looseObject({ commentId: z.string().optional(), body: z.string() }),
  after: none,
});

/** Where a claim's quote sits in the article body, and whether it is there at all (lib/articles/intake.ts). */
const ZAnchorSide = z.object({ start: z.number(), end: z.number(), quoteMissing: z.boolean() });

/** The article's body was edited and the claim's quote moved, or is no longer in the text (flagged). */
export const ZClaimReanchoredEvent = z.object({
  action: z.literal("claim.reanchored"),
  before: ZAnchorSide,
  after: ZAnchorSide.extend({ articleVersion: z.number() }),
});

/** A suggested claim was found to be this claim and merged into it (lib/articles/intake-suggestions.ts). */
export const ZSuggestionMergedEvent = z.object({
  action: z.literal("suggestion.merged"),
  before: none,
  after: z.object({ suggestionId: z.string(), quote: z.string(), claimant: z.string().nullable() }),
});

/** Every event a claim's history can hold, discriminated by `action`. */
export const ZClaimEvent = z.discriminatedUnion("action", [
  ZClaimCreatedEvent,
  ZVerdictSetEvent,
  ZVerdictCorrectedEvent,
  ZEvidenceAddedEvent,
  ZEvidenceRemovedEvent,
  ZLinkAddedEvent,
  ZLinkRemovedEvent,
  ZReviewAssignedEvent,
  ZReviewUnassignedEvent,
  ZReviewPickedUpEvent,
  ZReviewChangesRequestedEvent,
  ZReviewSignedOffEvent,
  ZCommentAddedEvent,
  ZCommentEditedEvent,
  ZCommentDeletedEvent,
  ZClaimReanchoredEvent,
  ZSuggestionMergedEvent,
]);
export type TClaimEvent = z.infer<typeof ZClaimEvent>;
/** The payload of one action, e.g. `TClaimEventOf<"verdict.set">`. */
export type TClaimEventOf<A extends TEventAction> = Extract<TClaimEvent, { action: A }>;

// Compile-time check that the union and the vocabulary list the same actions.
type _SameActions = [TEventAction] extends [TClaimEvent["action"]]
  ? [TClaimEvent["action"]] extends [TEventAction]
    ? true
    : never
  : never;
const _sameActions: _SameActions = true;
void _sameActions;

/** Where an event belongs and who caused it (null: the system, e.g. the seed). */
export type TEventContext = { workspaceId: string; claimId: string; actorId: string | null };

/** A Prisma client or transaction: the writer must run inside the transaction that made the change. */
type TEventWriterClient = Pick<Prisma.TransactionClient, "claimEvent">;

function json(v: unknown): Prisma.InputJsonValue | undefined {
  return v === null || v === undefined ? undefined : (v as Prisma.InputJsonValue);
}

/**
 * Appends one event to a claim's history. The only way anything writes claim_events. Call it inside
 * the transaction that made the change. The payload is checked against its schema, so a malformed
 * event fails the whole change instead of landing in the history.
 */
export async function writeClaimEvent(tx: TEventWriterClient, ctx: TEventContext, event: TClaimEvent) {
  const parsed = ZClaimEvent.parse(event);
  return tx.claimEvent.create({
    data: {
      workspaceId: ctx.workspaceId,
      claimId: ctx.claimId,
      actorId: ctx.actorId,
      action: parsed.action,
      before: json(parsed.before),
      after: json(parsed.after),
    },
  });
}

/**
 * Reads a stored row as a typed event; null when it does not parse (an action this code does not know,
 * or a payload from an older shape). Readers show such a row as an unknown change and never fail on it.
 */
export function parseClaimEvent(row: { action: string; before: unknown; after: unknown }): TClaimEvent | null {
  const result = ZClaimEvent.safeParse({ action: row.action, before: row.before ?? null, after: row.after ?? null });
  return result.success ? result.data : null;
}

/** Actions that give or change a verdict: their actors are the verdict's authors (see lib/reviews/). */
export const VERDICT_AUTHOR_ACTIONS = ["verdict.set", "verdict.corrected"] as const satisfies readonly TEventAction[];
