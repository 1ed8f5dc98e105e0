import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { countClaimsByVerdict, listClaims } from "@/lib/claims/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { assignClaim, pickUpClaim, requestChanges, signOffClaim } from "@/lib/reviews/workflow";
import { deskOverview, getClaimReview, listAssignees, listQueue } from "@/lib/reviews/queries";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
const HOUR = 3_600_000;
// One base time, so claims "due in 10h" share exactly the same due date and priority breaks the tie.
const base = Date.now();
const at = (hours: number) => new Date(base + hours * HOUR).toISOString();
/** A moment two days from now, when the claims due within a day are overdue. */
const later = () => new Date(Date.now() + 48 * HOUR);

// The reviewer's claims, set up once:
//   c0 due in 30h, normal   c1 due in 10h, low      c2 due in 10h, urgent
//   c3 no due date, urgent  c4 due in 10h, awaiting sign-off (their verdict)
//   c5 signed off           c6 changes requested, due in 20h
// reviewer2: c7 (due in 10h). Unassigned: the rest.
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 12 });
  const { editor, reviewer, reviewer2 } = f.actors;
  const c = f.claims;
  const assign = (
    i: number,
    assigneeId: string,
    dueAt: string | null,
    priority: "low" | "normal" | "high" | "urgent",
  ) => assignClaim(editor, { claimId: c[i].id, version: 1, assigneeId, dueAt, priority });
  await assign(0, reviewer.userId, at(30), "normal");
  await assign(1, reviewer.userId, at(10), "low");
  await assign(2, reviewer.userId, at(10), "urgent");
  await assign(3, reviewer.userId, null, "urgent");
  await assign(4, reviewer.userId, at(10), "normal");
  await setVerdict(reviewer, { claimId: c[4].id, verdict: "verified", rationale: "ok", version: 2 });
  await assign(5, reviewer.userId, null, "normal");
  await setVerdict(reviewer, { claimId: c[5].id, verdict: "contradicted", rationale: "no", version: 2 });
  await signOffClaim(editor, { claimId: c[5].id, version: 3 });
  await assign(6, reviewer.userId, at(20), "high");
  await setVerdict(reviewer, { claimId: c[6].id, verdict: "disputed", rationale: "hm", version: 2 });
  await requestChanges(editor, { claimId: c[6].id, version: 3, note: "Say whose estimate it is" });
  await assign(7, reviewer2.userId, at(10), "normal");
});

describe("a reviewer's queue", () => {
  it("lists their unfinished claims by due date (none last), most urgent first, with counts per status", async () => {
    const q = await listQueue(f.actors.reviewer);
    const c = f.claims;
    expect(q.items.map((i) => i.id)).toEqual([c[2].id, c[4].id, c[1].id, c[6].id, c[0].id, c[3].id]);
    expect(q.total).toBe(6);
    expect(q.counts).toEqual({ open: 0, in_review: 4, awaiting_signoff: 1, changes_requested: 1, signed_off: 1 });
    expect(q.items.find((i) => i.id === c[6].id)).toMatchObject({
      reviewStatus: "changes_requested",
      changesNote: "Say whose estimate it is",
      priority: "high",
    });
    expect(q.items.every((i) => !i.overdue)).toBe(true);
    expect(q.overdue).toBe(0);
  });

  it("flags what is overdue: past due and still with the reviewer (not a verdict waiting for sign-off)", async () => {
    const q = await listQueue(f.actors.reviewer, {}, later());
    const c = f.claims;
    const overdue = q.items.filter((i) => i.overdue).map((i) => i.id);
    expect(overdue.sort()).toEqual([c[0].id, c[1].id, c[2].id, c[6].id].sort());
    expect(q.overdue).toBe(4);
  });

  it("filters by status, pages, and shows nobody else's claims", async () => {
    const signed = await listQueue(f.actors.reviewer, { status: "signed_off" });
    expect(signed.items.map((i) => i.id)).toEqual([f.claims[5].id]);
    const page2 = await listQueue(f.actors.reviewer, { page: 2, pageSize: 4 });
    expect(page2.items.map((i) => i.id)).toEqual([f.claims[0].id, f.claims[3].id]);
    expect((await listQueue(f.actors.reviewer2)).items.map((i) => i.id)).toEqual([f.claims[7].id]);
    expect((await listQueue(f.actors.viewer)).total).toBe(0);
  });
});

