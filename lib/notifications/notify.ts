import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { TNotificationData } from "@/lib/notifications/schemas";

type NotifyCommon = {
  workspaceId: string;
  /** Who caused it; never notified themself. Null for the desk's own reminders (due soon). */
  actorId: string | null;
  claimId: string | null;
  /** Who should hear of it. Duplicates, the actor and anyone not an active member of the workspace are dropped. */
  userIds: readonly (string | null | undefined)[];
  /** Makes it idempotent: at most one notification per recipient and key (unique index). */
  dedupeKey?: string;
};

/** One notification to write, typed by kind (its `data` is what the page shows beside the kind's text). */
export type NotifyInput = {
  [K in NotificationKind]: NotifyCommon & { kind: K; data: TNotificationData[K] };
}[NotificationKind];

/**
 * Writes in-app notifications inside the caller's transaction, so they exist exactly when the change
 * that caused them does. Returns the ids of the users notified.
 *
 * Wiring a workflow change is one call, e.g. after an assignment:
 * `await notify(tx, { kind: "assigned", workspaceId, actorId: actor.userId, claimId, userIds: [assigneeId], data: { dueAt, priority } })`.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<string[]> {
  const wanted = [...new Set(input.userIds.filter((id): id is string => Boolean(id) && id !== input.actorId))];
  if (wanted.length === 0) return [];
  // Only people who can read the claim: active members of this workspace (never another newsroom's user).
  const members = await tx.membership.findMany({
    where: { workspaceId: input.workspaceId, userId: { in: wanted }, deactivatedAt: null },
    select: { userId: true },
  });
  const recipients = members.map((m) => m.userId);
  if (recipients.length === 0) return [];
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      workspaceId: input.workspaceId,
      userId,
      kind: input.kind,
      claimId: input.claimId,
      actorId: input.actorId,
      data: input.data as Prisma.InputJsonValue,
      dedupeKey: input.dedupeKey ?? null,
    })),
    // ON CONFLICT DO NOTHING on (userId, dedupeKey): a repeated reminder is a no-op, not an error.
    skipDuplicates: true,
  });
  return recipients;
}
