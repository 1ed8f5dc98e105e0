import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { loadSynthetic, type LoadTotals } from "@/lib/synthetic/load";
import { readClaimCounts, verifyCounters } from "@/lib/counters/counters";
import { parseClaimEvent } from "@/lib/claims/events";
import { createWorkspaceFixture, uniq, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let totals: LoadTotals;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 0 });
  await client.connect();
  await client.query("BEGIN");
  totals = await loadSynthetic(client, {
    workspaceId: f.workspace.id,
    claims: 400,
    seed: 3,
    now: new Date("2026-01-01T00:00:00Z"),
    idPrefix: `${uniq("t")}_`,
  });
  await client.query("COMMIT");
});
afterAll(async () => {
  await client.end();
});

describe("the synthetic data loader (small N)", () => {
  it("writes exactly the claims asked for, with their articles, evidence and history", async () => {
    const ws = f.workspace.id;
    expect(totals.claims).toBe(400);
    expect(await db.claim.count({ where: { workspaceId: ws } })).toBe(400);
    expect(await db.article.count({ where: { workspaceId: ws } })).toBe(totals.articles + 1); // + the fixture's
    expect(await db.evidence.count({ where: { workspaceId: ws } })).toBe(totals.evidence);
    expect(await db.claimEvent.count({ where: { workspaceId: ws } })).toBe(totals.events);
  });

  it("keeps the claim counters right (triggers on, deltas folded)", async () => {
    expect(await verifyCounters(db, f.workspace.id)).toEqual([]);
    expect((await readClaimCounts(db, f.workspace.id)).total).toBe(400);
  });

  it("gives claims a consistent review workflow among the workspace's real members", async () => {
    const ws = f.workspace.id;
    const memberIds = new Set((await db.membership.findMany({ where: { workspaceId: ws } })).map((m) => m.userId));
    const claims = await db.claim.findMany({ where: { workspaceId: ws } });
    const statuses = new Set(claims.map((c) => c.reviewStatus));
    expect([...statuses].sort()).toEqual(["awaiting_signoff", "changes_requested", "in_review", "open", "signed_off"]);
    for (const c of claims) {
      if (c.verdict === "unreviewed") {
        expect(["open", "in_review"]).toContain(c.reviewStatus);
        expect(c.reviewedById).toBeNull();
      } else {
        expect(["awaiting_signoff", "changes_requested", "signed_off"]).toContain(c.reviewStatus);
        expect(memberIds.has(c.reviewedById!)).toBe(true);
      }
      if (c.reviewStatus === "open") expect(c.assigneeId).toBeNull();
      else {
        expect(memberIds.has(c.assigneeId!)).toBe(true);
        expect(c.dueAt!.getTime()).toBeGreaterThan(c.assignedAt!.getTime());
      }
      if (c.reviewStatus === "signed_off") {
        expect(memberIds.has(c.signedOffById!)).toBe(true);
        expect(c.signedOffById).not.toBe(c.reviewedById); // a second pair of eyes
      } else expect(c.signedOffById).toBeNull();
      if (c.reviewStatus === "changes_requested") expect(c.changesNote).toBeTruthy();
    }
  });

  it("writes each claim's history as typed events that the app can read, in order", async () => {
    const claims = await db.claim.findMany({
      where: { workspaceId: f.workspace.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    for (const c of claims) {
      const events = c.events.map((e) => parseClaimEvent(e));
      expect(events.every((e) => e !== null)).toBe(true);
      expect(events[0]!.action).toBe("claim.created");
      const verdictSet = events.find((e) => e!.action === "verdict.set");
      if (c.verdict === "unreviewed") expect(verdictSet).toBeUndefined();
      else expect(verdictSet?.after).toMatchObject({ verdict: c.verdict, rationale: c.rationale });
      if (c.reviewStatus === "signed_off") expect(events.at(-1)!.action).toBe("review.signedOff");
    }
  });
});