describe("the editor's desk", () => {
  it("shows per article the claims per status and verdict, per reviewer the open workload and overdue, and recent activity", async () => {
    const desk = await deskOverview(f.actors.editor, {}, later());
    expect(desk.articleTotal).toBe(1);
    expect(desk.articles[0]).toMatchObject({
      id: f.article.id,
      total: 12,
      statuses: { open: 4, in_review: 5, awaiting_signoff: 1, changes_requested: 1, signed_off: 1 },
      verdicts: { unreviewed: 9, verified: 1, disputed: 1, contradicted: 1 },
      overdue: 5,
    });
    expect(desk.statuses).toEqual({ open: 4, in_review: 5, awaiting_signoff: 1, changes_requested: 1, signed_off: 1 });
    const byName = Object.fromEntries(desk.reviewers.map((r) => [r.id, r]));
    expect(byName[f.actors.reviewer.userId]).toMatchObject({ open: 5, overdue: 4 });
    expect(byName[f.actors.reviewer2.userId]).toMatchObject({ open: 1, overdue: 1 });
    expect(byName[f.actors.viewer.userId]).toBeUndefined();
    expect(desk.feed.length).toBeGreaterThan(10);
    expect(desk.feed[0]).toMatchObject({
      action: "review.assigned",
      actor: { name: f.actors.editor.name },
      claim: { id: f.claims[7].id },
    });
    expect(desk.feed[0].event?.action).toBe("review.assigned");
    expect(desk.feed.every((e) => e.event !== null)).toBe(true);
    const times = desk.feed.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("is bounded, and only for editors and admins", async () => {
    expect((await deskOverview(f.actors.admin, { feedSize: 3 })).feed).toHaveLength(3);
    for (const who of ["viewer", "reviewer"] as const) {
      const e = await deskOverview(f.actors[who]).catch((x: unknown) => x);
      expect(e instanceof AppError && e.code).toBe("FORBIDDEN");
    }
  });
});

describe("the claims list's review filters", () => {
  it("filters by status, assignee (me, none, someone) and overdue, and returns assignee, status, due date and priority", async () => {
    const ids = async (actor: keyof Fixture["actors"], filters: Record<string, string>) =>
      (await listClaims(f.actors[actor], ZClaimFilters.parse(filters))).claims.map((c) => c.id).sort();
    const c = f.claims;
    expect(await ids("reviewer", { assignee: "me", status: "in_review" })).toEqual(
      [c[0].id, c[1].id, c[2].id, c[3].id].sort(),
    );
    expect(await ids("viewer", { assignee: f.actors.reviewer2.userId })).toEqual([c[7].id]);
    expect(await ids("viewer", { assignee: "none" })).toEqual(
      c
        .slice(8)
        .map((x) => x.id)
        .sort(),
    );
    expect(await ids("viewer", { status: "awaiting_signoff" })).toEqual([c[4].id]);
    expect(await ids("viewer", { overdue: "1" })).toEqual([]);
    const row = (await listClaims(f.actors.viewer, ZClaimFilters.parse({ assignee: f.actors.reviewer2.userId })))
      .claims[0];
    expect(row).toMatchObject({
      reviewStatus: "in_review",
      priority: "normal",
      assignee: { id: f.actors.reviewer2.userId, name: f.actors.reviewer2.name },
      overdue: false,
    });
    expect(row.dueAt).toBeInstanceOf(Date);
    // Time passes: c7's due date is now behind it.
    await db.claim.update({ where: { id: c[7].id }, data: { dueAt: new Date(Date.now() - HOUR) } });
    expect(await ids("viewer", { overdue: "1" })).toEqual([c[7].id]);
    expect((await listClaims(f.actors.viewer, ZClaimFilters.parse({ overdue: "1" }))).claims[0].overdue).toBe(true);
    expect(await ids("viewer", { overdue: "1", status: "awaiting_signoff" })).toEqual([]);
    expect((await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ assignee: "none" }))).total).toBe(4);
  });
});

describe("a claim's review panel", () => {
  it("says which actions this actor may take now, and why not", async () => {
    const waiting = f.claims[4].id;
    const byReviewer = await getClaimReview(f.actors.reviewer, waiting);
    expect(byReviewer.actions.signOff).toEqual({
      allowed: false,
      reason: "errors.forbidden.verdict.signOff",
      params: undefined,
    });
    const byEditor = await getClaimReview(f.actors.editor, waiting);
    expect(byEditor).toMatchObject({ reviewStatus: "awaiting_signoff", assignee: { id: f.actors.reviewer.userId } });
    expect(byEditor.actions.signOff).toEqual({ allowed: true });
    expect(byEditor.actions.requestChanges).toEqual({ allowed: true });
    const open = await getClaimReview(f.actors.reviewer2, f.claims[9].id);
    expect(
      Object.entries(open.actions)
        .filter(([, a]) => a.allowed)
        .map(([k]) => k),
    ).toEqual(["pickUp", "submitVerdict"]);
    await pickUpClaim(f.actors.reviewer, { claimId: f.claims[9].id, version: 1 });
    expect((await getClaimReview(f.actors.reviewer2, f.claims[9].id)).actions.pickUp).toEqual({
      allowed: false,
      reason: "errors.review.pickUp.taken",
      params: { name: f.actors.reviewer.name },
    });
  });
});

describe("who can be assigned", () => {
  it("is every active reviewer, editor and admin, not viewers or deactivated members", async () => {
    const { actors } = f;
    await db.membership.update({
      where: { userId_workspaceId: { userId: actors.editor2.userId, workspaceId: f.workspace.id } },
      data: { deactivatedAt: new Date() },
    });
    const ids = (await listAssignees(actors.editor)).map((m) => m.id).sort();
    expect(ids).toEqual(
      [actors.reviewer.userId, actors.reviewer2.userId, actors.editor.userId, actors.admin.userId].sort(),
    );
  });
});
