import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { parseClaimEvent } from "@/lib/claims/events";
import type { TReviewState } from "@/lib/claims/vocabulary";
import { assignClaim, bulkAssignClaims, pickUpClaim, requestChanges, signOffClaim } from "@/lib/reviews/workflow";
import { getClaimReview } from "@/lib/reviews/queries";
import { onWorkflowEffect, type TWorkflowEffect } from "@/lib/reviews/effects";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
let next = 0;
/** A fresh claim of the fixture for each test, so tests do not depend on each other's writes. */
const claim = () => f.claims[next++];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 60 }),
    createWorkspaceFixture({ claimCount: 2 }),
  ]);
});

/** The error a call was refused with (fails the test if it succeeded or threw something else). */
async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError))
    throw new Error(
      `expected an AppError, got ${e === null ? "success" : e instanceof Error ? e.message : JSON.stringify(e)}`,
    );
  return e;
}

/** Everything a refused write must leave untouched. */
async function snapshot(claimId: string) {
  const c = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  return {
    version: c.version,
    status: c.reviewStatus,
    verdict: c.verdict,
    rationale: c.rationale,
    assigneeId: c.assigneeId,
    dueAt: c.dueAt,
    priority: c.priority,
    signedOffById: c.signedOffById,
    changesNote: c.changesNote,
    events: await db.claimEvent.count({ where: { claimId } }),
    corrections: await db.correction.count({ where: { claimId } }),
  };
}

