import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignClaim, requestChanges, signOffClaim, submitVerdict } from "@/lib/reviews/workflow";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
});

const inbox = (userId: string) =>
  db.notification.findMany({
    where: { userId, workspaceId: f.workspace.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

describe("the review workflow notifies the people it concerns", () => {
  it("assigned, changes requested and signed off reach the reviewer, never the editor who acted", async () => {
    const claim = f.claims[0];
    const { editor, reviewer } = f.actors;
    const due = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    await assignClaim(editor, {
      claimId: claim.id,
      version: 1,
      assigneeId: reviewer.userId,
      dueAt: due,
      priority: "high",
    });
    await submitVerdict(reviewer, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "Only Kyiv gives this figure",
      version: 2,
    });
    await requestChanges(editor, { claimId: claim.id, version: 3, note: "Add Seoul's estimate" });
    await submitVerdict(reviewer, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "Seoul's estimate differs",
      version: 4,
    });
    await signOffClaim(editor, { claimId: claim.id, version: 5 });

    const got = await inbox(reviewer.userId);
    expect(got.map((n) => [n.kind, n.actorId, n.claimId])).toEqual([
      ["assigned", editor.userId, claim.id],
      ["changes_requested", editor.userId, claim.id],
      ["signed_off", editor.userId, claim.id],
    ]);
    expect(got[0].data).toMatchObject({ priority: "high", dueAt: due });
    expect(got[1].data).toEqual({ note: "Add Seoul's estimate" });
    expect(got[2].data).toEqual({ verdict: "disputed" });
    expect((await inbox(editor.userId)).filter((n) => n.actorId === editor.userId)).toEqual([]);
  });
});
