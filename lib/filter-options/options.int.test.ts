import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { filterOptions, articleFilterLabel } from "@/lib/filter-options/options";
import { ZFilterOptions } from "@/lib/filter-options/schemas";
import { countClaimsByVerdict } from "@/lib/claims/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  // Claimants "Claimant 0" … "Claimant 3", 12 claims: 0 and 1 three times each, and so on.
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 12 }),
    createWorkspaceFixture({ claimCount: 2 }),
  ]);
  await db.claim.update({ where: { id: f.claims[0].id }, data: { claimant: "Badan Intelijen Nasional" } });
  await db.claim.update({ where: { id: f.claims[4].id }, data: { claimant: "Juru bicara intelijen" } });
  await db.claim.update({ where: { id: other.claims[0].id }, data: { claimant: "Intelijen Lain" } });
  await db.article.create({
    data: {
      workspaceId: f.workspace.id,
      title: "Kursk: pasukan ditarik",
      outlet: "Antara",
      language: "id",
      publishedAt: new Date("2025-05-01"),
      body: "x",
    },
  });
});

const ask = (fx: Fixture, input: Record<string, unknown>) =>
  filterOptions(fx.actors.viewer, ZFilterOptions.parse(input));

describe("filter options (search-as-you-type)", () => {
  it("suggests claimants of the actor's workspace containing the text, in any case, names starting with it first", async () => {
    const { options } = await ask(f, { kind: "claimant", q: "INTELIJEN" });
    expect(options.map((o) => o.value)).toEqual(["Badan Intelijen Nasional", "Juru bicara intelijen"].sort());
    const starts = await ask(f, { kind: "claimant", q: "juru" });
    expect(starts.options.map((o) => o.value)).toEqual(["Juru bicara intelijen"]);
    // Another newsroom's claimant never shows.
    expect((await ask(f, { kind: "claimant", q: "Lain" })).options).toEqual([]);
  });

  it("ranks claimants by how often they occur and honours the limit", async () => {
    const { options } = await ask(f, { kind: "claimant", q: "claimant", limit: 2 });
    expect(options).toHaveLength(2);
    // Claimant 1 and 2 are left with 3 claims each after the renames; 0 and 3 with 2.
    expect(options.map((o) => o.value)).toEqual(["Claimant 1", "Claimant 2"]);
  });

  it("treats % and _ as plain characters", async () => {
    expect((await ask(f, { kind: "claimant", q: "%" })).options).toEqual([]);
    expect((await ask(f, { kind: "claimant", q: "Claimant_" })).options).toEqual([]);
  });

  it("suggests articles by part of the title, newest first, with their outlet", async () => {
    const { options } = await ask(f, { kind: "article", q: "kursk" });
    expect(options).toEqual([{ value: expect.any(String), label: "Kursk: pasukan ditarik", detail: "Antara" }]);
    const all = await ask(f, { kind: "article", q: "" });
    expect(all.options.map((o) => o.label)).toEqual(["Kursk: pasukan ditarik", f.article.title]);
    expect((await ask(f, { kind: "article", q: other.article.title })).options).toEqual([]);
  });

  it("labels the selected article only within the workspace", async () => {
    expect(await articleFilterLabel(f.actors.viewer, f.article.id)).toBe(f.article.title);
    expect(await articleFilterLabel(f.actors.viewer, other.article.id)).toBeNull();
    expect(await articleFilterLabel(f.actors.viewer, undefined)).toBeNull();
  });

  it("refuses an unknown kind and caps the limit", () => {
    expect(ZFilterOptions.safeParse({ kind: "email", q: "a" }).success).toBe(false);
    expect(ZFilterOptions.parse({ kind: "article", limit: "500" }).limit).toBe(8);
  });
});

describe("bounded counts on the claims list", () => {
  it("reads unfiltered and status-only counts from the counters", async () => {
    await db.claim.update({
      where: { id: f.claims[1].id },
      data: { verdict: "verified", rationale: "r", reviewStatus: "signed_off" },
    });
    const all = await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({}));
    expect(all).toMatchObject({ total: 12, totalAtLeast: false });
    expect(all.counts).toEqual({ unreviewed: 11, verified: 1, disputed: 0, contradicted: 0 });
    const signed = await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ status: "signed_off" }));
    expect(signed.counts).toEqual({ unreviewed: 0, verified: 1, disputed: 0, contradicted: 0 });
  });

  it("counts a selective filter exactly and a broad one up to the bound, flagged", async () => {
    const exact = await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ claimant: "claimant 2" }), 5);
    expect(exact).toMatchObject({ total: 3, totalAtLeast: false, atLeast: { unreviewed: false } });
    // 12 claims match: the count stops at 5 and says "at least" (every verdict's count is a lower bound).
    const broad = await countClaimsByVerdict(f.actors.viewer, ZClaimFilters.parse({ articleId: f.article.id }), 5);
    expect(broad.total).toBe(5);
    expect(broad.totalAtLeast).toBe(true);
    expect(broad.atLeast).toEqual({ unreviewed: true, verified: true, disputed: true, contradicted: true });
    const exactAtTwelve = await countClaimsByVerdict(
      f.actors.viewer,
      ZClaimFilters.parse({ articleId: f.article.id }),
      12,
    );
    expect(exactAtTwelve).toMatchObject({ total: 12, totalAtLeast: false });
    expect(exactAtTwelve.counts).toEqual({ unreviewed: 11, verified: 1, disputed: 0, contradicted: 0 });
  });
});
