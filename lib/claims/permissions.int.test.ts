import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addEvidence, removeEvidence, setVerdict } from "@/lib/claims/mutations";
import { assignClaim } from "@/lib/reviews/workflow";
import { getClaimDetail, listClaims, countClaimsByVerdict } from "@/lib/claims/queries";
import { getArticleWithClaims } from "@/lib/articles/queries";
import { ZClaimFilters } from "@/lib/claims/schemas";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

const evidence = {
  url: "https://www.reuters.com/world/asia-pacific/example",
  title: "Reuters report",
  stance: "supports" as const,
};

let home: Fixture;
let other: Fixture;

beforeAll(async () => {
  [home, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 6 }),
    createWorkspaceFixture({ claimCount: 2 }),
  ]);
});

async function snapshot(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const events = await db.claimEvent.count({ where: { claimId } });
  const evidenceCount = await db.evidence.count({ where: { claimId } });
  return { verdict: claim.verdict, rationale: claim.rationale, version: claim.version, events, evidenceCount };
}

describe("setting a verdict, per role", () => {
  it("refuses a viewer and changes nothing", async () => {
    const claim = home.claims[0];
    const before = await snapshot(claim.id);
    const code = await codeOf(
      setVerdict(home.actors.viewer, { claimId: claim.id, verdict: "verified", rationale: "Looks right", version: 1 }),
    );
    expect(code).toBe("FORBIDDEN");
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it("lets a reviewer set an unassigned claim, writing the change and its event together", async () => {
    const claim = home.claims[1];
    const result = await setVerdict(home.actors.reviewer, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "Only one side's estimate",
      version: 1,
    });
    expect(result.version).toBe(2);
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    // Setting a verdict sends the claim to sign-off (lib/reviews/).
    expect(after).toMatchObject({
      verdict: "disputed",
      rationale: "Only one side's estimate",
      reviewedById: home.actors.reviewer.userId,
      version: 2,
      reviewStatus: "awaiting_signoff",
    });
    const events = await db.claimEvent.findMany({ where: { claimId: claim.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "verdict.set",
      actorId: home.actors.reviewer.userId,
      before: { verdict: "unreviewed", rationale: null, status: "open" },
      after: { verdict: "disputed", rationale: "Only one side's estimate", status: "awaiting_signoff" },
    });
  });

  it("refuses a reviewer on a claim assigned to another reviewer, but lets the assignee and editors", async () => {
    const claim = home.claims[2];
    await assignClaim(home.actors.editor, { claimId: claim.id, version: 1, assigneeId: home.actors.reviewer2.userId });
    const before = await snapshot(claim.id);
    expect(
      await codeOf(
        setVerdict(home.actors.reviewer, { claimId: claim.id, verdict: "verified", rationale: "x", version: 2 }),
      ),
    ).toBe("FORBIDDEN");
    expect(await snapshot(claim.id)).toEqual(before);
    expect(
      await codeOf(
        setVerdict(home.actors.reviewer2, {
          claimId: claim.id,
          verdict: "verified",
          rationale: "Confirmed by two sources",
          version: 2,
        }),
      ),
    ).toBe("OK");
    expect(
      await codeOf(
        setVerdict(home.actors.editor, {
          claimId: claim.id,
          verdict: "contradicted",
          rationale: "Editor overrules",
          version: 3,
        }),
      ),
    ).toBe("OK");
    expect(
      await codeOf(
        setVerdict(home.actors.admin, { claimId: claim.id, verdict: "disputed", rationale: "Admin too", version: 4 }),
      ),
    ).toBe("OK");
    expect((await snapshot(claim.id)).events).toBe(4);
  });

  it("treats another workspace's member as if the claim did not exist, and changes nothing", async () => {
    const claim = home.claims[3];
    const before = await snapshot(claim.id);
    const outsider = other.actors.admin;
    expect(await codeOf(getClaimDetail(outsider, claim.id))).toBe("NOT_FOUND");
    expect(
      await codeOf(setVerdict(outsider, { claimId: claim.id, verdict: "verified", rationale: "x", version: 1 })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(addEvidence(outsider, { claimId: claim.id, ...evidence }))).toBe("NOT_FOUND");
    expect(await codeOf(getArticleWithClaims(outsider, home.article.id))).toBe("NOT_FOUND");
    expect(await snapshot(claim.id)).toEqual(before);
    const list = await listClaims(outsider, ZClaimFilters.parse({ articleId: home.article.id }));
    expect(list.claims).toEqual([]);
    expect((await countClaimsByVerdict(outsider, ZClaimFilters.parse({}))).total).toBe(other.claims.length);
  });

  it("refuses a deactivated member, whatever their role, and changes nothing", async () => {
    const claim = home.claims[5];
    const before = await snapshot(claim.id);
    const { reviewer } = home.actors;
    await db.membership.update({
      where: { userId_workspaceId: { userId: reviewer.userId, workspaceId: reviewer.workspaceId } },
      data: { deactivatedAt: new Date() },
    });
    try {
      expect(
        await codeOf(setVerdict(reviewer, { claimId: claim.id, verdict: "verified", rationale: "x", version: 1 })),
      ).toBe("FORBIDDEN");
      expect(await codeOf(addEvidence(reviewer, { claimId: claim.id, ...evidence }))).toBe("FORBIDDEN");
    } finally {
      await db.membership.update({
        where: { userId_workspaceId: { userId: reviewer.userId, workspaceId: reviewer.workspaceId } },
        data: { deactivatedAt: null },
      });
    }
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it("reports an unknown claim id as not found", async () => {
    expect(
      await codeOf(
        setVerdict(home.actors.editor, { claimId: "no-such-claim", verdict: "verified", rationale: "x", version: 1 }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("evidence", () => {
  it("is added and removed by reviewers, refused to viewers, and every change is in the history", async () => {
    const claim = home.claims[4];
    expect(await codeOf(addEvidence(home.actors.viewer, { claimId: claim.id, ...evidence }))).toBe("FORBIDDEN");
    const added = await addEvidence(home.actors.reviewer, {
      claimId: claim.id,
      ...evidence,
      publisher: "Reuters",
      excerpt: "Quoted passage",
    });
    expect(added).toMatchObject({
      url: evidence.url,
      title: "Reuters report",
      publisher: "Reuters",
      stance: "supports",
      addedById: home.actors.reviewer.userId,
    });
    expect(await codeOf(removeEvidence(home.actors.viewer, { claimId: claim.id, evidenceId: added.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(removeEvidence(other.actors.admin, { claimId: claim.id, evidenceId: added.id }))).toBe(
      "NOT_FOUND",
    );
    await removeEvidence(home.actors.editor, { claimId: claim.id, evidenceId: added.id });
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await codeOf(removeEvidence(home.actors.editor, { claimId: claim.id, evidenceId: added.id }))).toBe(
      "NOT_FOUND",
    );
    const actions = (await db.claimEvent.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["evidence.added", "evidence.removed"]);
  });
});

describe("the claim history", () => {
  it("is append-only in the database itself", async () => {
    const claim = home.claims[1];
    const event = await db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id } });
    await expect(db.claimEvent.update({ where: { id: event.id }, data: { action: "verdict.forged" } })).rejects.toThrow(
      /append-only/,
    );
    expect((await db.claimEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("verdict.set");
  });

  it("is shown on the claim page with who did what", async () => {
    const detail = await getClaimDetail(home.actors.viewer, home.claims[1].id);
    expect(detail.events[0]).toMatchObject({ action: "verdict.set", actor: { name: home.actors.reviewer.name } });
    expect(detail.permissions).toEqual({
      setVerdict: false,
      verdictRefusal: "role",
      addEvidence: false,
      removeEvidence: false,
    });
  });
});
