import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { notifyWorkflowEffect } from "@/lib/notifications/workflow";
import {
  listNotifications,
  markAllRead,
  markRead,
  notifyDueSoon,
  unreadCount,
} from "@/lib/notifications/notifications";
import { NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/schemas";
import { updateMember } from "@/lib/members/members";
import { addFixtureMember, refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 6 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

const HOUR = 60 * 60 * 1000;
const inboxOf = (userId: string, workspaceId = f.workspace.id) =>
  db.notification.findMany({ where: { userId, workspaceId }, orderBy: { createdAt: "asc" } });

describe("notify", () => {
  it("creates each kind for the recipients, inside the caller's transaction", async () => {
    const a = await addFixtureMember(f, "reviewer");
    const editor = f.actors.editor;
    const claimId = f.claims[0].id;
    await db.$transaction(async (tx) => {
      const w = { workspaceId: f.workspace.id, actorId: editor.userId, claimId, userIds: [a.userId] };
      await notify(tx, { ...w, kind: "assigned", data: { dueAt: "2026-12-01T10:00:00.000Z", priority: "high" } });
      await notify(tx, { ...w, kind: "mentioned", data: { commentId: "c1", excerpt: "look" } });
      await notify(tx, { ...w, kind: "changes_requested", data: { note: "Cite the ministry" } });
      await notify(tx, { ...w, kind: "signed_off", data: { verdict: "verified" } });
      await notify(tx, {
        ...w,
        actorId: null,
        kind: "due_soon",
        data: { dueAt: "2026-12-01T10:00:00.000Z" },
        dedupeKey: "k1",
      });
    });
    const page = await listNotifications(a);
    expect(page.notifications.map((n) => n.kind).sort()).toEqual([
      "assigned",
      "changes_requested",
      "due_soon",
      "mentioned",
      "signed_off",
    ]);
    const byKind = Object.fromEntries(page.notifications.map((n) => [n.kind, n]));
    expect(byKind.assigned).toMatchObject({
      actor: { id: editor.userId, name: editor.name },
      claim: { id: claimId, article: { id: f.article.id } },
      data: { priority: "high" },
      readAt: null,
    });
    expect(byKind.changes_requested.data).toEqual({ note: "Cite the ministry" });
    expect(byKind.due_soon.actor).toBeNull();
  });

  it("turns the review workflow's effects into assigned, changes-requested and signed-off notifications", async () => {
    const a = await addFixtureMember(f, "reviewer");
    const base = {
      workspaceId: f.workspace.id,
      claimId: f.claims[4].id,
      actorId: f.actors.editor.userId,
      userId: a.userId,
    };
    await db.$transaction(async (tx) => {
      await notifyWorkflowEffect(tx, {
        ...base,
        kind: "assigned",
        dueAt: "2026-12-02T09:00:00.000Z",
        priority: "urgent",
      });
      await notifyWorkflowEffect(tx, { ...base, kind: "changes_requested", note: "Add the ministry's statement" });
      await notifyWorkflowEffect(tx, { ...base, kind: "signed_off", verdict: "contradicted" });
      // Effects with no notification kind are not an error and write nothing.
      await notifyWorkflowEffect(tx, { ...base, kind: "unassigned" });
      await notifyWorkflowEffect(tx, { ...base, kind: "awaiting_signoff", verdict: "verified" });
    });
    const page = await listNotifications(a);
    expect(Object.fromEntries(page.notifications.map((n) => [n.kind, n.data]))).toEqual({
      assigned: { dueAt: "2026-12-02T09:00:00.000Z", priority: "urgent" },
      changes_requested: { note: "Add the ministry's statement" },
      signed_off: { verdict: "contradicted" },
    });
    expect(
      page.notifications.every((n) => n.actor?.id === f.actors.editor.userId && n.claim?.id === f.claims[4].id),
    ).toBe(true);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const a = await addFixtureMember(f, "reviewer");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, {
          kind: "signed_off",
          workspaceId: f.workspace.id,
          actorId: f.actors.editor.userId,
          claimId: f.claims[0].id,
          userIds: [a.userId],
          data: {},
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await inboxOf(a.userId)).toHaveLength(0);
  });

  it("never notifies the actor, another workspace's user, a deactivated member, or anyone twice", async () => {
    const gone = await addFixtureMember(f, "reviewer");
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    const to = await addFixtureMember(f, "reviewer");
    const notified = await db.$transaction((tx) =>
      notify(tx, {
        kind: "assigned",
        workspaceId: f.workspace.id,
        actorId: f.actors.editor.userId,
        claimId: f.claims[1].id,
        userIds: [f.actors.editor.userId, other.actors.reviewer.userId, gone.userId, to.userId, to.userId, null],
        data: {},
      }),
    );
    expect(notified).toEqual([to.userId]);
    expect(await inboxOf(f.actors.editor.userId)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: other.actors.reviewer.userId } })).toBe(0);
    expect(await inboxOf(gone.userId)).toHaveLength(0);
    expect(await inboxOf(to.userId)).toHaveLength(1);
  });
});

