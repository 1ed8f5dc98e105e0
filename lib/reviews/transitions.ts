// The review workflow as one table: from which status, by which action, to which status, and who may.
// Pure (no database): the domain functions in lib/reviews/workflow.ts decide with it inside their
// transaction, and pages may use `allowedReviewActions` to offer only what the server would accept.
//
//   open ─(assign | pick up)─▶ in_review ─(set verdict)─▶ awaiting_signoff ─(sign off)─▶ signed_off
//   in_review ─(unassign)─▶ open
//   awaiting_signoff ─(request changes)─▶ changes_requested ─(set verdict)─▶ awaiting_signoff
//   signed_off ─(change the verdict: a correction, with a reason)─▶ awaiting_signoff
import { can, verdictRefusal, type ActorRole, type Permission } from "@/lib/auth/permissions";
import type { TReviewStatus } from "@/lib/claims/vocabulary";

export const REVIEW_ACTIONS = [
  "assign",
  "unassign",
  "pickUp",
  "submitVerdict",
  "correctVerdict",
  "signOff",
  "requestChanges",
] as const;
export type TReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * Who may take a transition:
 * - `desk`: editors and admins (they decide who checks what);
 * - `taker`: anyone who reviews (reviewer, editor, admin), on a claim nobody is assigned to;
 * - `verdictGiver`: editors and admins; reviewers on claims assigned to them or unassigned;
 * - `secondPair`: editors and admins who neither gave nor changed the verdict under review (four eyes).
 */
export type TWho = "desk" | "taker" | "verdictGiver" | "secondPair";

/** What the claim's assignment must be for the transition to make sense. */
export type TRequires = "assigned" | "unassigned";

export type TTransition = {
  from: TReviewStatus;
  action: TReviewAction;
  to: TReviewStatus;
  who: TWho;
  requires?: TRequires;
};

/** Every allowed transition. Anything not listed is refused with a message from STATE_REFUSALS. */
export const TRANSITIONS = [
  // Assignment: an editor assigns or reassigns; the first assignment starts the review.
  { from: "open", action: "assign", to: "in_review", who: "desk" },
  { from: "in_review", action: "assign", to: "in_review", who: "desk" },
  { from: "changes_requested", action: "assign", to: "changes_requested", who: "desk" },
  { from: "awaiting_signoff", action: "assign", to: "awaiting_signoff", who: "desk" },
  // Unassigning a claim under review returns it to the open pool; later statuses keep their place.
  { from: "open", action: "unassign", to: "open", who: "desk", requires: "assigned" },
  { from: "in_review", action: "unassign", to: "open", who: "desk", requires: "assigned" },
  { from: "changes_requested", action: "unassign", to: "changes_requested", who: "desk", requires: "assigned" },
  { from: "awaiting_signoff", action: "unassign", to: "awaiting_signoff", who: "desk", requires: "assigned" },
  // A reviewer picks up an unassigned claim (in_review without an assignee: the assignee's account was deleted).
  { from: "open", action: "pickUp", to: "in_review", who: "taker", requires: "unassigned" },
  { from: "in_review", action: "pickUp", to: "in_review", who: "taker", requires: "unassigned" },
  { from: "changes_requested", action: "pickUp", to: "changes_requested", who: "taker", requires: "unassigned" },
  // Setting a verdict sends the claim to sign-off (again, if it was already waiting or sent back).
  { from: "open", action: "submitVerdict", to: "awaiting_signoff", who: "verdictGiver" },
  { from: "in_review", action: "submitVerdict", to: "awaiting_signoff", who: "verdictGiver" },
  { from: "changes_requested", action: "submitVerdict", to: "awaiting_signoff", who: "verdictGiver" },
  { from: "awaiting_signoff", action: "submitVerdict", to: "awaiting_signoff", who: "verdictGiver" },
  // Changing a signed-off verdict is a correction: it reopens the claim for a new sign-off.
  { from: "signed_off", action: "correctVerdict", to: "awaiting_signoff", who: "verdictGiver" },
  // The sign-off decision, by a second pair of eyes.
  { from: "awaiting_signoff", action: "signOff", to: "signed_off", who: "secondPair" },
  { from: "awaiting_signoff", action: "requestChanges", to: "changes_requested", who: "secondPair" },
] as const satisfies readonly TTransition[];

/** Who may take each action (the same for every row of that action; a unit test holds the table to it). */
export const WHO_BY_ACTION: Record<TReviewAction, TWho> = {
  assign: "desk",
  unassign: "desk",
  pickUp: "taker",
  submitVerdict: "verdictGiver",
  correctVerdict: "verdictGiver",
  signOff: "secondPair",
  requestChanges: "secondPair",
};

/** The role-level permission behind each kind of "who" (lib/auth/permissions.ts). */
const PERMISSION_OF: Record<TWho, Permission> = {
  desk: "claim.assign",
  taker: "claim.pickUp",
  verdictGiver: "verdict.set",
  secondPair: "verdict.signOff",
};

/** The role-level permission an action needs, whatever the claim's state. */
export function permissionFor(action: TReviewAction): Permission {
  return PERMISSION_OF[WHO_BY_ACTION[action]];
}

