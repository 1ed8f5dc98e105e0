// A refused transition leaves no notification behind: notifications are written in the transition's own
// transaction (the notifications that succeed are covered in lib/notifications/workflow.int.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignClaim } from "@/lib/reviews/workflow";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 2 });
});

const kindsFor = async (userId: string, claimId: string) =>
  (await db.notification.findMany({ where: { userId, claimId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);

describe("workflow notifications", () => {
  it("writes no notification when the transition is refused", async () => {
    const { reviewer, reviewer2, editor } = f.actors;
    const claimId = f.claims[1].id;
    await assignClaim(editor, { claimId, version: 1, assigneeId: reviewer.userId });
    await expect(assignClaim(editor, { claimId, version: 1, assigneeId: reviewer2.userId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await kindsFor(reviewer2.userId, claimId)).toEqual([]);
  });
});
