// The claims list as the desk and bulk assignment use it (decision 0015): the desk's numbers are links
// into the list, so each number must equal the count of the list its link opens; and the list's rows
// carry the version a bulk assignment sends back.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { countClaimsByVerdict, listClaims } from "@/lib/claims/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import type { Actor } from "@/lib/auth/actor";
import { routes } from "@/lib/routes";
import { assignClaim, bulkAssignClaims, requestChanges, signOffClaim } from "@/lib/reviews/workflow";
import { deskOverview } from "@/lib/reviews/queries";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** How many claims the list shows at a URL the desk links to: the URL read back as the page reads it. */
async function countAt(actor: Actor, href: string): Promise<number> {
  const url = new URL(href, "http://x");
  expect(url.pathname).toBe("/claims");
  const filters = ZClaimFilters.parse(Object.fromEntries(url.searchParams));
  const { counts, total } = await countClaimsByVerdict(actor, filters);
  const n = filters.verdict ? counts[filters.verdict] : total;
  // The page's rows agree with its count (small enough to be one page here).
  expect((await listClaims(actor, filters)).claims).toHaveLength(n);
  return n;
}

// c0, c1 in review (reviewer); c2 awaiting sign-off (reviewer); c3 changes requested (reviewer);
// c4 signed off (reviewer); c5 in review (reviewer2); c6 overdue (reviewer, past due); the rest open.
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 10 });
  const { editor, reviewer, reviewer2 } = f.actors;
  const c = f.claims;
  const assign = (i: number, who: Actor, dueAt: string | null = inHours(24)) =>
    assignClaim(editor, { claimId: c[i].id, version: 1, assigneeId: who.userId, dueAt });
  for (const i of [0, 1, 2, 3, 4, 6]) await assign(i, reviewer);
  await assign(5, reviewer2, null);
  await setVerdict(reviewer, { claimId: c[2].id, verdict: "verified", rationale: "ok", version: 2 });
  await setVerdict(reviewer, { claimId: c[3].id, verdict: "disputed", rationale: "hm", version: 2 });
  await requestChanges(editor, { claimId: c[3].id, version: 3, note: "Whose figure?" });
  await setVerdict(reviewer, { claimId: c[4].id, verdict: "contradicted", rationale: "no", version: 2 });
  await signOffClaim(editor, { claimId: c[4].id, version: 3 });
  // Time passes for c6: its due date is behind it.
  await db.claim.update({ where: { id: c[6].id }, data: { dueAt: new Date(Date.now() - HOUR) } });
});

describe("the claims list's 'still with the reviewer' filter", () => {
  it("keeps open, in-review and changes-requested claims, and combines with the assignee", async () => {
    const ids = async (filters: Record<string, string>) =>
      (await listClaims(f.actors.viewer, ZClaimFilters.parse(filters))).claims.map((c) => c.id).sort();
    const c = f.claims;
    expect(await ids({ assignee: f.actors.reviewer.userId, active: "1" })).toEqual(
      [c[0].id, c[1].id, c[3].id, c[6].id].sort(),
    );
    // Unassigned claims are open, so still "with the reviewer" to be: the filter is about status.
    expect(await ids({ active: "1" })).toEqual(
      [c[0].id, c[1].id, c[3].id, c[5].id, c[6].id, c[7].id, c[8].id, c[9].id].sort(),
    );
    expect(await ids({ active: "1", status: "awaiting_signoff" })).toEqual([]);
    expect(await ids({ active: "nonsense" })).toHaveLength(10);
  });

  it("is written into the URL in its fixed place, and only when on", () => {
    expect(routes.claims({ assignee: "u1", active: true, overdue: true, status: "in_review" })).toBe(
      "/claims?status=in_review&active=1&assignee=u1&overdue=1",
    );
    expect(routes.claims({ active: undefined, overdue: false })).toBe("/claims");
  });
});

