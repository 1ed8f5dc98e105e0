import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/claims/cursor";
import {
  NOTIFICATIONS_PAGE_SIZE,
  notificationDataSchemas,
  type TListNotifications,
  type TNotificationData,
} from "@/lib/notifications/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One notification as the list shows it. `data` is parsed per kind; null if a stored row does not fit. */
export type NotificationItem = {
  [K in NotificationKind]: {
    id: string;
    kind: K;
    data: TNotificationData[K] | null;
    readAt: Date | null;
    createdAt: Date;
    actor: { id: string; name: string } | null;
    claim: { id: string; quote: string; article: { id: string; title: string } } | null;
  };
}[NotificationKind];

function toItem(row: {
  id: string;
  kind: NotificationKind;
  data: Prisma.JsonValue;
  readAt: Date | null;
  createdAt: Date;
  actor: { id: string; name: string } | null;
  claim: { id: string; quote: string; article: { id: string; title: string } } | null;
}): NotificationItem {
  const parsed = notificationDataSchemas[row.kind].safeParse(row.data ?? {});
  return { ...row, data: parsed.success ? parsed.data : null } as NotificationItem;
}

/**
 * The actor's notifications in the actor's workspace, newest first, one page at a time.
 * `cursor` (or the second argument itself, as a string) is the previous page's `nextCursor`;
 * `unread` keeps only unread ones.
 */
export async function listNotifications(actor: Actor, cursorOrInput: string | null | Partial<TListNotifications> = {}) {
  assertCan(actor, "read");
  const input =
    typeof cursorOrInput === "string" || cursorOrInput === null
      ? { cursor: cursorOrInput ?? undefined }
      : cursorOrInput;
  const cursor = decodeCursor(input.cursor);
  const base: Prisma.NotificationWhereInput = {
    userId: actor.userId,
    workspaceId: actor.workspaceId,
    ...(input.unread ? { readAt: null } : {}),
  };
  const where: Prisma.NotificationWhereInput = cursor
    ? {
        AND: [
          base,
          { createdAt: { lte: cursor.createdAt } },
          { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] },
        ],
      }
    : base;
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      data: true,
      readAt: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
      claim: { select: { id: true, quote: true, article: { select: { id: true, title: true } } } },
    },
  });
  const page = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    notifications: page.map(toItem),
    nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}
export type NotificationPage = Awaited<ReturnType<typeof listNotifications>>;

/**
 * How many unread notifications the actor has in this workspace: one count on the
 * (userId, workspaceId, readAt, createdAt) index. First creates any "due within a day" reminders the
 * actor is owed (see notifyDueSoon), so polling the count is what delivers them: no background job.
 */
export async function unreadCount(actor: Actor, now = new Date()): Promise<number> {
  assertCan(actor, "read");
  await notifyDueSoon(now, { userId: actor.userId, workspaceId: actor.workspaceId });
  return countUnread(actor);
}

/**
 * The unread count only, delivering nothing: what a page render shows in the header. Rendering a page
 * (even a 404) never writes; the bell's poll (unreadCount) delivers the reminders moments later.
 */
export async function countUnread(actor: Actor): Promise<number> {
  assertCan(actor, "read");
  return db.notification.count({ where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null } });
}

/**
 * Marks one or several of the actor's own notifications read. Any id that is not the actor's (another
 * user's, another workspace's, or unknown) is NOT_FOUND and nothing is marked. Already read stays as it was.
 */
export async function markRead(
  actor: Actor,
  idOrIds: string | readonly string[],
  now = new Date(),
): Promise<{ marked: number }> {
  assertCan(actor, "read");
  const ids = [...new Set(typeof idOrIds === "string" ? [idOrIds] : idOrIds)];
  return db.$transaction(async (tx) => {
    const own = { id: { in: ids }, userId: actor.userId, workspaceId: actor.workspaceId };
    const found = await tx.notification.count({ where: own });
    if (found !== ids.length) throw notFound("notifications.error.notFound");
    const { count } = await tx.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: now } });
    return { marked: count };
  });
}

/** Marks every unread notification of the actor in this workspace read. */
export async function markAllRead(actor: Actor, now = new Date()): Promise<{ marked: number }> {
  assertCan(actor, "read");
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null },
    data: { readAt: now },
  });
  return { marked: count };
}

/** The key that makes a reminder idempotent: one per claim, recipient and due date (a new date reminds again). */
export function dueSoonKey(claimId: string, dueAt: Date): string {
  return `due_soon:${claimId}:${dueAt.toISOString()}`;
}

/**
 * Creates "due within a day" notifications for the assignees of claims due in the next 24 hours
 * (after `now`, at most `now + 24 h`) that are not signed off, at most once per claim, assignee and due
 * date, whoever calls it and however often (the unique (userId, dedupeKey) index decides races).
 * Deactivated members get none. `scope` narrows it to one user in one workspace: that is how
 * unreadCount calls it, an index range on claims (assigneeId, dueAt). Without a scope it covers every
 * workspace (for a script or scheduler, should one ever be wanted). Returns how many were created.
 */
export async function notifyDueSoon(
  now = new Date(),
  scope?: { userId: string; workspaceId: string },
): Promise<number> {
  const due = await db.claim.findMany({
    where: {
      ...(scope ? { assigneeId: scope.userId, workspaceId: scope.workspaceId } : { assigneeId: { not: null } }),
      dueAt: { gt: now, lte: new Date(now.getTime() + DAY_MS) },
      reviewStatus: { not: "signed_off" },
    },
    select: { id: true, workspaceId: true, assigneeId: true, dueAt: true },
    orderBy: { dueAt: "asc" },
    take: 1000,
  });
  if (due.length === 0) return 0;
  const candidates = due.map((c) => ({
    ...c,
    userId: c.assigneeId!,
    dueAt: c.dueAt!,
    key: dueSoonKey(c.id, c.dueAt!),
  }));
  const userIds = [...new Set(candidates.map((c) => c.userId))];
  // Reads first, so the common case (already reminded) writes nothing.
  const [existing, active] = await Promise.all([
    db.notification.findMany({
      where: { userId: { in: userIds }, dedupeKey: { in: candidates.map((c) => c.key) } },
      select: { userId: true, dedupeKey: true },
    }),
    db.membership.findMany({
      where: {
        userId: { in: userIds },
        workspaceId: { in: [...new Set(candidates.map((c) => c.workspaceId))] },
        deactivatedAt: null,
      },
      select: { userId: true, workspaceId: true },
    }),
  ]);
  const done = new Set(existing.map((n) => `${n.userId} ${n.dedupeKey}`));
  const allowed = new Set(active.map((m) => `${m.userId} ${m.workspaceId}`));
  const rows = candidates.filter(
    (c) => !done.has(`${c.userId} ${c.key}`) && allowed.has(`${c.userId} ${c.workspaceId}`),
  );
  if (rows.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: rows.map((c) => ({
      workspaceId: c.workspaceId,
      userId: c.userId,
      kind: "due_soon" as const,
      claimId: c.id,
      actorId: null,
      data: { dueAt: c.dueAt.toISOString() } satisfies TNotificationData["due_soon"],
      dedupeKey: c.key,
    })),
    skipDuplicates: true,
  });
  return count;
}
