// The fixed vocabularies of the claims domain, shared by schemas, forms, seeds and the UI.
// Verdicts, stances and qualifiers mirror the database enums in prisma/schema.prisma.

export const VERDICTS = ["unreviewed", "verified", "disputed", "contradicted"] as const;
export type TVerdict = (typeof VERDICTS)[number];
/** Zero claims for every verdict, ready to be counted into. */
export function emptyVerdictCounts(): Record<TVerdict, number> {
  return { unreviewed: 0, verified: 0, disputed: 0, contradicted: 0 };
}

/** The state of a claim's verdict as a conflict reports it (lib/claims/mutations.ts), and the page shows it. */
export type TVerdictState = {
  verdict: TVerdict;
  rationale: string | null;
  version: number;
  reviewedAt: string | null;
  reviewedBy: string | null;
};

/**
 * Where a claim stands in the review workflow, as every workflow CONFLICT reports it in
 * `details.current` (lib/reviews/workflow.ts): the verdict state above plus status, assignment,
 * sign-off, and the latest change (who did what, when).
 */
export type TReviewState = TVerdictState & {
  claimId: string;
  status: TReviewStatus;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  priority: TPriority;
  changesNote: string | null;
  signedOffBy: { id: string; name: string } | null;
  signedOffAt: string | null;
  lastChange: { action: string; by: string | null; at: string } | null;
};

/** The verdicts a reviewer can give (unreviewed is the absence of one). */
export const GIVEN_VERDICTS = ["verified", "disputed", "contradicted"] as const;
export type TGivenVerdict = (typeof GIVEN_VERDICTS)[number];

export const EVIDENCE_STANCES = ["supports", "refutes", "context"] as const;
export type TEvidenceStance = (typeof EVIDENCE_STANCES)[number];

export const CLAIM_CATEGORIES = [
  "troop_count",
  "casualty_report",
  "denial",
  "confirmation",
  "statement",
  "weapons_supply",
  "territorial_claim",
  "analysis",
] as const;
export type TClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const QUANTITY_QUALIFIERS = ["exact", "about", "at_least", "up_to", "more_than", "less_than"] as const;
export type TQuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

export const CLAIM_LINK_TYPES = ["contradicts", "corroborates", "updates"] as const;
export type TClaimLinkType = (typeof CLAIM_LINK_TYPES)[number];

/** Where a claim is in the desk's process (beside its verdict); transitions in lib/reviews/transitions.ts. */
export const REVIEW_STATUSES = ["open", "in_review", "awaiting_signoff", "changes_requested", "signed_off"] as const;
export type TReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How urgent a claim is, least first; queues sort the other way (urgent first). */
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TPriority = (typeof PRIORITIES)[number];

/** What a claim_events row records; each has its own payload schema in lib/claims/events.ts. */
export const EVENT_ACTIONS = [
  "claim.created",
  "verdict.set",
  "verdict.corrected",
  "evidence.added",
  "evidence.removed",
  "link.added",
  "link.removed",
  "review.assigned",
  "review.unassigned",
  "review.pickedUp",
  "review.changesRequested",
  "review.signedOff",
  "comment.added",
  "comment.edited",
  "comment.deleted",
  "claim.reanchored",
  "suggestion.merged",
] as const;
export type TEventAction = (typeof EVENT_ACTIONS)[number];
