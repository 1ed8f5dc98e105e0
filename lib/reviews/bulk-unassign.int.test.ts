// Bulk unassignment from the claims list (decision 0015): all or nothing, like bulk assignment.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { assignClaim, bulkUnassignClaims, signOffClaim } from "@/lib/reviews/workflow";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function refusal(p: Promise<unknown>) {
  const e = await p.catch((x: unknown) => x);
  if (!(e instanceof AppError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

const state = (id: string) =>
  db.claim.findUniqueOrThrow({
    where: { id },
    select: { assigneeId: true, reviewStatus: true, dueAt: true, version: true },
  });

// c0, c1 in review (reviewer), c2 awaiting sign-off (reviewer), c3 signed off, c4 unassigned.
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 6 });
  const { editor, reviewer } = f.actors;
  const c = f.claims;
  for (const i of [0, 1, 2, 3])
    await assignClaim(editor, { claimId: c[i].id, version: 1, assigneeId: reviewer.userId, dueAt: inHours(24) });
  await setVerdict(reviewer, { claimId: c[2].id, verdict: "verified", rationale: "ok", version: 2 });
  await setVerdict(reviewer, { claimId: c[3].id, verdict: "verified", rationale: "ok", version: 2 });
  await signOffClaim(editor, { claimId: c[3].id, version: 3 });
});

describe("bulk unassignment", () => {
  it("is refused whole when one claim changed since the page, naming it, and changes nothing", async () => {
    const c = f.claims;
    const before = await state(c[0].id);
    const e = await refusal(
      bulkUnassignClaims(f.actors.editor, {
        claims: [
          { id: c[0].id, version: 2 },
          { id: c[1].id, version: 1 }, // stale: the assignment made it 2
        ],
      }),
    );
    expect(e.code).toBe("CONFLICT");
    expect((e.extra.details as { changed: { id: string }[] }).changed.map((x) => x.id)).toEqual([c[1].id]);
    expect(await state(c[0].id)).toEqual(before);
  });

  it("is refused whole for a signed-off or unassigned claim, saying which and why", async () => {
    const c = f.claims;
    const e = await refusal(
      bulkUnassignClaims(f.actors.editor, {
        claims: [
          { id: c[0].id, version: 2 },
          { id: c[3].id, version: 4 },
          { id: c[4].id, version: 1 },
        ],
      }),
    );
    expect(e.code).toBe("CONFLICT");
    const refused = (e.extra.details as { refused: { id: string; reason: string }[] }).refused;
    expect(refused.map((r) => r.id).sort()).toEqual([c[3].id, c[4].id].sort());
    expect((await state(c[0].id)).assigneeId).toBe(f.actors.reviewer.userId);
  });

  it("is for editors and admins only", async () => {
    const e = await refusal(bulkUnassignClaims(f.actors.reviewer, { claims: [{ id: f.claims[0].id, version: 2 }] }));
    expect(e.code).toBe("FORBIDDEN");
  });

  it("unassigns every claim, clears due dates, and writes one event each", async () => {
    const c = f.claims;
    const done = await bulkUnassignClaims(f.actors.admin, {
      claims: [
        { id: c[0].id, version: 2 },
        { id: c[1].id, version: 2 },
        { id: c[2].id, version: 3 },
      ],
    });
    expect(done.claims.map((r) => [r.claimId, r.status]).sort()).toEqual(
      [
        [c[0].id, "open"],
        [c[1].id, "open"],
        [c[2].id, "awaiting_signoff"],
      ].sort(),
    );
    for (const i of [0, 1, 2]) expect(await state(c[i].id)).toMatchObject({ assigneeId: null, dueAt: null });
    expect(
      await db.claimEvent.count({
        where: { claimId: { in: [c[0].id, c[1].id, c[2].id] }, action: "review.unassigned" },
      }),
    ).toBe(3);
  });
});