async function versionOf(claimId: string) {
  return (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
}

/** Collects the effects handed to handlers while `fn` runs. */
async function effectsOf(fn: () => Promise<unknown>): Promise<TWorkflowEffect[]> {
  const seen: TWorkflowEffect[] = [];
  const off = onWorkflowEffect(async (_tx, e) => {
    seen.push(e);
  });
  try {
    await fn();
  } finally {
    off();
  }
  return seen;
}

async function deactivate(actorKey: keyof Fixture["actors"], when: Date | null) {
  const a = f.actors[actorKey];
  await db.membership.update({
    where: { userId_workspaceId: { userId: a.userId, workspaceId: a.workspaceId } },
    data: { deactivatedAt: when },
  });
}

/** A claim with a verdict waiting for sign-off, given by `by`. */
async function awaitingSignoff(by: keyof Fixture["actors"] = "reviewer") {
  const c = claim();
  await setVerdict(f.actors[by], {
    claimId: c.id,
    verdict: "disputed",
    rationale: "Only one side's figure",
    version: 1,
  });
  return { id: c.id, version: 2 };
}

describe("assigning a claim", () => {
  it("puts it in the reviewer's hands with a due date and priority, in review, with its event", async () => {
    const c = claim();
    const due = inDays(2);
    const effects = await effectsOf(() =>
      assignClaim(f.actors.editor, {
        claimId: c.id,
        version: 1,
        assigneeId: f.actors.reviewer.userId,
        dueAt: due,
        priority: "urgent",
      }),
    );
    const stored = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored).toMatchObject({
      assigneeId: f.actors.reviewer.userId,
      assignedById: f.actors.editor.userId,
      priority: "urgent",
      reviewStatus: "in_review",
      version: 2,
    });
    expect(stored.dueAt?.toISOString()).toBe(due);
    const events = await db.claimEvent.findMany({ where: { claimId: c.id } });
    expect(events).toHaveLength(1);
    expect(parseClaimEvent(events[0])).toEqual({
      action: "review.assigned",
      before: { assignee: null, dueAt: null, priority: "normal", status: "open" },
      after: {
        assignee: { id: f.actors.reviewer.userId, name: f.actors.reviewer.name },
        dueAt: due,
        priority: "urgent",
        status: "in_review",
      },
    });
    expect(events[0].actorId).toBe(f.actors.editor.userId);
    expect(effects).toEqual([
      {
        kind: "assigned",
        workspaceId: f.workspace.id,
        claimId: c.id,
        actorId: f.actors.editor.userId,
        userId: f.actors.reviewer.userId,
        dueAt: due,
        priority: "urgent",
      },
    ]);
  });

  it("reassigns (telling both people) and unassigns back to the open pool, keeping or clearing the due date", async () => {
    const c = claim();
    const due = inDays(3);
    await assignClaim(f.actors.editor, {
      claimId: c.id,
      version: 1,
      assigneeId: f.actors.reviewer.userId,
      dueAt: due,
      priority: "high",
    });
    const effects = await effectsOf(() =>
      assignClaim(f.actors.admin, { claimId: c.id, version: 2, assigneeId: f.actors.reviewer2.userId }),
    );
    expect(effects.map((e) => [e.kind, e.userId])).toEqual([
      ["assigned", f.actors.reviewer2.userId],
      ["unassigned", f.actors.reviewer.userId],
    ]);
    // Left out, the due date and priority stay as they were.
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      assigneeId: f.actors.reviewer2.userId,
      priority: "high",
      dueAt: new Date(due),
      reviewStatus: "in_review",
    });
    await assignClaim(f.actors.editor, { claimId: c.id, version: 3, assigneeId: null });
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      assigneeId: null,
      assignedById: null,
      dueAt: null,
      priority: "high",
      reviewStatus: "open",
      version: 4,
    });
    const actions = (await db.claimEvent.findMany({ where: { claimId: c.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["review.assigned", "review.assigned", "review.unassigned"]);
    expect(
      (await refusal(assignClaim(f.actors.editor, { claimId: c.id, version: 4, assigneeId: null }))).messageKey,
    ).toBe("errors.review.unassign.notAssigned");
  });

  it("is refused to viewers and reviewers, and changes nothing", async () => {
    const c = claim();
    const before = await snapshot(c.id);
    for (const who of ["viewer", "reviewer", "reviewer2"] as const) {
      const e = await refusal(
        assignClaim(f.actors[who], { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId }),
      );
      expect([who, e.code, e.messageKey]).toEqual([who, "FORBIDDEN", "errors.forbidden.claim.assign"]);
    }
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("only goes to an active reviewer, editor or admin of the workspace, by a date still to come", async () => {
    const c = claim();
    const before = await snapshot(c.id);
    const field = async (input: Partial<Parameters<typeof assignClaim>[1]>) => {
      const e = await refusal(
        assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId, ...input }),
      );
      expect(e.code).toBe("INVALID");
      return e.extra.fields;
    };
    expect(await field({ assigneeId: f.actors.viewer.userId })).toEqual({ assigneeId: "validation.assignee" });
    expect(await field({ assigneeId: other.actors.reviewer.userId })).toEqual({ assigneeId: "validation.assignee" });
    expect(await field({ assigneeId: "no-such-user" })).toEqual({ assigneeId: "validation.assignee" });
    expect(await field({ dueAt: inDays(-1) })).toEqual({ dueAt: "validation.dueInPast" });
    await deactivate("reviewer2", new Date());
    try {
      expect(await field({ assigneeId: f.actors.reviewer2.userId })).toEqual({ assigneeId: "validation.assignee" });
    } finally {
      await deactivate("reviewer2", null);
    }
    expect(await snapshot(c.id)).toEqual(before);
    // Editors and admins can be given claims too.
    await assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.admin.userId });
  });

  it("answers a stale page with a conflict that says who did what, when, and writes nothing", async () => {
    const c = claim();
    await assignClaim(f.actors.editor, {
      claimId: c.id,
      version: 1,
      assigneeId: f.actors.reviewer.userId,
      priority: "high",
    });
    const before = await snapshot(c.id);
    const e = await refusal(
      assignClaim(f.actors.admin, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer2.userId }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(e.messageKey).toBe("errors.conflict.review");
    const current = (e.extra.details as { current: TReviewState }).current;
    expect(current).toMatchObject({
      claimId: c.id,
      version: 2,
      status: "in_review",
      assignee: { id: f.actors.reviewer.userId, name: f.actors.reviewer.name },
      priority: "high",
      lastChange: { action: "review.assigned", by: f.actors.editor.name },
    });
    expect(Date.parse(current.lastChange!.at)).not.toBeNaN();
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("treats another workspace's claim as if it did not exist", async () => {
    const c = other.claims[0];
    const before = await snapshot(c.id);
    expect(
      (await refusal(assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await refusal(pickUpClaim(f.actors.reviewer, { claimId: c.id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await refusal(signOffClaim(f.actors.editor, { claimId: c.id, version: 1 }))).code).toBe("NOT_FOUND");
    expect((await refusal(requestChanges(f.actors.editor, { claimId: c.id, version: 1, note: "x" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await refusal(setVerdict(f.actors.editor, { claimId: c.id, verdict: "verified", rationale: "x", version: 1 })))
        .code,
    ).toBe("NOT_FOUND");
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("is refused to a deactivated editor", async () => {
    const c = claim();
    const before = await snapshot(c.id);
    await deactivate("editor", new Date());
    try {
      const e = await refusal(
        assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId }),
      );
      expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "errors.forbidden.deactivated"]);
    } finally {
      await deactivate("editor", null);
    }
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("by two editors at once: one wins, the other is told whose assignment stands", async () => {
    const c = claim();
    const results = await Promise.allSettled([
      assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId }),
      assignClaim(f.actors.editor2, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer2.userId }),
    ]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost).toBeDefined();
    const winner = won === 0 ? f.actors.editor : f.actors.editor2;
    const winnerAssignee = won === 0 ? f.actors.reviewer : f.actors.reviewer2;
    const e = lost.reason as AppError;
    expect(e.code).toBe("CONFLICT");
    expect((e.extra.details as { current: TReviewState }).current).toMatchObject({
      version: 2,
      assignee: { id: winnerAssignee.userId },
      lastChange: { action: "review.assigned", by: winner.name },
    });
    expect(await snapshot(c.id)).toMatchObject({ version: 2, assigneeId: winnerAssignee.userId, events: 1 });
  });
});

describe("picking up a claim", () => {
  it("puts an unassigned claim in the reviewer's own queue; a second reviewer is told who has it", async () => {
    const c = claim();
    await pickUpClaim(f.actors.reviewer, { claimId: c.id, version: 1 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      assigneeId: f.actors.reviewer.userId,
      reviewStatus: "in_review",
      version: 2,
    });
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: c.id } });
    expect(parseClaimEvent(event)).toMatchObject({
      action: "review.pickedUp",
      after: { assignee: { id: f.actors.reviewer.userId }, status: "in_review" },
    });
    const before = await snapshot(c.id);
    const taken = await refusal(pickUpClaim(f.actors.reviewer2, { claimId: c.id, version: 2 }));
    expect([taken.code, taken.messageKey, taken.extra.params]).toEqual([
      "CONFLICT",
      "errors.review.pickUp.taken",
      { name: f.actors.reviewer.name },
    ]);
    expect((await refusal(pickUpClaim(f.actors.reviewer, { claimId: c.id, version: 2 }))).messageKey).toBe(
      "errors.review.pickUp.alreadyYours",
    );
    expect(await snapshot(c.id)).toEqual(before);
  });

  it("is refused to viewers, to deactivated members, and on a verdict waiting for sign-off", async () => {
    const c = claim();
    const viewer = await refusal(pickUpClaim(f.actors.viewer, { claimId: c.id, version: 1 }));
    expect([viewer.code, viewer.messageKey]).toEqual(["FORBIDDEN", "errors.forbidden.claim.pickUp"]);
    await deactivate("reviewer2", new Date());
    try {
      expect((await refusal(pickUpClaim(f.actors.reviewer2, { claimId: c.id, version: 1 }))).messageKey).toBe(
        "errors.forbidden.deactivated",
      );
    } finally {
      await deactivate("reviewer2", null);
    }
    const waiting = await awaitingSignoff("editor");
    const e = await refusal(pickUpClaim(f.actors.reviewer, { claimId: waiting.id, version: waiting.version }));
    expect([e.code, e.messageKey]).toEqual(["CONFLICT", "errors.review.pickUp.awaitingSignoff"]);
    expect((e.extra.details as { current: TReviewState }).current.status).toBe("awaiting_signoff");
  });
});

describe("setting a verdict", () => {
  it("sends the claim to sign-off, telling the editor who assigned it", async () => {
    const c = claim();
    await assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId });
    const effects = await effectsOf(() =>
      setVerdict(f.actors.reviewer, { claimId: c.id, verdict: "verified", rationale: "Two wires confirm", version: 2 }),
    );
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      verdict: "verified",
      reviewStatus: "awaiting_signoff",
      reviewedById: f.actors.reviewer.userId,
      version: 3,
    });
    expect(effects.map((e) => [e.kind, e.userId])).toEqual([["awaiting_signoff", f.actors.editor.userId]]);
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: c.id, action: "verdict.set" } });
    expect(parseClaimEvent(event)).toEqual({
      action: "verdict.set",
      before: { verdict: "unreviewed", rationale: null, status: "in_review" },
      after: { verdict: "verified", rationale: "Two wires confirm", status: "awaiting_signoff" },
    });
  });

  it("is refused to a reviewer on a claim assigned to someone else, and to a deactivated reviewer", async () => {
    const c = claim();
    await assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer2.userId });
    const before = await snapshot(c.id);
    const e = await refusal(
      setVerdict(f.actors.reviewer, { claimId: c.id, verdict: "verified", rationale: "x", version: 2 }),
    );
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "errors.forbidden.verdict.assigned"]);
    await deactivate("reviewer2", new Date());
    try {
      expect(
        (
          await refusal(
            setVerdict(f.actors.reviewer2, { claimId: c.id, verdict: "verified", rationale: "x", version: 2 }),
          )
        ).messageKey,
      ).toBe("errors.forbidden.deactivated");
    } finally {
      await deactivate("reviewer2", null);
    }
    expect(await snapshot(c.id)).toEqual(before);
  });
});

