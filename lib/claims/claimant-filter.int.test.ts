import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countClaimsByVerdict, listClaims } from "@/lib/claims/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

// Names as a desk types them, including the characters LIKE treats as wildcards.
const CLAIMANTS = [
  "Pejabat Ukraina",
  "Pasukan Operasi Khusus Ukraina",
  "Kementerian Luar Negeri AS",
  "Survei 100% Warga",
  "kode_rahasia",
  "kodeXrahasia",
];

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: CLAIMANTS.length });
  for (const [i, claimant] of CLAIMANTS.entries())
    await db.claim.update({ where: { id: f.claims[i].id }, data: { claimant } });
});

async function claimantsFound(claimant: string) {
  const filters = ZClaimFilters.parse({ claimant });
  const [page, { total }] = await Promise.all([
    listClaims(f.actors.viewer, filters),
    countClaimsByVerdict(f.actors.viewer, filters),
  ]);
  const names = page.claims.map((c) => c.claimant).sort();
  expect(total, "the counts agree with the list").toBe(names.length);
  return names;
}

describe("the claimant filter", () => {
  it("ignores case", async () => {
    expect(await claimantsFound("pejabat ukraina")).toEqual(["Pejabat Ukraina"]);
    expect(await claimantsFound("KEMENTERIAN LUAR NEGERI AS")).toEqual(["Kementerian Luar Negeri AS"]);
  });

  it("matches part of the name", async () => {
    expect(await claimantsFound("ukraina")).toEqual(["Pasukan Operasi Khusus Ukraina", "Pejabat Ukraina"]);
    expect(await claimantsFound("luar neg")).toEqual(["Kementerian Luar Negeri AS"]);
  });

  it("treats % and _ in the input as the characters themselves", async () => {
    expect(await claimantsFound("100%")).toEqual(["Survei 100% Warga"]);
    expect(await claimantsFound("%")).toEqual(["Survei 100% Warga"]);
    expect(await claimantsFound("kode_rahasia")).toEqual(["kode_rahasia"]);
    expect(await claimantsFound("_")).toEqual(["kode_rahasia"]);
    expect(await claimantsFound("\\")).toEqual([]);
  });

  it("finds nothing outside the workspace", async () => {
    const other = await createWorkspaceFixture({ claimCount: 1 });
    await db.claim.update({ where: { id: other.claims[0].id }, data: { claimant: "Pejabat Ukraina" } });
    expect(await claimantsFound("Pejabat")).toEqual(["Pejabat Ukraina"]);
  });
});

describe("counting under a claimant filter", () => {
  // The count reads the workspace's distinct names first (decision 0024) and falls back to the trigram
  // index when there are more than a bound of them; both must count exactly what the list shows.
  it("counts the same claims whether it walks the names or falls back to the trigram index", async () => {
    const verdictCounts = async (claimant: string, namesBound?: number) =>
      countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ claimant }), undefined, namesBound);
    for (const text of ["ukraina", "100%", "_", "KEMENTERIAN", "nobody at all"]) {
      const walked = await verdictCounts(text);
      const fellBack = await verdictCounts(text, 1); // fewer names allowed than the workspace has
      expect(fellBack, text).toEqual(walked);
      expect(walked.total, text).toBe((await claimantsFound(text)).length);
    }
  });

  it("counts a name many claims share, beside another that contains it", async () => {
    const shared = await createWorkspaceFixture({ claimCount: 5 });
    const names = ["Juru bicara", "Juru bicara", "Juru bicara", "Kantor Juru bicara", "Menteri"];
    for (const [i, claimant] of names.entries())
      await db.claim.update({ where: { id: shared.claims[i].id }, data: { claimant } });
    const { total } = await countClaimsByVerdict(shared.actors.viewer, ZClaimFilters.parse({ claimant: "juru" }));
    expect(total).toBe(4);
  });
});
