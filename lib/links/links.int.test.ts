import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClaimLink, removeClaimLink } from "@/lib/links/links";
import { suggestedLinks } from "@/lib/links/suggest";
import { getClaimDetail } from "@/lib/claims/queries";
import { parseClaimEvent } from "@/lib/claims/events";
import { addArticleWithClaims } from "@/lib/search/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;

async function linkEvents(claimId: string) {
  const rows = await db.claimEvent.findMany({
    where: { claimId, action: { startsWith: "link." } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => parseClaimEvent(r));
}

beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
  other = await createWorkspaceFixture({ claimCount: 1 });
});

describe("claim links", () => {
  it("links claims across articles, shows the link on both, and records it on both histories", async () => {
    const a = await addArticleWithClaims(f.workspace.id, {
      language: "id",
      claims: [{ quote: "Rusia mengatakan desa itu direbut.", claimant: "Rusia" }],
    });
    const b = await addArticleWithClaims(f.workspace.id, {
      language: "id",
      claims: [{ quote: "Kyiv membantah klaim tersebut.", claimant: "Kyiv" }],
    });
    const [ru] = a.claims;
    const [kyiv] = b.claims;
    const link = await addClaimLink(f.actors.reviewer, { claimId: kyiv!.id, toClaimId: ru!.id, type: "contradicts" });

    const fromSide = await getClaimDetail(f.actors.viewer, kyiv!.id);
    const toSide = await getClaimDetail(f.actors.viewer, ru!.id);
    expect(fromSide.links.map((l) => [l.direction, l.type, l.other.id])).toEqual([["outgoing", "contradicts", ru!.id]]);
    expect(toSide.links.map((l) => [l.direction, l.type, l.other.id])).toEqual([["incoming", "contradicts", kyiv!.id]]);

    const [added] = await linkEvents(kyiv!.id);
    expect(added).toMatchObject({
      action: "link.added",
      after: { type: "contradicts", toClaimId: ru!.id, direction: "outgoing", linkId: link.id, otherClaimant: "Rusia" },
    });
    const [addedOther] = await linkEvents(ru!.id);
    expect(addedOther).toMatchObject({
      action: "link.added",
      after: { direction: "incoming", fromClaimId: kyiv!.id, otherClaimant: "Kyiv" },
    });

    // The same link again, either way round, is a conflict; another type is a new link.
    await expect(
      addClaimLink(f.actors.editor, { claimId: ru!.id, toClaimId: kyiv!.id, type: "contradicts" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await addClaimLink(f.actors.editor, { claimId: ru!.id, toClaimId: kyiv!.id, type: "updates" });
    expect((await getClaimDetail(f.actors.viewer, ru!.id)).links).toHaveLength(2);

    // Removed from either end: gone from both, and both histories keep it.
    await removeClaimLink(f.actors.reviewer, { claimId: ru!.id, linkId: link.id });
    expect((await getClaimDetail(f.actors.viewer, kyiv!.id)).links.map((l) => l.type)).toEqual(["updates"]);
    expect((await linkEvents(kyiv!.id)).map((e) => e?.action)).toEqual(["link.added", "link.added", "link.removed"]);
    const removed = (await linkEvents(ru!.id)).at(-1);
    expect(removed).toMatchObject({
      action: "link.removed",
      before: { linkId: link.id, direction: "incoming" },
      after: null,
    });
    await expect(removeClaimLink(f.actors.reviewer, { claimId: ru!.id, linkId: link.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses viewers, self-links, and claims or links of another workspace, writing nothing", async () => {
    const [x, y] = (
      await addArticleWithClaims(f.workspace.id, {
        language: "en",
        claims: [{ quote: "X said one." }, { quote: "Y said two." }],
      })
    ).claims;
    const theirs = other.claims[0]!;
    await expect(
      addClaimLink(f.actors.viewer, { claimId: x!.id, toClaimId: y!.id, type: "corroborates" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addClaimLink(f.actors.reviewer, { claimId: x!.id, toClaimId: x!.id, type: "corroborates" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      addClaimLink(f.actors.reviewer, { claimId: x!.id, toClaimId: theirs.id, type: "contradicts" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addClaimLink(other.actors.editor, { claimId: theirs.id, toClaimId: x!.id, type: "contradicts" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const link = await addClaimLink(f.actors.reviewer, { claimId: x!.id, toClaimId: y!.id, type: "corroborates" });
    await expect(removeClaimLink(other.actors.admin, { claimId: x!.id, linkId: link.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeClaimLink(f.actors.viewer, { claimId: x!.id, linkId: link.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.claimLink.count({ where: { OR: [{ fromClaimId: theirs.id }, { toClaimId: theirs.id }] } })).toBe(0);
    expect(await db.claimLink.count({ where: { id: link.id } })).toBe(1);
    expect((await linkEvents(x!.id)).map((e) => e?.action)).toEqual(["link.added"]);
  });
});

describe("suggested links", () => {
  it("suggests claims with a different figure for the same quantity, not the same figure, not other quantities", async () => {
    const soldiers = (value: number, text: string) => [{ value, unit: "soldiers", qualifier: "about" as const, text }];
    const a = await addArticleWithClaims(f.workspace.id, {
      language: "id",
      claims: [
        {
          quote: "Korea Utara mengirim 14.000 tentara.",
          category: "troop_count",
          quantities: soldiers(14000, "14.000 tentara"),
        },
        {
          quote: "Korea Utara mengirim 3.000 bala bantuan.",
          category: "troop_count",
          quantities: soldiers(3000, "3.000 bala bantuan"),
        },
      ],
    });
    const b = await addArticleWithClaims(f.workspace.id, {
      language: "en",
      claims: [
        {
          quote: "North Korea sent 11,000 soldiers.",
          category: "troop_count",
          quantities: soldiers(11000, "11,000 soldiers"),
        },
        {
          quote: "Officials put it at 14,000 troops.",
          category: "troop_count",
          quantities: soldiers(14000, "14,000 troops"),
        },
        {
          quote: "About 4,000 were killed or wounded.",
          category: "casualty_report",
          quantities: soldiers(4000, "4,000"),
        },
      ],
    });
    const suggestions = await suggestedLinks(f.actors.viewer, a.claims[0]!.id);
    const quantity = suggestions.filter((s) => s.reason.kind === "quantity");
    expect(quantity.map((s) => s.other.id)).toEqual([b.claims[0]!.id]);
    expect(quantity[0]).toMatchObject({
      fromClaimId: a.claims[0]!.id,
      toClaimId: b.claims[0]!.id,
      reason: { kind: "quantity", key: "nk-troops-sent", value: 14000, otherValue: 11000 },
    });
    // Once linked, no longer suggested.
    await addClaimLink(f.actors.reviewer, {
      claimId: a.claims[0]!.id,
      toClaimId: b.claims[0]!.id,
      type: "contradicts",
    });
    expect(
      (await suggestedLinks(f.actors.viewer, a.claims[0]!.id)).filter((s) => s.reason.kind === "quantity"),
    ).toEqual([]);
  });

  it("suggests a denial against the claim it denies, from either side, with the denial as the source", async () => {
    const [ru] = (
      await addArticleWithClaims(f.workspace.id, {
        language: "id",
        claims: [
          {
            quote: "Rusia mengatakan pasukan Ukraina telah diusir dari desa Rusia terakhir di Sudzha.",
            claimant: "Rusia",
            category: "territorial_claim",
          },
        ],
      })
    ).claims;
    const [kyiv, unrelated] = (
      await addArticleWithClaims(f.workspace.id, {
        language: "id",
        claims: [
          {
            quote: "Kyiv membantah klaim tersebut dan mengatakan pasukan mereka masih beroperasi di Sudzha, Rusia.",
            claimant: "Kyiv",
            cue: "Kyiv membantah",
            category: "denial",
          },
          { quote: "Cuaca di Seoul cerah pada hari Senin.", claimant: "BMKG", category: "statement" },
        ],
      })
    ).claims;
    const fromDenial = (await suggestedLinks(f.actors.viewer, kyiv!.id)).filter((s) => s.reason.kind === "denial");
    expect(fromDenial.map((s) => s.other.id)).toContain(ru!.id);
    const toRu = fromDenial.find((s) => s.other.id === ru!.id)!;
    expect(toRu).toMatchObject({ fromClaimId: kyiv!.id, toClaimId: ru!.id });
    expect(toRu.reason).toMatchObject({ kind: "denial", shared: expect.arrayContaining(["pasukan", "sudzha"]) });
    const fromClaim = (await suggestedLinks(f.actors.viewer, ru!.id)).filter((s) => s.reason.kind === "denial");
    expect(fromClaim.map((s) => [s.fromClaimId, s.toClaimId])).toContainEqual([kyiv!.id, ru!.id]);
    expect((await suggestedLinks(f.actors.viewer, unrelated!.id)).map((s) => s.other.id)).not.toContain(kyiv!.id);
    // Quotes full of tsquery syntax are only words to it.
    const [odd] = (
      await addArticleWithClaims(f.workspace.id, {
        language: "id",
        claims: [{ quote: "Kyiv membantah: 'pasukan' & Sudzha | (Rusia) \\ !ops <-> x:*", category: "denial" }],
      })
    ).claims;
    expect((await suggestedLinks(f.actors.viewer, odd!.id)).map((s) => s.other.id)).toContain(ru!.id);
    // Another workspace's claims are never suggested, and its claim cannot be asked about.
    await expect(suggestedLinks(other.actors.viewer, kyiv!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