describe("signing off", () => {
  it("signs off a reviewer's verdict, telling the reviewer", async () => {
    const c = await awaitingSignoff("reviewer");
    const effects = await effectsOf(() => signOffClaim(f.actors.editor, { claimId: c.id, version: c.version }));
    const stored = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored).toMatchObject({
      reviewStatus: "signed_off",
      signedOffById: f.actors.editor.userId,
      verdict: "disputed",
      version: 3,
    });
    expect(stored.signedOffAt).toBeInstanceOf(Date);
    expect(effects.map((e) => [e.kind, e.userId])).toEqual([["signed_off", f.actors.reviewer.userId]]);
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: c.id, action: "review.signedOff" } });
    expect(parseClaimEvent(event)).toEqual({
      action: "review.signedOff",
      before: { status: "awaiting_signoff" },
      after: { status: "signed_off", verdict: "disputed", rationale: "Only one side's figure" },
    });
  });

  it("is refused to whoever gave the verdict", async () => {
    const c = await awaitingSignoff("editor");
    const before = await snapshot(c.id);
    const e = await refusal(signOffClaim(f.actors.editor, { claimId: c.id, version: c.version }));
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "errors.review.signOff.ownVerdict"]);
    expect(await snapshot(c.id)).toEqual(before);
    await signOffClaim(f.actors.editor2, { claimId: c.id, version: c.version });
  });

  it("is refused to whoever last changed it, and to the one who first gave it after someone else changed it", async () => {
    const c = await awaitingSignoff("editor");
    await setVerdict(f.actors.admin, {
      claimId: c.id,
      verdict: "contradicted",
      rationale: "Admin's reading",
      version: 2,
    });
    const before = await snapshot(c.id);
    for (const who of ["editor", "admin"] as const) {
      const e = await refusal(signOffClaim(f.actors[who], { claimId: c.id, version: 3 }));
      expect([who, e.messageKey]).toEqual([who, "errors.review.signOff.ownVerdict"]);
    }
    expect(await snapshot(c.id)).toEqual(before);
    await signOffClaim(f.actors.editor2, { claimId: c.id, version: 3 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).signedOffById).toBe(f.actors.editor2.userId);
  });

  it("is refused to viewers and reviewers, on an unreviewed claim, and twice", async () => {
    const open = claim();
    for (const who of ["viewer", "reviewer"] as const) {
      const e = await refusal(signOffClaim(f.actors[who], { claimId: open.id, version: 1 }));
      expect([who, e.code, e.messageKey]).toEqual([who, "FORBIDDEN", "errors.forbidden.verdict.signOff"]);
    }
    const unreviewed = await refusal(signOffClaim(f.actors.editor, { claimId: open.id, version: 1 }));
    expect([unreviewed.code, unreviewed.messageKey]).toEqual(["CONFLICT", "errors.review.signOff.notAwaiting"]);
    expect(await snapshot(open.id)).toMatchObject({ version: 1, status: "open", events: 0 });
    const c = await awaitingSignoff("reviewer");
    await signOffClaim(f.actors.editor, { claimId: c.id, version: c.version });
    const twice = await refusal(signOffClaim(f.actors.admin, { claimId: c.id, version: c.version + 1 }));
    expect([twice.code, twice.messageKey]).toEqual(["CONFLICT", "errors.review.signOff.already"]);
    // From a page that still shows it waiting, the answer is that someone else got there first, and who.
    const late = await refusal(signOffClaim(f.actors.admin, { claimId: c.id, version: c.version }));
    expect([late.code, late.messageKey]).toEqual(["CONFLICT", "errors.conflict.review"]);
    expect((late.extra.details as { current: TReviewState }).current).toMatchObject({
      status: "signed_off",
      signedOffBy: { id: f.actors.editor.userId },
    });
  });

  it("answers a stale page with a conflict carrying the current state, and refuses a deactivated editor", async () => {
    const c = await awaitingSignoff("reviewer");
    const stale = await refusal(signOffClaim(f.actors.editor, { claimId: c.id, version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.extra.details as { current: TReviewState }).current).toMatchObject({
      status: "awaiting_signoff",
      verdict: "disputed",
      version: 2,
      reviewedBy: f.actors.reviewer.name,
      lastChange: { action: "verdict.set", by: f.actors.reviewer.name },
    });
    await deactivate("editor", new Date());
    try {
      expect((await refusal(signOffClaim(f.actors.editor, { claimId: c.id, version: 2 }))).messageKey).toBe(
        "errors.forbidden.deactivated",
      );
    } finally {
      await deactivate("editor", null);
    }
    expect(await snapshot(c.id)).toMatchObject({ status: "awaiting_signoff", version: 2, events: 1 });
  });

  it("by two editors at once: one wins, the other sees who signed it off and when; one event", async () => {
    const c = await awaitingSignoff("reviewer");
    const results = await Promise.allSettled([
      signOffClaim(f.actors.editor, { claimId: c.id, version: c.version }),
      signOffClaim(f.actors.editor2, { claimId: c.id, version: c.version }),
    ]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult | undefined;
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost).toBeDefined();
    const winner = won === 0 ? f.actors.editor : f.actors.editor2;
    const e = lost!.reason as AppError;
    expect(e.code).toBe("CONFLICT");
    const current = (e.extra.details as { current: TReviewState }).current;
    expect(current).toMatchObject({
      status: "signed_off",
      signedOffBy: { id: winner.userId, name: winner.name },
      version: 3,
      lastChange: { action: "review.signedOff", by: winner.name },
    });
    expect(current.signedOffAt).not.toBeNull();
    expect(await db.claimEvent.count({ where: { claimId: c.id, action: "review.signedOff" } })).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).signedOffById).toBe(winner.userId);
  });
});