/** Why an action makes no sense from a status: message keys (errors.ts), per action, with a default. */
export const STATE_REFUSALS: { [A in TReviewAction]: { default: string } & Partial<Record<TReviewStatus, string>> } = {
  assign: { default: "errors.review.assign.signedOff" },
  unassign: { default: "errors.review.unassign.signedOff" },
  pickUp: { default: "errors.review.pickUp.signedOff", awaiting_signoff: "errors.review.pickUp.awaitingSignoff" },
  submitVerdict: { default: "errors.review.submitVerdict.signedOff" },
  correctVerdict: { default: "errors.review.correctVerdict.notSignedOff" },
  signOff: { default: "errors.review.signOff.notAwaiting", signed_off: "errors.review.signOff.already" },
  requestChanges: {
    default: "errors.review.requestChanges.notAwaiting",
    signed_off: "errors.review.requestChanges.signedOff",
  },
};

export type TTransitionContext = {
  actor: ActorRole;
  status: TReviewStatus;
  assigneeId: string | null;
  /** The assignee's name, for messages that say who has the claim. */
  assigneeName?: string | null;
  /** Everyone who gave or changed the verdict since it was last signed off (lib/reviews/workflow.ts). */
  verdictAuthorIds: readonly string[];
};

export type TransitionDecision =
  | { ok: true; transition: TTransition }
  | { ok: false; code: "FORBIDDEN" | "CONFLICT"; messageKey: string; params?: Record<string, string> };

/**
 * Decides whether `ctx.actor` may take `action` on a claim in `ctx`'s state. Checks, in order: the
 * actor's role (FORBIDDEN), that the table has the transition from the current status (CONFLICT: the
 * claim is not in a state where this makes sense), then the claim-specific rules: the assignment the
 * row requires (CONFLICT), a reviewer acting on someone else's claim (FORBIDDEN), and the four-eyes
 * rule (FORBIDDEN: nobody signs off or sends back a verdict they gave or changed).
 */
export function decideTransition(action: TReviewAction, ctx: TTransitionContext): TransitionDecision {
  const who = WHO_BY_ACTION[action];
  const permission = permissionFor(action);
  if (!can(ctx.actor, permission))
    return { ok: false, code: "FORBIDDEN", messageKey: `errors.forbidden.${permission}` };

  const transition = (TRANSITIONS as readonly TTransition[]).find((t) => t.from === ctx.status && t.action === action);
  if (!transition) {
    const refusals = STATE_REFUSALS[action];
    return { ok: false, code: "CONFLICT", messageKey: refusals[ctx.status] ?? refusals.default };
  }

  if (transition.requires === "assigned" && ctx.assigneeId === null) {
    return { ok: false, code: "CONFLICT", messageKey: "errors.review.unassign.notAssigned" };
  }
  if (transition.requires === "unassigned" && ctx.assigneeId !== null) {
    if (ctx.assigneeId === ctx.actor.userId)
      return { ok: false, code: "CONFLICT", messageKey: "errors.review.pickUp.alreadyYours" };
    return {
      ok: false,
      code: "CONFLICT",
      messageKey: "errors.review.pickUp.taken",
      params: { name: ctx.assigneeName ?? "?" },
    };
  }
  if (who === "verdictGiver" && verdictRefusal(ctx.actor, { assigneeId: ctx.assigneeId }) === "assigned") {
    return { ok: false, code: "FORBIDDEN", messageKey: "errors.forbidden.verdict.assigned" };
  }
  if (who === "secondPair" && ctx.verdictAuthorIds.includes(ctx.actor.userId)) {
    return {
      ok: false,
      code: "FORBIDDEN",
      messageKey: action === "signOff" ? "errors.review.signOff.ownVerdict" : "errors.review.requestChanges.ownVerdict",
    };
  }
  return { ok: true, transition };
}

/** Setting a verdict is a submission, or a correction when the verdict was already signed off. */
export function verdictActionFor(status: TReviewStatus): "submitVerdict" | "correctVerdict" {
  return status === "signed_off" ? "correctVerdict" : "submitVerdict";
}

/** Every action's decision for this actor and claim: what a page may offer, and why not otherwise. */
export function allowedReviewActions(ctx: TTransitionContext): Record<TReviewAction, TransitionDecision> {
  return Object.fromEntries(REVIEW_ACTIONS.map((a) => [a, decideTransition(a, ctx)])) as Record<
    TReviewAction,
    TransitionDecision
  >;
}

/** Statuses in which the claim waits on its reviewer; only these can be overdue or count as workload. */
export const STATUSES_WITH_REVIEWER = [
  "open",
  "in_review",
  "changes_requested",
] as const satisfies readonly TReviewStatus[];

/** Overdue: past its due date while still with the reviewer (a verdict waiting for sign-off was on time). */
export function isOverdue(
  claim: { dueAt: Date | string | null; reviewStatus: TReviewStatus },
  now: Date = new Date(),
): boolean {
  if (!claim.dueAt) return false;
  return (
    new Date(claim.dueAt).getTime() < now.getTime() &&
    (STATUSES_WITH_REVIEWER as readonly TReviewStatus[]).includes(claim.reviewStatus)
  );
}
