// What a workflow transition means for people other than the one who acted: the hook notifications
// hang on. Every transition in lib/reviews/workflow.ts computes its effects and runs every handler
// below inside its own transaction, after its writes: a handler that throws undoes the transition, and
// whatever a handler writes (a notification row) commits or rolls back with it.
//
// Wiring notifications is one entry in WORKFLOW_EFFECT_HANDLERS, e.g.
//   import { notifyWorkflowEffect } from "@/lib/notifications/workflow";
//   const WORKFLOW_EFFECT_HANDLERS: TWorkflowEffectHandler[] = [notifyWorkflowEffect];
// where notifyWorkflowEffect maps an effect to `notify(tx, {...})` (kinds line up with NotificationKind).
import "server-only";
import type { Tx } from "@/lib/db";
import { notifyWorkflowEffect } from "@/lib/notifications/workflow";
import type { TGivenVerdict, TPriority, TVerdict } from "@/lib/claims/vocabulary";

type Base = {
  workspaceId: string;
  claimId: string;
  /** Who acted. Never also the recipient: effects for the actor themself are not produced. */
  actorId: string;
  /** Who should hear about it. */
  userId: string;
};

/**
 * One thing someone should hear about. `kind` matches NotificationKind where one exists (assigned,
 * changes_requested, signed_off); the others are for handlers that want them.
 */
export type TWorkflowEffect =
  /** The claim was assigned (or reassigned) to `userId`. */
  | (Base & { kind: "assigned"; dueAt: string | null; priority: TPriority })
  /** `userId` was the assignee and no longer is (unassigned, or reassigned to someone else). */
  | (Base & { kind: "unassigned" })
  /** A verdict is waiting for sign-off; `userId` is the editor who assigned the claim. */
  | (Base & { kind: "awaiting_signoff"; verdict: TGivenVerdict })
  /** The sign-off was refused; `userId` is the assignee or a verdict author; the note says what to change. */
  | (Base & { kind: "changes_requested"; note: string })
  /** The verdict was signed off; `userId` is the assignee or a verdict author. */
  | (Base & { kind: "signed_off"; verdict: TVerdict })
  /** A signed-off verdict was corrected; `userId` signed off the old one. */
  | (Base & { kind: "corrected"; fromVerdict: TVerdict; toVerdict: TVerdict; reason: string });

export type TWorkflowEffectHandler = (tx: Tx, effect: TWorkflowEffect) => Promise<void>;

/** The handlers every transition runs, in order. Add notifications here (see the top of this file). */
const WORKFLOW_EFFECT_HANDLERS: TWorkflowEffectHandler[] = [notifyWorkflowEffect];

/**
 * Adds a handler until the returned function is called. For tests and for wiring that cannot be a
 * static import; production wiring belongs in WORKFLOW_EFFECT_HANDLERS above.
 */
export function onWorkflowEffect(handler: TWorkflowEffectHandler): () => void {
  WORKFLOW_EFFECT_HANDLERS.push(handler);
  return () => {
    const i = WORKFLOW_EFFECT_HANDLERS.indexOf(handler);
    if (i >= 0) WORKFLOW_EFFECT_HANDLERS.splice(i, 1);
  };
}

/** Builds one effect per recipient, leaving out the actor and duplicates. */
export function effectsFor<E extends Omit<TWorkflowEffect, "userId">>(
  effect: E,
  recipients: readonly (string | null | undefined)[],
): (E & { userId: string })[] {
  const seen = new Set<string>();
  const out: (E & { userId: string })[] = [];
  for (const userId of recipients) {
    if (!userId || userId === effect.actorId || seen.has(userId)) continue;
    seen.add(userId);
    out.push({ ...effect, userId });
  }
  return out;
}

/** Runs every handler on every effect inside the caller's transaction. */
export async function runWorkflowEffects(tx: Tx, effects: readonly TWorkflowEffect[]): Promise<void> {
  for (const effect of effects) for (const handler of [...WORKFLOW_EFFECT_HANDLERS]) await handler(tx, effect);
}
