import { beforeAll, describe, expect, it } from "vitest";
import { setVerdict } from "@/lib/claims/mutations";
import { countClaimsByVerdict, listClaims } from "@/lib/claims/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 25 });
  await setVerdict(f.actors.editor, { claimId: f.claims[0].id, verdict: "verified", rationale: "ok", version: 1 });
  await setVerdict(f.actors.editor, { claimId: f.claims[5].id, verdict: "contradicted", rationale: "no", version: 1 });
});

describe("the claims list", () => {
  it("pages forward and back through every claim exactly once, newest first", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const pages = [];
    do {
      const page = await listClaims(f.actors.viewer, ZClaimFilters.parse({ pageSize: 10, after }));
      pages.push(page);
      seen.push(...page.claims.map((c) => c.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(pages.map((p) => p.claims.length)).toEqual([10, 10, 5]);
    expect(new Set(seen).size).toBe(25);
    const expected = [...f.claims]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((c) => c.id);
    expect(seen).toEqual(expected);
    expect(pages[0].prevCursor).toBeNull();
    // Back from the last page lands on the second page again.
    const back = await listClaims(f.actors.viewer, ZClaimFilters.parse({ pageSize: 10, before: pages[2].prevCursor! }));
    expect(back.claims.map((c) => c.id)).toEqual(pages[1].claims.map((c) => c.id));
    expect(back.nextCursor).not.toBeNull();
  });

  it("filters by verdict, claimant and category, and counts per verdict ignoring the verdict filter", async () => {
    const verified = await listClaims(f.actors.viewer, ZClaimFilters.parse({ verdict: "verified" }));
    expect(verified.claims.map((c) => c.id)).toEqual([f.claims[0].id]);
    const byClaimant = await listClaims(f.actors.viewer, ZClaimFilters.parse({ claimant: "Claimant 1" }));
    expect(byClaimant.claims.every((c) => c.claimant === "Claimant 1")).toBe(true);
    expect(byClaimant.claims).toHaveLength(f.claims.filter((c) => c.claimant === "Claimant 1").length);
    const statements = await listClaims(f.actors.viewer, ZClaimFilters.parse({ category: "statement" }));
    expect(statements.claims).toHaveLength(12);
    const counts = await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ verdict: "verified" }));
    expect(counts).toMatchObject({ total: 25, counts: { unreviewed: 23, verified: 1, disputed: 0, contradicted: 1 } });
  });

  it("ignores a tampered cursor or unknown filter value instead of failing", async () => {
    const page = await listClaims(
      f.actors.viewer,
      ZClaimFilters.parse({ after: "garbage!!", verdict: "maybe", pageSize: "10" }),
    );
    expect(page.claims).toHaveLength(10);
  });
});