describe("reading notifications", () => {
  async function seed(count: number, userId: string) {
    await db.$transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        await notify(tx, {
          kind: "mentioned",
          workspaceId: f.workspace.id,
          actorId: f.actors.editor.userId,
          claimId: f.claims[2].id,
          userIds: [userId],
          data: { commentId: `c${i}`, excerpt: `#${i}` },
        });
      }
    });
  }

  it("counts unread, marks one and then all read, and pages newest first", async () => {
    const me = await addFixtureMember(f, "reviewer");
    await seed(NOTIFICATIONS_PAGE_SIZE + 3, me.userId);
    expect(await unreadCount(me)).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
    const first = await listNotifications(me);
    expect(first.notifications).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listNotifications(me, first.nextCursor);
    expect(second.notifications).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const all = [...first.notifications, ...second.notifications];
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    const times = all.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));

    expect(await markRead(me, all[0].id)).toEqual({ marked: 1 });
    expect(await markRead(me, all[0].id)).toEqual({ marked: 0 });
    expect(await unreadCount(me)).toBe(NOTIFICATIONS_PAGE_SIZE + 2);
    expect((await listNotifications(me, { unread: true })).notifications.map((n) => n.id)).not.toContain(all[0].id);
    expect(await markAllRead(me)).toEqual({ marked: NOTIFICATIONS_PAGE_SIZE + 2 });
    expect(await unreadCount(me)).toBe(0);
  });

  it("shows and marks only one's own: another user's id is not found and nothing is marked", async () => {
    const me = await addFixtureMember(f, "reviewer");
    const them = await addFixtureMember(f, "reviewer");
    await seed(1, me.userId);
    await seed(1, them.userId);
    const [mine] = await inboxOf(me.userId);
    const [theirs] = await inboxOf(them.userId);
    expect((await listNotifications(me)).notifications.map((n) => n.id)).toEqual([mine.id]);
    expect(await refusal(markRead(me, theirs.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(markRead(me, [mine.id, theirs.id]))).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    await markAllRead(me);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await unreadCount(them)).toBe(1);
  });

  it("keeps workspaces apart for a user who belongs to two", async () => {
    const me = await addFixtureMember(f, "reviewer");
    await db.membership.create({ data: { userId: me.userId, workspaceId: other.workspace.id, role: "reviewer" } });
    const meThere = { ...other.actors.reviewer, userId: me.userId, name: me.name, email: me.email };
    await seed(2, me.userId);
    expect(await unreadCount(meThere)).toBe(0);
    expect((await listNotifications(meThere)).notifications).toHaveLength(0);
    await markAllRead(meThere);
    expect(await unreadCount(me)).toBe(2);
  });
});

describe("due within a day", () => {
  // Far from any date another test file might use: the unscoped notifyDueSoon looks at every workspace.
  const now = new Date("2391-03-14T08:00:00Z");

  async function assign(
    claimIndex: number,
    userId: string,
    dueAt: Date,
    reviewStatus: "in_review" | "signed_off" = "in_review",
  ) {
    return db.claim.update({
      where: { id: f.claims[claimIndex].id },
      data: { assigneeId: userId, dueAt, reviewStatus },
    });
  }

  it("reminds the assignee once per claim and due date, when the unread count is read", async () => {
    const r = await addFixtureMember(f, "reviewer");
    await assign(3, r.userId, new Date(now.getTime() + 5 * HOUR));
    // However often and however concurrently it runs (several tabs polling at once), one reminder.
    const scope = { userId: r.userId, workspaceId: f.workspace.id };
    await Promise.all([
      unreadCount(r, now),
      unreadCount(r, now),
      notifyDueSoon(now, scope),
      notifyDueSoon(now, scope),
      notifyDueSoon(now),
    ]);
    expect(await unreadCount(r, now)).toBe(1);
    expect(await unreadCount(r, now)).toBe(1);
    const reminders = await db.notification.findMany({ where: { userId: r.userId, kind: "due_soon" } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      claimId: f.claims[3].id,
      actorId: null,
      data: { dueAt: new Date(now.getTime() + 5 * HOUR).toISOString() },
    });
    // Marked read, it stays read: no second reminder for the same due date.
    await markAllRead(r);
    expect(await unreadCount(r, now)).toBe(0);
    // A new due date is a new reminder.
    await assign(3, r.userId, new Date(now.getTime() + 20 * HOUR));
    expect(await unreadCount(r, now)).toBe(1);
  });

  it("skips claims due later than a day, already due, signed off, or assigned to a deactivated member", async () => {
    const r = await addFixtureMember(f, "reviewer");
    await assign(4, r.userId, new Date(now.getTime() + 25 * HOUR));
    await assign(5, r.userId, new Date(now.getTime() + 2 * HOUR), "signed_off");
    expect(await unreadCount(r, now)).toBe(0);
    await assign(4, r.userId, new Date(now.getTime() - HOUR));
    expect(await unreadCount(r, now)).toBe(0);
    const gone = await addFixtureMember(f, "reviewer");
    await assign(4, gone.userId, new Date(now.getTime() + 2 * HOUR));
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    await notifyDueSoon(now);
    expect(await db.notification.count({ where: { userId: gone.userId } })).toBe(0);
  });
});
