// Every row of the transition table, and every status an action is refused from, driven through the
// real domain functions on a real database: the table in lib/reviews/transitions.ts is what the
// server does, not just what it says.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { assignClaim, pickUpClaim, requestChanges, signOffClaim } from "@/lib/reviews/workflow";
import {
  REVIEW_ACTIONS,
  STATE_REFUSALS,
  TRANSITIONS,
  type TReviewAction,
  type TTransition,
} from "@/lib/reviews/transitions";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let next = 0;

beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 40 });
});

type TStart = { id: string; version: number };

/**
 * A fresh claim brought to `status` the way users would, assigned to the first reviewer unless
 * `assigned` is false. Two starting points cannot be reached through the workflow and are set in the
 * database: an open claim with an assignee (data from before the workflow) and a claim in review whose
 * assignee's account was deleted (the foreign key sets it to null).
 */
async function bring(status: TReviewStatus, assigned: boolean): Promise<TStart> {
  const { editor, reviewer } = f.actors;
  const c = f.claims[next++];
  let v = 1;
  if (status === "open") {
    if (assigned) await db.claim.update({ where: { id: c.id }, data: { assigneeId: reviewer.userId } });
    return { id: c.id, version: v };
  }
  if (assigned) v = (await assignClaim(editor, { claimId: c.id, version: v, assigneeId: reviewer.userId })).version;
  if (status === "in_review") {
    if (!assigned) {
      v = (await assignClaim(editor, { claimId: c.id, version: v, assigneeId: reviewer.userId })).version;
      await db.claim.update({ where: { id: c.id }, data: { assigneeId: null } });
    }
    return { id: c.id, version: v };
  }
  v = (await setVerdict(reviewer, { claimId: c.id, verdict: "disputed", rationale: "Sources differ", version: v }))
    .version;
  if (status === "awaiting_signoff") return { id: c.id, version: v };
  if (status === "changes_requested") {
    v = (await requestChanges(editor, { claimId: c.id, version: v, note: "Name the sources" })).version;
    return { id: c.id, version: v };
  }
  v = (await signOffClaim(editor, { claimId: c.id, version: v })).version;
  return { id: c.id, version: v };
}

/** Takes `action` as someone entitled to it who had no hand in the verdict (editor2, reviewer2). */
function take(action: TReviewAction, c: TStart) {
  const { editor2, reviewer, reviewer2 } = f.actors;
  switch (action) {
    case "assign":
      return assignClaim(editor2, { claimId: c.id, version: c.version, assigneeId: reviewer2.userId });
    case "unassign":
      return assignClaim(editor2, { claimId: c.id, version: c.version, assigneeId: null });
    case "pickUp":
      return pickUpClaim(reviewer2, { claimId: c.id, version: c.version });
    case "submitVerdict":
      return setVerdict(reviewer, { claimId: c.id, verdict: "verified", rationale: "Confirmed", version: c.version });
    case "correctVerdict":
      return setVerdict(reviewer, {
        claimId: c.id,
        verdict: "verified",
        rationale: "Confirmed",
        version: c.version,
        reason: "New evidence",
      });
    case "signOff":
      return signOffClaim(editor2, { claimId: c.id, version: c.version });
    case "requestChanges":
      return requestChanges(editor2, { claimId: c.id, version: c.version, note: "More sources" });
  }
}

describe("every transition in the table", () => {
  for (const t of TRANSITIONS as readonly TTransition[]) {
    it(`${t.from} → ${t.action} → ${t.to}`, async () => {
      const c = await bring(t.from, t.requires !== "unassigned");
      const events = await db.claimEvent.count({ where: { claimId: c.id } });
      await take(t.action, c);
      const after = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
      expect([after.reviewStatus, after.version]).toEqual([t.to, c.version + 1]);
      expect(await db.claimEvent.count({ where: { claimId: c.id } })).toBe(events + 1);
    });
  }
});

// submitVerdict and correctVerdict are one API (setting the verdict), which picks the one the status
// allows, so neither is ever refused for its status from outside: the unit tests cover their refusals.
const REACHABLE = REVIEW_ACTIONS.filter((a) => a !== "submitVerdict" && a !== "correctVerdict");

describe("every refusal the table implies", () => {
  for (const action of REACHABLE) {
    for (const status of REVIEW_STATUSES) {
      if (TRANSITIONS.some((t) => t.from === status && t.action === action)) continue;
      const refusals = STATE_REFUSALS[action] as Record<string, string>;
      const key = refusals[status] ?? refusals.default;
      it(`${action} from ${status}: ${key}`, async () => {
        const c = await bring(status, true);
        const before = await db.claim.findUniqueOrThrow({ where: { id: c.id } });
        const events = await db.claimEvent.count({ where: { claimId: c.id } });
        const e = await take(action, c).then(
          () => null,
          (x: unknown) => x,
        );
        expect(e).toBeInstanceOf(AppError);
        expect([(e as AppError).code, (e as AppError).messageKey]).toEqual(["CONFLICT", key]);
        expect((e as AppError).extra.details).toMatchObject({ current: { status, version: c.version } });
        expect(await db.claim.findUniqueOrThrow({ where: { id: c.id } })).toEqual(before);
        expect(await db.claimEvent.count({ where: { claimId: c.id } })).toBe(events);
      });
    }
  }
});
