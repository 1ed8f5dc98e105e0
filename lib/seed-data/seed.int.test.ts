import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/seed-data/seed";
import { DEMO_PASSWORD, DEMO_WORKSPACES } from "@/lib/seed-data/demo";
import { verifyPassword } from "@/lib/auth/password";
import { parseClaimEvent } from "@/lib/claims/events";
import { decodeLocalizedText, textFor } from "@/lib/i18n/localized-text";

// `npm test` seeds the test database before the suite, as `npm start` does on an empty database.
describe("the demo seed", () => {
  it("is idempotent: seeding again adds nothing", async () => {
    expect(await seedDemoData(db)).toEqual({ workspaces: 0, users: 0, articles: 0, claims: 0 });
  });

  it("stores every claim's quote exactly at its offsets in the article body", async () => {
    const rows = await db.$queryRaw<{ key: string; quote: string; at_offsets: string }[]>`
      SELECT c.key, c.quote, substring(a.body FROM c."startOffset" + 1 FOR c."endOffset" - c."startOffset") AS at_offsets
      FROM claims c JOIN articles a ON a.id = c."articleId" JOIN workspaces w ON w.id = c."workspaceId"
      WHERE w.slug = 'demo' AND a.slug = 'korea-utara-kursk'`;
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const r of rows) expect(r.at_offsets, r.key).toBe(r.quote);
  });

  it("has the article's key claims with their claimants and figures", async () => {
    const claims = await db.claim.findMany({
      where: { workspace: { slug: "demo" }, article: { slug: "korea-utara-kursk" } },
      include: { quantities: { orderBy: { position: "asc" } } },
    });
    const byKey = new Map(claims.map((c) => [c.key, c]));
    const troops = byKey.get("nk-troops-14000")!;
    expect(troops.claimant).toBe("Pejabat Ukraina");
    expect(troops.quantities.map((q) => q.value.toNumber())).toEqual([14000, 3000]);
    expect(byKey.get("nk-unit-25-killed")!.quantities[0].value.toNumber()).toBe(25);
    for (const key of [
      "ru-last-village-expelled",
      "ua-denies-expulsion",
      "nk-confirms-deployment",
      "ru-saturday-confirmation",
      "us-state-unsc-violation",
      "kr-criminal-act",
      "nk-weapons-supply",
    ]) {
      expect(byKey.has(key), key).toBe(true);
    }
    const link = await db.claimLink.findFirst({
      where: {
        fromClaimId: byKey.get("ua-denies-expulsion")!.id,
        toClaimId: byKey.get("ru-last-village-expelled")!.id,
      },
    });
    expect(link?.type).toBe("contradicts");
  });

  it("writes its history through the typed event writer: every seeded event parses", async () => {
    const events = await db.claimEvent.findMany({
      where: { workspace: { slug: "demo" }, actorId: null, action: { in: ["claim.created", "link.added"] } },
    });
    expect(events.length).toBeGreaterThanOrEqual(18);
    expect(events.filter((e) => parseClaimEvent(e) === null)).toEqual([]);
  });

  it("stores the curators' date notes in both languages, readable in either", async () => {
    const row = await db.claim.findFirstOrThrow({
      where: {
        workspace: { slug: "demo" },
        article: { slug: "korea-utara-kursk" },
        key: "us-state-spokesperson-responsibility",
      },
    });
    const note = decodeLocalizedText(row.claimedAtNote);
    expect(textFor(note, "en")).toEqual({ text: "Date not stated; said to Reuters.", lang: "en" });
    expect(textFor(note, "id")).toEqual({ text: "Tanggal tidak disebut; disampaikan kepada Reuters.", lang: "id" });
  });

  it("creates one demo account per role with a real password hash, and a second workspace", async () => {
    const demo = DEMO_WORKSPACES[0];
    const members = await db.membership.findMany({
      where: { workspace: { slug: demo.slug } },
      include: { user: true },
    });
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(["viewer", "reviewer", "editor", "admin"]));
    const admin = members.find((m) => m.role === "admin")!.user;
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "wrong")).toBe(false);
    expect(await db.workspace.count({ where: { slug: "other" } })).toBe(1);
  });
});
