import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { foldCounters, readClaimCounts, recount, verifyCounters } from "@/lib/counters/counters";
import { createWorkspaceFixture } from "@/lib/testing/fixtures";
import { REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";

async function countedByHand(workspaceId: string) {
  const groups = await db.claim.groupBy({ by: ["verdict"], where: { workspaceId }, _count: { _all: true } });
  return Object.fromEntries(VERDICTS.map((v) => [v, groups.find((g) => g.verdict === v)?._count._all ?? 0]));
}

async function addArticleWithClaims(workspaceId: string, n: number, tag: string) {
  const article = await db.article.create({
    data: {
      workspaceId,
      title: `A ${tag}`,
      outlet: "W",
      language: "en",
      publishedAt: new Date(),
      body: "x".repeat(n + 1),
    },
  });
  await db.claim.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      workspaceId,
      articleId: article.id,
      quote: "x",
      startOffset: i,
      endOffset: i + 1,
      claimant: `C ${tag}`,
      category: "statement",
      verdict: i % 3 === 0 ? ("verified" as const) : ("unreviewed" as const),
      rationale: i % 3 === 0 ? "because" : null,
      reviewStatus: i % 2 === 0 ? ("in_review" as const) : ("open" as const),
    })),
  });
  return article;
}

describe("claim counters", () => {
  it("agree with a count from scratch after a burst of concurrent inserts, verdict and status changes, deletes and an article's cascade", async () => {
    const f = await createWorkspaceFixture({ claimCount: 40 });
    const ws = f.workspace.id;
    const doomed = await addArticleWithClaims(ws, 30, "doomed");
    const ids = f.claims.map((c) => c.id);

    const ops: (() => Promise<unknown>)[] = [
      // Inserts, one by one and in bulk.
      ...Array.from({ length: 8 }, (_, i) => () => addArticleWithClaims(ws, 5 + i, `new${i}`)),
      // Verdict changes on single claims, each in its own transaction.
      ...ids.slice(0, 20).map(
        (id, i) => () =>
          db.claim.update({
            where: { id },
            data: { verdict: (["verified", "disputed", "contradicted"] as const)[i % 3], rationale: "r" },
          }),
      ),
      // Status changes in bulk and on single claims; an update that moves nothing. (Bulk statements keep
      // to rows no other multi-row writer takes: two of those can deadlock with or without counters.)
      () =>
        db.claim.updateMany({
          where: { workspaceId: ws, claimant: { startsWith: "C new" }, reviewStatus: "open" },
          data: { reviewStatus: "in_review" },
        }),
      ...ids
        .slice(20, 30)
        .map((id) => () => db.claim.update({ where: { id }, data: { reviewStatus: "awaiting_signoff" } })),
      () => db.claim.updateMany({ where: { id: { in: ids.slice(0, 20) } }, data: { cue: "said" } }),
      // Several claims changed in one transaction, while the others run.
      () =>
        db.$transaction(async (tx) => {
          for (const id of ids.slice(30, 36))
            await tx.claim.update({ where: { id }, data: { reviewStatus: "signed_off" } });
        }),
      // Deletes, and an article deleted with its claims (the cascade).
      ...ids.slice(36, 40).map((id) => () => db.claim.delete({ where: { id } })),
      () => db.article.delete({ where: { id: doomed.id } }),
      // Folds racing the writers.
      () => foldCounters(db, ws),
      () => foldCounters(db, ws),
    ];
    // Interleaved, all at once.
    const shuffled = ops.map((op, i) => ({ op, k: (i * 7919) % ops.length })).sort((a, b) => a.k - b.k);
    await Promise.all(shuffled.map(({ op }) => op()));

    expect(await verifyCounters(db, ws)).toEqual([]);
    const counts = await readClaimCounts(db, ws);
    expect(counts.byVerdict).toEqual(await countedByHand(ws));
    expect(counts.total).toBe(await db.claim.count({ where: { workspaceId: ws } }));
    // Still right once every delta is folded in.
    await foldCounters(db, ws);
    expect(await db.claimCounterDelta.count({ where: { workspaceId: ws } })).toBe(0);
    expect(await verifyCounters(db, ws)).toEqual([]);
  });

  it("count per verdict and per review status", async () => {
    const f = await createWorkspaceFixture({ claimCount: 6 });
    await db.claim.update({
      where: { id: f.claims[0].id },
      data: { verdict: "disputed", rationale: "r", reviewStatus: "signed_off" },
    });
    const counts = await readClaimCounts(db, f.workspace.id);
    expect(counts.byVerdict).toEqual({ unreviewed: 5, verified: 0, disputed: 1, contradicted: 0 });
    expect(counts.byStatus).toEqual({
      open: 5,
      in_review: 0,
      awaiting_signoff: 0,
      changes_requested: 0,
      signed_off: 1,
    });
    expect(counts.cells.disputed.signed_off).toBe(1);
    expect(counts.total).toBe(6);
  });

  it("a recount repairs counters that went wrong, and the check reports what was wrong", async () => {
    const f = await createWorkspaceFixture({ claimCount: 5 });
    const ws = f.workspace.id;
    // Damage them as a bug or a bulk load with the triggers off would.
    await db.claimCounterDelta.create({ data: { workspaceId: ws, verdict: "verified", reviewStatus: "open", n: 3 } });
    expect(await verifyCounters(db, ws)).toEqual([
      { verdict: "verified", reviewStatus: "open", counted: 0, counters: 3 },
    ]);
    const rebuilt = await recount(db, ws);
    expect(rebuilt.total).toBe(5);
    expect(await verifyCounters(db, ws)).toEqual([]);
    expect((await readClaimCounts(db, ws)).byVerdict.verified).toBe(0);
  });

  it("a recount running beside writers counts each change once", async () => {
    const f = await createWorkspaceFixture({ claimCount: 10 });
    const ws = f.workspace.id;
    await Promise.all([
      recount(db, ws),
      ...f.claims.map((c) => db.claim.update({ where: { id: c.id }, data: { reviewStatus: "in_review" } })),
      addArticleWithClaims(ws, 7, "during"),
      recount(db, ws),
    ]);
    expect(await verifyCounters(db, ws)).toEqual([]);
    expect((await readClaimCounts(db, ws)).byStatus).toEqual(
      Object.fromEntries(REVIEW_STATUSES.map((s) => [s, s === "in_review" ? 14 : s === "open" ? 3 : 0])),
    );
  });

  it("deleting a workspace takes its counters and pending deltas with it; one made again with its id starts at zero", async () => {
    const f = await createWorkspaceFixture({ claimCount: 3 });
    await foldCounters(db, f.workspace.id);
    await db.claim.update({ where: { id: f.claims[0].id }, data: { reviewStatus: "in_review" } });
    await db.workspace.delete({ where: { id: f.workspace.id } });
    expect(await db.claimCounter.count({ where: { workspaceId: f.workspace.id } })).toBe(0);
    expect(await db.claimCounterDelta.count({ where: { workspaceId: f.workspace.id } })).toBe(0);
    await db.workspace.create({ data: { id: f.workspace.id, slug: f.workspace.slug, name: "again" } });
    expect((await readClaimCounts(db, f.workspace.id)).total).toBe(0);
    expect(await verifyCounters(db, f.workspace.id)).toEqual([]);
  });
});
