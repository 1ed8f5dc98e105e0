import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment, deleteComment, editComment, listComments } from "@/lib/comments/comments";
import { mentionToken } from "@/lib/comments/mentions";
import { updateMember } from "@/lib/members/members";
import { addFixtureMember, refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 4 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

const events = (claimId: string) =>
  db.claimEvent.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const mentionsOf = (userId: string) => db.notification.findMany({ where: { userId, kind: "mentioned" } });

describe("comments on a claim", () => {
  it("adds a comment with a comment.added event and lists it with its author", async () => {
    const claim = f.claims[0];
    const c = await addComment(f.actors.reviewer, { claimId: claim.id, body: "Source checked against the KCNA wire." });
    const thread = await listComments(f.actors.viewer, { claimId: claim.id });
    expect(thread.comments).toMatchObject([
      {
        id: c.id,
        body: "Source checked against the KCNA wire.",
        author: { id: f.actors.reviewer.userId },
        mine: false,
      },
    ]);
    expect((await listComments(f.actors.reviewer, { claimId: claim.id })).comments[0].mine).toBe(true);
    const [e] = await events(claim.id);
    expect(e).toMatchObject({
      action: "comment.added",
      actorId: f.actors.reviewer.userId,
      after: { commentId: c.id, body: "Source checked against the KCNA wire.", mentions: [] },
    });
  });

  it("refuses viewers, and another workspace's claim is not found", async () => {
    expect(await refusal(addComment(f.actors.viewer, { claimId: f.claims[0].id, body: "hello" }))).toMatchObject({
      code: "FORBIDDEN",
      key: "errors.forbidden.comment.add",
    });
    expect(await refusal(addComment(f.actors.reviewer, { claimId: other.claims[0].id, body: "hello" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(listComments(f.actors.reviewer, { claimId: other.claims[0].id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.comment.count({ where: { claimId: other.claims[0].id } })).toBe(0);
  });

  it("lets only the author edit, keeping the text before in the history", async () => {
    const claim = f.claims[1];
    const c = await addComment(f.actors.reviewer, { claimId: claim.id, body: "First wording" });
    expect(
      await refusal(editComment(f.actors.reviewer2, { claimId: claim.id, commentId: c.id, body: "Hijacked" })),
    ).toMatchObject({ code: "FORBIDDEN", key: "comments.error.notAuthor" });
    // Not even an admin rewrites someone else's words.
    expect(
      await refusal(editComment(f.actors.admin, { claimId: claim.id, commentId: c.id, body: "Hijacked" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    await editComment(f.actors.reviewer, { claimId: claim.id, commentId: c.id, body: "Second wording" });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.body).toBe("Second wording");
    expect(stored.editedAt).not.toBeNull();
    const edited = (await events(claim.id)).filter((e) => e.action === "comment.edited");
    expect(edited).toHaveLength(1);
    expect(edited[0]).toMatchObject({
      actorId: f.actors.reviewer.userId,
      before: { commentId: c.id, body: "First wording" },
      after: { body: "Second wording" },
    });
  });

  it("lets only the author delete; the thread keeps a marker and the history keeps the text", async () => {
    const claim = f.claims[2];
    const c = await addComment(f.actors.editor, { claimId: claim.id, body: "Retract this later" });
    expect(await refusal(deleteComment(f.actors.admin, { claimId: claim.id, commentId: c.id }))).toMatchObject({
      code: "FORBIDDEN",
      key: "comments.error.notAuthor",
    });
    await deleteComment(f.actors.editor, { claimId: claim.id, commentId: c.id });
    const thread = await listComments(f.actors.editor, { claimId: claim.id });
    expect(thread.comments).toMatchObject([{ id: c.id, body: null, mine: false }]);
    expect(thread.comments[0].deletedAt).not.toBeNull();
    const deleted = (await events(claim.id)).find((e) => e.action === "comment.deleted");
    expect(deleted).toMatchObject({
      actorId: f.actors.editor.userId,
      before: { commentId: c.id, body: "Retract this later" },
    });
    // Gone is gone: no second delete, no edit.
    expect(await refusal(deleteComment(f.actors.editor, { claimId: claim.id, commentId: c.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await refusal(editComment(f.actors.editor, { claimId: claim.id, commentId: c.id, body: "back" })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("of two edits from two tabs at once, each replaces exactly the text it found, so the history chains", async () => {
    // Whether the second edit is refused (it read "draft" after the first replaced it) or goes through
    // (it read the first edit's text) depends on how the two interleave; either way no edit's "before"
    // may be text that was already gone, and the history must lead from "draft" to what is stored.
    const claim = f.claims[2];
    const c = await addComment(f.actors.reviewer, { claimId: claim.id, body: "draft" });
    const results = await Promise.allSettled([
      editComment(f.actors.reviewer, { claimId: claim.id, commentId: c.id, body: "tab one" }),
      editComment(f.actors.reviewer, { claimId: claim.id, commentId: c.id, body: "tab two" }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        code: "CONFLICT",
        messageKey: "comments.error.conflict",
      });
    }
    const edits = (await events(claim.id))
      .filter((e) => e.action === "comment.edited" && (e.before as { commentId: string }).commentId === c.id)
      .map((e) => ({ before: (e.before as { body: string }).body, after: (e.after as { body: string }).body }));
    expect(edits).toHaveLength(fulfilled.length);
    let text = "draft";
    const unchained = [...edits];
    while (unchained.length > 0) {
      const next = unchained.findIndex((e) => e.before === text);
      expect(next, `an edit replacing ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
      text = unchained.splice(next, 1)[0].after;
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe(text);
  });

  it("does not reach a comment through another claim's id", async () => {
    const c = await addComment(f.actors.reviewer, { claimId: f.claims[0].id, body: "On claim 0" });
    expect(
      await refusal(editComment(f.actors.reviewer, { claimId: f.claims[3].id, commentId: c.id, body: "moved" })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("@mentions", () => {
  it("stores valid mentions and notifies each mentioned member once, never the author", async () => {
    const claim = f.claims[3];
    const body = `${mentionToken("Ed", f.actors.editor.userId)} and ${mentionToken("Vi", f.actors.viewer.userId)}, see ${mentionToken("Ed", f.actors.editor.userId)}; note to self ${mentionToken("me", f.actors.reviewer.userId)}`;
    const c = await addComment(f.actors.reviewer, { claimId: claim.id, body });
    expect(c.mentions.sort()).toEqual(
      [f.actors.editor.userId, f.actors.viewer.userId, f.actors.reviewer.userId].sort(),
    );
    const [toEditor] = await mentionsOf(f.actors.editor.userId);
    expect(toEditor).toMatchObject({
      claimId: claim.id,
      actorId: f.actors.reviewer.userId,
      workspaceId: f.workspace.id,
      data: { commentId: c.id },
    });
    expect(await mentionsOf(f.actors.viewer.userId)).toHaveLength(1);
    expect(await mentionsOf(f.actors.reviewer.userId)).toHaveLength(0);
  });

  it("refuses a mention of another workspace's user or a deactivated member, and writes nothing", async () => {
    const claim = f.claims[0];
    const before = await db.comment.count({ where: { claimId: claim.id } });
    const outsider = other.actors.editor;
    const foreign = await refusal(
      addComment(f.actors.reviewer, { claimId: claim.id, body: `hey ${mentionToken("Oscar", outsider.userId)}` }),
    );
    expect(foreign).toMatchObject({ code: "INVALID", fields: { body: "comments.validation.unknownMention" } });
    const gone = await addFixtureMember(f, "reviewer");
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    expect(
      await refusal(
        addComment(f.actors.reviewer, { claimId: claim.id, body: `hey ${mentionToken("Gone", gone.userId)}` }),
      ),
    ).toMatchObject({ code: "INVALID" });
    expect(
      await refusal(
        addComment(f.actors.reviewer, { claimId: claim.id, body: `hey ${mentionToken("Nobody", "no-such-user")}` }),
      ),
    ).toMatchObject({ code: "INVALID" });
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(before);
    expect(await mentionsOf(outsider.userId)).toHaveLength(0);
    expect(await mentionsOf(gone.userId)).toHaveLength(0);
  });

  it("on edit notifies only the newly mentioned, and keeps an earlier mention of a since-deactivated member", async () => {
    const claim = f.claims[1];
    const later = await addFixtureMember(f, "reviewer");
    const c = await addComment(f.actors.editor, {
      claimId: claim.id,
      body: `cc ${mentionToken("Later", later.userId)}`,
    });
    await updateMember(f.actors.admin, { userId: later.userId, action: "deactivate" });
    const newcomer = await addFixtureMember(f, "viewer");
    await editComment(f.actors.editor, {
      claimId: claim.id,
      commentId: c.id,
      body: `cc ${mentionToken("Later", later.userId)} and ${mentionToken("New", newcomer.userId)}`,
    });
    expect(await mentionsOf(later.userId)).toHaveLength(1);
    expect(await mentionsOf(newcomer.userId)).toHaveLength(1);
    // Adding an edit that mentions someone deactivated who was not mentioned before is refused.
    const third = await addFixtureMember(f, "viewer");
    await updateMember(f.actors.admin, { userId: third.userId, action: "deactivate" });
    expect(
      await refusal(
        editComment(f.actors.editor, {
          claimId: claim.id,
          commentId: c.id,
          body: `cc ${mentionToken("T", third.userId)}`,
        }),
      ),
    ).toMatchObject({ code: "INVALID" });
  });
});
