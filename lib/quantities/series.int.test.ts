import { beforeAll, describe, expect, it } from "vitest";
import { listTrackedQuantities, quantitySeries } from "@/lib/quantities/series";
import { addArticleWithClaims } from "@/lib/search/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;

beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
  other = await createWorkspaceFixture({ claimCount: 1 });
  await addArticleWithClaims(f.workspace.id, {
    language: "id",
    publishedAt: "2025-04-28T05:00:00Z",
    claims: [
      {
        quote: "Korea Utara mengirim total 14.000 tentara, termasuk 3.000 bala bantuan.",
        claimant: "Pejabat Ukraina",
        category: "troop_count",
        quantities: [
          { value: 14000, unit: "soldiers", qualifier: "about", text: "14.000 tentara" },
          { value: 3000, unit: "soldiers", qualifier: "about", text: "3.000 bala bantuan" },
        ],
      },
      {
        quote: "Mereka menewaskan 25 tentara Korea Utara.",
        claimant: "Pasukan Operasi Khusus Ukraina",
        category: "casualty_report",
        claimedAt: "2025-04-24",
        quantities: [{ value: 25, unit: "soldiers", qualifier: "exact", text: "25 tentara" }],
      },
    ],
  });
  await addArticleWithClaims(f.workspace.id, {
    language: "en",
    publishedAt: "2024-12-01T05:00:00Z",
    claims: [
      {
        quote: "More than 11,000 North Korean soldiers were sent, officials said.",
        claimant: "US officials",
        category: "troop_count",
        claimedAt: "2024-11-30",
        quantities: [{ value: 11000, unit: "soldiers", qualifier: "more_than", text: "11,000 North Korean soldiers" }],
      },
    ],
  });
  await addArticleWithClaims(other.workspace.id, {
    language: "en",
    claims: [
      {
        quote: "12,000 soldiers.",
        category: "troop_count",
        quantities: [{ value: 12000, unit: "soldiers", qualifier: "exact", text: "12,000 soldiers" }],
      },
    ],
  });
});

describe("the quantity tracker", () => {
  it("lists the tracked quantities, troops sent first", async () => {
    const list = await listTrackedQuantities(f.actors.viewer);
    expect(list.map((q) => [q.key, q.figures])).toEqual([
      ["nk-troops-sent", 2],
      ["nk-reinforcements", 1],
      ["nk-casualties", 1],
    ]);
  });

  it("gives every figure claimed for a quantity, oldest first, with who, where, when and the verdict", async () => {
    const series = await quantitySeries(f.actors.viewer, "nk-troops-sent");
    expect(
      series!.map((p) => [p.value, p.qualifier, p.claimant, p.date.toISOString().slice(0, 10), p.dateIsPublication]),
    ).toEqual([
      [11000, "more_than", "US officials", "2024-11-30", false],
      [14000, "about", "Pejabat Ukraina", "2025-04-28", true],
    ]);
    expect(series![1]).toMatchObject({ text: "14.000 tentara", verdict: "unreviewed", unit: "soldiers" });
    expect((await quantitySeries(f.actors.viewer, "nk-reinforcements"))!.map((p) => p.value)).toEqual([3000]);
  });

  it("keeps to the actor's workspace, and knows no unknown quantity", async () => {
    expect((await quantitySeries(other.actors.viewer, "nk-troops-sent"))!.map((p) => p.value)).toEqual([12000]);
    expect(await quantitySeries(f.actors.viewer, "nk-nothing")).toBeNull();
    expect(await quantitySeries(f.actors.viewer, "analysis.months")).toBeNull();
  });
});
