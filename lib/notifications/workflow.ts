import "server-only";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { TNotificationData } from "@/lib/notifications/schemas";

/**
 * The shape of a review-workflow effect (lib/reviews/effects.ts TWorkflowEffect) this handler reads:
 * declared structurally so the two modules could be written in parallel; every TWorkflowEffect fits it.
 */
export type WorkflowEffectLike = {
  kind: string;
  workspaceId: string;
  claimId: string;
  actorId: string;
  userId: string;
  dueAt?: string | null;
  priority?: TNotificationData["assigned"]["priority"];
  note?: string;
  verdict?: TNotificationData["signed_off"]["verdict"];
};

/**
 * Turns a workflow effect into an in-app notification, inside the transition's transaction. Wire it
 * with one line in lib/reviews/effects.ts: `const WORKFLOW_EFFECT_HANDLERS = [notifyWorkflowEffect];`.
 * Effects without a notification kind (unassigned, awaiting sign-off, corrected) are ignored.
 */
export async function notifyWorkflowEffect(tx: Tx, effect: WorkflowEffectLike): Promise<void> {
  const base = {
    workspaceId: effect.workspaceId,
    actorId: effect.actorId,
    claimId: effect.claimId,
    userIds: [effect.userId],
  };
  switch (effect.kind) {
    case "assigned":
      await notify(tx, { ...base, kind: "assigned", data: { dueAt: effect.dueAt ?? null, priority: effect.priority } });
      return;
    case "changes_requested":
      await notify(tx, { ...base, kind: "changes_requested", data: { note: effect.note ?? null } });
      return;
    case "signed_off":
      await notify(tx, { ...base, kind: "signed_off", data: { verdict: effect.verdict } });
      return;
    default:
      return;
  }
}