describe("the desk's numbers", () => {
  it("each equal the count of the filtered list their link opens", async () => {
    const editor = f.actors.editor;
    const desk = await deskOverview(editor);
    const article = desk.articles.find((a) => a.id === f.article.id)!;
    expect(article.total).toBe(10);
    expect(await countAt(editor, routes.claims({ articleId: article.id }))).toBe(article.total);
    for (const s of REVIEW_STATUSES)
      expect(await countAt(editor, routes.claims({ articleId: article.id, status: s })), s).toBe(article.statuses[s]);
    for (const v of VERDICTS)
      expect(await countAt(editor, routes.claims({ articleId: article.id, verdict: v })), v).toBe(article.verdicts[v]);
    expect(article.overdue).toBe(1);
    expect(await countAt(editor, routes.claims({ articleId: article.id, overdue: true }))).toBe(1);
    for (const s of REVIEW_STATUSES)
      expect(await countAt(editor, routes.claims({ status: s })), s).toBe(desk.statuses[s]);

    const reviewer = desk.reviewers.find((r) => r.id === f.actors.reviewer.userId)!;
    expect(reviewer).toMatchObject({ open: 4, overdue: 1 });
    for (const r of desk.reviewers) {
      expect(await countAt(editor, routes.claims({ assignee: r.id, active: true })), r.name).toBe(r.open);
      expect(await countAt(editor, routes.claims({ assignee: r.id, overdue: true })), r.name).toBe(r.overdue);
    }
  });

  it("reads its feed newest first through the workspace's own index", async () => {
    const desk = await deskOverview(f.actors.admin, { feedSize: 5 });
    expect(desk.feed).toHaveLength(5);
    expect(desk.feed[0]).toMatchObject({ action: "review.signedOff", claim: { id: f.claims[4].id } });
    const indexes = await db.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'claim_events' AND indexdef LIKE '%"workspaceId", "createdAt" DESC%'`;
    expect(indexes).toHaveLength(1);
  });
});

describe("bulk assignment from the list", () => {
  it("sends back the versions the list shows; a claim changed since is named and nothing is assigned", async () => {
    // A workspace of its own: this test changes assignments.
    const g = await createWorkspaceFixture({ claimCount: 3 });
    const editor = g.actors.editor;
    const page = await listClaims(editor, ZClaimFilters.parse({ assignee: "none" }));
    const rows = page.claims.filter((c) => [g.claims[0].id, g.claims[1].id].includes(c.id));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.version).toBe((await db.claim.findUniqueOrThrow({ where: { id: r.id } })).version);

    // Someone else picks one of them up after the page was loaded.
    await assignClaim(g.actors.editor2, {
      claimId: rows[1].id,
      version: rows[1].version,
      assigneeId: g.actors.reviewer2.userId,
    });
    const refused = await bulkAssignClaims(editor, {
      claims: rows.map((r) => ({ id: r.id, version: r.version })),
      assigneeId: g.actors.reviewer.userId,
      dueAt: inHours(48),
    }).catch((e: unknown) => e);
    expect(refused instanceof AppError && refused.code).toBe("CONFLICT");
    const changed = (refused as AppError).extra.details as { changed: { id: string }[] };
    expect(changed.changed.map((c) => c.id)).toEqual([rows[1].id]);
    const untouched = await db.claim.findUniqueOrThrow({ where: { id: rows[0].id } });
    expect(untouched).toMatchObject({ assigneeId: null, version: rows[0].version });

    // The refreshed list has the new versions, and the second try goes through.
    const again = (await listClaims(editor, ZClaimFilters.parse({ articleId: g.article.id }))).claims.filter((c) =>
      rows.some((r) => r.id === c.id),
    );
    const done = await bulkAssignClaims(editor, {
      claims: again.map((r) => ({ id: r.id, version: r.version })),
      assigneeId: g.actors.reviewer.userId,
      dueAt: inHours(48),
    });
    expect(done.claims).toHaveLength(2);
    const mine = await listClaims(g.actors.reviewer, ZClaimFilters.parse({ assignee: "me", status: "in_review" }));
    expect(mine.claims.map((c) => c.id)).toEqual(expect.arrayContaining(rows.map((r) => r.id)));
  });
});
