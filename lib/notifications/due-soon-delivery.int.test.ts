// "Due within a day" reminders reach people through the count their header's bell asks for
// (unreadCount, GET /api/notifications/unread-count): no background job. This follows a real
// assignment, at the real time, to the reviewer's badge and list; the finer cases (concurrent polls,
// signed-off and overdue claims, deactivated members) are in notifications.int.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { listNotifications, markAllRead, unreadCount } from "@/lib/notifications/notifications";
import { assignClaim } from "@/lib/reviews/workflow";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 2 });
});

const HOUR = 60 * 60 * 1000;

describe("the bell's count delivers due-soon reminders", () => {
  it("an assignment due in a few hours brings its reminder at the reviewer's next poll, and only once", async () => {
    const { editor, reviewer, reviewer2 } = f.actors;
    const dueAt = new Date(Date.now() + 6 * HOUR);
    await assignClaim(editor, {
      claimId: f.claims[0].id,
      version: 1,
      assigneeId: reviewer.userId,
      dueAt: dueAt.toISOString(),
    });
    // Due in three days: assigned, but no reminder yet.
    await assignClaim(editor, {
      claimId: f.claims[1].id,
      version: 1,
      assigneeId: reviewer.userId,
      dueAt: new Date(Date.now() + 72 * HOUR).toISOString(),
    });

    expect(await unreadCount(reviewer)).toBe(3);
    const { notifications } = await listNotifications(reviewer, { unread: true });
    const reminders = notifications.filter((n) => n.kind === "due_soon");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      actor: null,
      claim: { id: f.claims[0].id },
      data: { dueAt: dueAt.toISOString() },
    });
    // Polled again (another tab, the next interval): nothing new; read, it stays read.
    expect(await unreadCount(reviewer)).toBe(3);
    await markAllRead(reviewer);
    expect(await unreadCount(reviewer)).toBe(0);
    // Nobody else is reminded of someone else's claim.
    expect(await unreadCount(reviewer2)).toBe(0);
    expect(await unreadCount(editor)).toBe(0);
  });
});
