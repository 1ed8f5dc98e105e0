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
