import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 2 });
});

describe("two reviewers saving the same claim from stale pages", () => {
  it("gives the second a conflict with the current verdict, and overwrites nothing", async () => {
    const claim = f.claims[0];
    // Both opened the page at version 1.
    await setVerdict(f.actors.reviewer, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "First reviewer's reasoning",
      version: 1,
    });
    const second = setVerdict(f.actors.reviewer2, {
      claimId: claim.id,
      verdict: "verified",
      rationale: "Second reviewer's reasoning",
      version: 1,
    });
    await expect(second).rejects.toBeInstanceOf(AppError);
    const error = (await second.catch((e) => e)) as AppError;
    expect(error.code).toBe("CONFLICT");
    expect(error.extra.details).toMatchObject({
      current: {
        verdict: "disputed",
        rationale: "First reviewer's reasoning",
        version: 2,
        reviewedBy: f.actors.reviewer.name,
        // The review state rides along: the claim went to sign-off, and who did it.
        status: "awaiting_signoff",
        lastChange: { action: "verdict.set", by: f.actors.reviewer.name },
      },
    });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ verdict: "disputed", rationale: "First reviewer's reasoning", version: 2 });
    expect(await db.claimEvent.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const claim = f.claims[1];
    const results = await Promise.allSettled([
      setVerdict(f.actors.reviewer, { claimId: claim.id, verdict: "verified", rationale: "A", version: 1 }),
      setVerdict(f.actors.reviewer2, { claimId: claim.id, verdict: "contradicted", rationale: "B", version: 1 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as AppError).code).toBe("CONFLICT");
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(2);
    expect(await db.claimEvent.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
