// The workflow's transitions reach people as in-app notifications: assignment, changes requested and
// sign-off, written in the transition's own transaction (lib/reviews/effects.ts wires the handler).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignClaim, requestChanges, signOffClaim, submitVerdict } from "@/lib/reviews/workflow";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 2 });
});

const kindsFor = async (userId: string, claimId: string) =>
  (await db.notification.findMany({ where: { userId, claimId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);

describe("workflow notifications", () => {
  it("tells the reviewer when a claim is assigned, sent back with a note, and signed off, and never the actor", async () => {
    const { editor, editor2, reviewer } = f.actors;
    const claimId = f.claims[0].id;
    const assigned = await assignClaim(editor, { claimId, version: 1, assigneeId: reviewer.userId, priority: "high" });
    const given = await submitVerdict(reviewer, {
      claimId,
      version: assigned.version,
      verdict: "disputed",
      rationale: "Only one side.",
    });
    const sentBack = await requestChanges(editor2, { claimId, version: given.version, note: "Cite the ministry." });
    const revised = await submitVerdict(reviewer, {
      claimId,
      version: sentBack.version,
      verdict: "disputed",
      rationale: "Ministry cited.",
    });
    await signOffClaim(editor2, { claimId, version: revised.version });

    expect(await kindsFor(reviewer.userId, claimId)).toEqual(["assigned", "changes_requested", "signed_off"]);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: reviewer.userId, claimId, kind: "changes_requested" },
    });
    expect(note.data).toMatchObject({ note: "Cite the ministry." });
    expect(await kindsFor(editor2.userId, claimId)).toEqual([]);
  });

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