describe("requesting changes", () => {
  it("sends the verdict back with a note the reviewer sees, until they set it again; then it can be signed off", async () => {
    const c = claim();
    await assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId });
    await setVerdict(f.actors.reviewer, { claimId: c.id, verdict: "verified", rationale: "One source", version: 2 });
    const note = "Add a second, independent source for the 14,000 figure.";
    const effects = await effectsOf(() => requestChanges(f.actors.editor, { claimId: c.id, version: 3, note }));
    expect(effects.map((e) => [e.kind, e.userId])).toEqual([["changes_requested", f.actors.reviewer.userId]]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      reviewStatus: "changes_requested",
      changesNote: note,
      version: 4,
    });
    expect((await getClaimReview(f.actors.reviewer, c.id)).changesNote).toBe(note);
    // Sending back does not make the editor an author: after the reviewer's new verdict they may sign off.
    await setVerdict(f.actors.reviewer, {
      claimId: c.id,
      verdict: "verified",
      rationale: "Two sources now",
      version: 4,
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      reviewStatus: "awaiting_signoff",
      changesNote: null,
    });
    await signOffClaim(f.actors.editor, { claimId: c.id, version: 5 });
    const actions = (await db.claimEvent.findMany({ where: { claimId: c.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "review.assigned",
      "verdict.set",
      "review.changesRequested",
      "verdict.set",
      "review.signedOff",
    ]);
  });

  it("is refused on one's own verdict, to reviewers, and when nothing is waiting for sign-off", async () => {
    const c = await awaitingSignoff("editor");
    const before = await snapshot(c.id);
    expect((await refusal(requestChanges(f.actors.editor, { claimId: c.id, version: 2, note: "x" }))).messageKey).toBe(
      "errors.review.requestChanges.ownVerdict",
    );
    expect(
      (await refusal(requestChanges(f.actors.reviewer, { claimId: c.id, version: 2, note: "x" }))).messageKey,
    ).toBe("errors.forbidden.verdict.signOff");
    expect(await snapshot(c.id)).toEqual(before);
    const open = claim();
    const e = await refusal(requestChanges(f.actors.editor, { claimId: open.id, version: 1, note: "x" }));
    expect([e.code, e.messageKey]).toEqual(["CONFLICT", "errors.review.requestChanges.notAwaiting"]);
  });
});

