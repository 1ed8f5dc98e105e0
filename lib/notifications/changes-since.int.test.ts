import { beforeAll, describe, expect, it } from "vitest";
import { setVerdict, addEvidence } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { addComment } from "@/lib/comments/comments";
import { changesSince, CHANGES_LIMIT } from "@/lib/notifications/changes-since";
import { refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 3 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

describe("changes since the page loaded", () => {
  it("says nothing changed while nothing did", async () => {
    const claim = f.claims[0];
    const r = await changesSince(f.actors.viewer, { claimId: claim.id, version: 1 });
    expect(r).toEqual({ version: 1, stale: false, changed: false, events: [], more: false, latestEventId: null });
  });

  it("reports a newer version as stale, with who did what since the page's last event", async () => {
    const claim = f.claims[1];
    await addEvidence(f.actors.reviewer, {
      claimId: claim.id,
      url: "https://example.org/a",
      title: "A",
      stance: "supports",
    });
    // The page is rendered now: version 1, and the evidence event as its newest history entry.
    const page = await getClaimDetail(f.actors.editor, claim.id);
    const seen = { version: page.version, after: page.events[0].id };
    expect(await changesSince(f.actors.editor, { claimId: claim.id, ...seen })).toMatchObject({
      changed: false,
      stale: false,
      events: [],
    });

    await setVerdict(f.actors.reviewer2, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "Kyiv denies it",
      version: 1,
    });
    await addComment(f.actors.reviewer2, { claimId: claim.id, body: "Set to disputed, see the denial." });

    const r = await changesSince(f.actors.editor, { claimId: claim.id, ...seen });
    expect(r).toMatchObject({ version: 2, stale: true, changed: true, more: false });
    expect(r.events.map((e) => e.action)).toEqual(["comment.added", "verdict.set"]);
    expect(r.events[1]).toMatchObject({
      actor: { id: f.actors.reviewer2.userId, name: f.actors.reviewer2.name },
      after: { verdict: "disputed", rationale: "Kyiv denies it" },
    });
    expect(r.latestEventId).toBe(r.events[0].id);
    // Polling again from the latest event: nothing new, though the page's version is still the old one.
    expect(
      await changesSince(f.actors.editor, { claimId: claim.id, version: 1, after: r.latestEventId! }),
    ).toMatchObject({ stale: true, events: [] });
    expect(
      await changesSince(f.actors.editor, { claimId: claim.id, version: 2, after: r.latestEventId! }),
    ).toMatchObject({ changed: false, latestEventId: r.latestEventId });
  });

  it("reports activity that does not move the version (a comment) as changed but not stale", async () => {
    const claim = f.claims[2];
    const first = await addComment(f.actors.reviewer, { claimId: claim.id, body: "first" });
    const page = await getClaimDetail(f.actors.viewer, claim.id);
    await addComment(f.actors.editor, { claimId: claim.id, body: "second" });
    const r = await changesSince(f.actors.viewer, {
      claimId: claim.id,
      version: page.version,
      after: page.events[0].id,
    });
    expect(r).toMatchObject({ stale: false, changed: true });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ action: "comment.added", after: { body: "second" } });
    expect(first).toBeTruthy();
  });

  it("returns at most a bounded number of events, saying there were more", async () => {
    const claim = f.claims[0];
    for (let i = 0; i < CHANGES_LIMIT + 2; i++)
      await addComment(f.actors.reviewer, { claimId: claim.id, body: `note ${i}` });
    const r = await changesSince(f.actors.viewer, { claimId: claim.id, version: 1 });
    expect(r.events).toHaveLength(CHANGES_LIMIT);
    expect(r.more).toBe(true);
    expect(r.events[0].after).toMatchObject({ body: `note ${CHANGES_LIMIT + 1}` });
  });

  it("does not reach another workspace's claim or an event of another claim", async () => {
    expect(await refusal(changesSince(f.actors.editor, { claimId: other.claims[0].id, version: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      key: "errors.claimNotFound",
    });
    const elsewhere = await addComment(other.actors.reviewer, { claimId: other.claims[0].id, body: "theirs" });
    const theirEvent = (await getClaimDetail(other.actors.viewer, other.claims[0].id)).events[0].id;
    expect(elsewhere).toBeTruthy();
    expect(
      await refusal(changesSince(f.actors.editor, { claimId: f.claims[0].id, version: 1, after: theirEvent })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});