describe("correcting a signed-off verdict", () => {
  it("needs a reason, records the correction, reopens the claim for sign-off and tells whoever signed it off", async () => {
    const c = await awaitingSignoff("reviewer");
    await signOffClaim(f.actors.editor, { claimId: c.id, version: 2 });
    const before = await snapshot(c.id);
    const noReason = await refusal(
      setVerdict(f.actors.reviewer, { claimId: c.id, verdict: "contradicted", rationale: "New footage", version: 3 }),
    );
    expect([noReason.code, noReason.extra.fields]).toEqual(["INVALID", { reason: "validation.reasonRequired" }]);
    expect(await snapshot(c.id)).toEqual(before);

    const effects = await effectsOf(() =>
      setVerdict(f.actors.reviewer, {
        claimId: c.id,
        verdict: "contradicted",
        rationale: "New footage",
        version: 3,
        reason: "Geolocated video shows the unit elsewhere",
      }),
    );
    expect(effects.map((e) => [e.kind, e.userId])).toEqual([["corrected", f.actors.editor.userId]]);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored).toMatchObject({
      verdict: "contradicted",
      reviewStatus: "awaiting_signoff",
      signedOffById: null,
      signedOffAt: null,
      version: 4,
    });
    const corrections = await db.correction.findMany({ where: { claimId: c.id } });
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({
      workspaceId: f.workspace.id,
      fromVerdict: "disputed",
      toVerdict: "contradicted",
      reason: "Geolocated video shows the unit elsewhere",
      byId: f.actors.reviewer.userId,
    });
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: c.id, action: "verdict.corrected" } });
    expect(parseClaimEvent(event)).toMatchObject({
      action: "verdict.corrected",
      before: { verdict: "disputed", status: "signed_off", signedOffBy: { id: f.actors.editor.userId } },
      after: {
        verdict: "contradicted",
        status: "awaiting_signoff",
        reason: "Geolocated video shows the unit elsewhere",
        correctionId: corrections[0].id,
      },
    });
    expect((await getClaimReview(f.actors.viewer, c.id)).corrections).toMatchObject([
      { fromVerdict: "disputed", toVerdict: "contradicted", by: { id: f.actors.reviewer.userId } },
    ]);

    // The new verdict needs a new sign-off; the one who signed off the old one is not its author.
    await signOffClaim(f.actors.editor, { claimId: c.id, version: 4 });
    expect(await snapshot(c.id)).toMatchObject({ status: "signed_off", version: 5, corrections: 1 });
  });

  it("makes the corrector an author of the new verdict: they cannot sign it off", async () => {
    const c = await awaitingSignoff("reviewer");
    await signOffClaim(f.actors.editor2, { claimId: c.id, version: 2 });
    await setVerdict(f.actors.editor, {
      claimId: c.id,
      verdict: "verified",
      rationale: "Confirmed",
      version: 3,
      reason: "Kyiv confirmed the figure",
    });
    expect((await refusal(signOffClaim(f.actors.editor, { claimId: c.id, version: 4 }))).messageKey).toBe(
      "errors.review.signOff.ownVerdict",
    );
    // editor2 signed off the old verdict and had no hand in the new one, so they may sign it off.
    await signOffClaim(f.actors.editor2, { claimId: c.id, version: 4 });
  });

  it("counts only who gave or changed the verdict since its last sign-off", async () => {
    // The editor gave the first verdict; editor2 signed it off; the admin corrected it. The correction
    // is the verdict now under review, and the editor had no hand in it.
    const c = await awaitingSignoff("editor");
    await signOffClaim(f.actors.editor2, { claimId: c.id, version: 2 });
    await setVerdict(f.actors.admin, {
      claimId: c.id,
      verdict: "verified",
      rationale: "Both sides now agree",
      version: 3,
      reason: "Russia's ministry confirmed it",
    });
    expect((await refusal(signOffClaim(f.actors.admin, { claimId: c.id, version: 4 }))).messageKey).toBe(
      "errors.review.signOff.ownVerdict",
    );
    await signOffClaim(f.actors.editor, { claimId: c.id, version: 4 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: c.id } })).signedOffById).toBe(f.actors.editor.userId);
  });
});

describe("bulk assignment", () => {
  it("assigns every listed claim in one go, each with its event", async () => {
    const cs = [claim(), claim(), claim()];
    const due = inDays(5);
    const result = await bulkAssignClaims(f.actors.editor, {
      claims: cs.map((c) => ({ id: c.id, version: 1 })),
      assigneeId: f.actors.reviewer2.userId,
      dueAt: due,
      priority: "high",
    });
    expect(result.claims.map((r) => [r.claimId, r.version, r.status]).sort()).toEqual(
      cs.map((c) => [c.id, 2, "in_review"]).sort(),
    );
    for (const c of cs) {
      expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
        assigneeId: f.actors.reviewer2.userId,
        priority: "high",
        dueAt: new Date(due),
        version: 2,
      });
      const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: c.id } });
      expect(parseClaimEvent(event)).toMatchObject({
        action: "review.assigned",
        after: { bulk: true, assignee: { id: f.actors.reviewer2.userId } },
      });
    }
  });

  it("is all or nothing: when one claim changed under it, nothing is assigned and the conflict lists it with what changed", async () => {
    const cs = [claim(), claim(), claim()];
    await pickUpClaim(f.actors.reviewer, { claimId: cs[1].id, version: 1 });
    const before = await Promise.all(cs.map((c) => snapshot(c.id)));
    const e = await refusal(
      bulkAssignClaims(f.actors.editor, {
        claims: cs.map((c) => ({ id: c.id, version: 1 })),
        assigneeId: f.actors.reviewer2.userId,
      }),
    );
    expect([e.code, e.messageKey, e.extra.params]).toEqual(["CONFLICT", "errors.conflict.bulk", { count: 1 }]);
    const changed = (e.extra.details as { changed: { id: string; current: TReviewState }[] }).changed;
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      id: cs[1].id,
      current: {
        version: 2,
        status: "in_review",
        assignee: { id: f.actors.reviewer.userId },
        lastChange: { action: "review.pickedUp", by: f.actors.reviewer.name },
      },
    });
    expect(await Promise.all(cs.map((c) => snapshot(c.id)))).toEqual(before);
  });

  it("is all or nothing against a concurrent single assignment too: never half-done", async () => {
    const cs = [claim(), claim(), claim(), claim()];
    const results = await Promise.allSettled([
      bulkAssignClaims(f.actors.editor, {
        claims: cs.map((c) => ({ id: c.id, version: 1 })),
        assigneeId: f.actors.reviewer2.userId,
      }),
      assignClaim(f.actors.editor2, { claimId: cs[3].id, version: 1, assigneeId: f.actors.reviewer.userId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await Promise.all(cs.map((c) => db.claim.findUniqueOrThrow({ where: { id: c.id } })));
    if (results[0].status === "fulfilled") {
      expect(rows.map((r) => r.assigneeId)).toEqual(cs.map(() => f.actors.reviewer2.userId));
    } else {
      expect(
        ((results[0].reason as AppError).extra.details as { changed: { id: string }[] }).changed.map((x) => x.id),
      ).toEqual([cs[3].id]);
      expect(rows.map((r) => [r.assigneeId, r.version])).toEqual([
        [null, 1],
        [null, 1],
        [null, 1],
        [f.actors.reviewer.userId, 2],
      ]);
    }
  });

  it("refuses the whole batch for a signed-off claim, another workspace's claim, or a reviewer", async () => {
    const fresh = claim();
    const done = await awaitingSignoff("reviewer");
    await signOffClaim(f.actors.editor, { claimId: done.id, version: 2 });
    const refused = await refusal(
      bulkAssignClaims(f.actors.editor, {
        claims: [
          { id: fresh.id, version: 1 },
          { id: done.id, version: 3 },
        ],
        assigneeId: f.actors.reviewer.userId,
      }),
    );
    expect([refused.code, refused.messageKey, refused.extra.details]).toEqual([
      "CONFLICT",
      "errors.review.bulk.refused",
      { refused: [{ id: done.id, reason: "errors.review.assign.signedOff" }] },
    ]);
    const foreign = await refusal(
      bulkAssignClaims(f.actors.editor, {
        claims: [
          { id: fresh.id, version: 1 },
          { id: other.claims[1].id, version: 1 },
        ],
        assigneeId: f.actors.reviewer.userId,
      }),
    );
    expect([foreign.code, foreign.extra.details]).toEqual(["NOT_FOUND", { missing: [other.claims[1].id] }]);
    const reviewer = await refusal(
      bulkAssignClaims(f.actors.reviewer, {
        claims: [{ id: fresh.id, version: 1 }],
        assigneeId: f.actors.reviewer.userId,
      }),
    );
    expect([reviewer.code, reviewer.messageKey]).toEqual(["FORBIDDEN", "errors.forbidden.claim.assign"]);
    expect(await snapshot(fresh.id)).toMatchObject({ version: 1, assigneeId: null, events: 0 });
    expect(await snapshot(other.claims[1].id)).toMatchObject({ version: 1, assigneeId: null, events: 0 });
  });
});

describe("the effect hook", () => {
  it("runs inside the transition's transaction: a handler that fails undoes the transition", async () => {
    const c = claim();
    const before = await snapshot(c.id);
    const off = onWorkflowEffect(async (tx, e) => {
      // Whatever a handler writes goes with the transition; this one writes, then fails.
      await tx.claimEvent.create({
        data: { workspaceId: e.workspaceId, claimId: e.claimId, actorId: null, action: "handler.wrote" },
      });
      throw new Error("notification store unavailable");
    });
    try {
      await expect(
        assignClaim(f.actors.editor, { claimId: c.id, version: 1, assigneeId: f.actors.reviewer.userId }),
      ).rejects.toThrow("notification store unavailable");
    } finally {
      off();
    }
    expect(await snapshot(c.id)).toEqual(before);
  });
});

describe("the history the workflow writes", () => {
  it("parses, every row, with the typed schema", async () => {
    expect(await versionOf(f.claims[0].id)).toBeGreaterThan(1);
    const rows = await db.claimEvent.findMany({ where: { workspaceId: f.workspace.id } });
    expect(rows.length).toBeGreaterThan(40);
    const unparsed = rows.filter((r) => parseClaimEvent(r) === null).map((r) => r.action);
    expect(unparsed).toEqual([]);
  });
});
