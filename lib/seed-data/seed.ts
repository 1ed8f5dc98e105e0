// Seeds the demo workspaces, their accounts and every curated article in seeds/. Idempotent: existing
// workspaces, users and articles are left as they are (reviews made since are never overwritten).
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { encodeLocalizedText } from "@/lib/i18n/localized-text";
import { DEMO_PASSWORD, DEMO_WORKSPACES } from "@/lib/seed-data/demo";
import { listSeedFiles, loadSeedFile, type TLoadedSeed } from "@/lib/seed-data/load";
import { writeClaimEvent } from "@/lib/claims/events";

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

export type SeedReport = { workspaces: number; users: number; articles: number; claims: number };

export async function seedDemoData(db: PrismaClient, seedsDir = SEEDS_DIR): Promise<SeedReport> {
  const seeds = listSeedFiles(seedsDir).map((name) => loadSeedFile(seedsDir, name));
  const report: SeedReport = { workspaces: 0, users: 0, articles: 0, claims: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const ws of DEMO_WORKSPACES) {
    const existing = await db.workspace.findUnique({ where: { slug: ws.slug } });
    const workspace = existing ?? (await db.workspace.create({ data: { slug: ws.slug, name: ws.name } }));
    if (!existing) report.workspaces += 1;
    for (const m of ws.members) {
      let user = await db.user.findUnique({ where: { email: m.email } });
      if (!user) {
        user = await db.user.create({ data: { email: m.email, name: m.name, passwordHash } });
        report.users += 1;
      }
      await db.membership.upsert({
        where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } },
        create: { userId: user.id, workspaceId: workspace.id, role: m.role },
        update: {},
      });
    }
    for (const seed of seeds) {
      const added = await seedArticle(db, workspace.id, seed);
      if (added) {
        report.articles += 1;
        report.claims += added;
      }
    }
  }
  return report;
}

/** Writes one article with its claims, quantities, links and "created" events; 0 if it already exists. */
export async function seedArticle(db: PrismaClient, workspaceId: string, seed: TLoadedSeed): Promise<number> {
  const { article } = seed;
  return db.$transaction(
    async (tx) => {
      const exists = await tx.article.findUnique({ where: { workspaceId_slug: { workspaceId, slug: article.slug } } });
      if (exists) return 0;
      const created = await tx.article.create({
        data: {
          workspaceId,
          slug: article.slug,
          title: article.title,
          outlet: article.outlet,
          url: article.url,
          language: article.language,
          publishedAt: new Date(article.publishedAt),
          byline: article.byline,
          dateline: article.dateline,
          imageCaption: article.imageCaption,
          body: seed.body,
        },
      });
      const idByKey = new Map<string, string>();
      // createdAt in reading order so the claims list shows the article's claims top to bottom.
      const base = Date.now();
      for (const [i, c] of seed.claims.entries()) {
        const claim = await tx.claim.create({
          data: {
            workspaceId,
            articleId: created.id,
            key: c.key,
            quote: c.quote,
            startOffset: c.start,
            endOffset: c.end,
            claimant: c.claimant,
            cue: c.cue,
            category: c.category,
            claimedAt: c.claimedAt ? new Date(`${c.claimedAt}T00:00:00Z`) : null,
            claimedAtNote: c.claimedAtNote ? encodeLocalizedText(c.claimedAtNote) : null,
            createdAt: new Date(base - i),
            quantities: {
              create: c.quantities.map((q, position) => ({
                position,
                value: q.value,
                unit: q.unit,
                qualifier: q.qualifier,
                text: q.text,
              })),
            },
          },
        });
        idByKey.set(c.key, claim.id);
        await writeClaimEvent(
          tx,
          { workspaceId, claimId: claim.id, actorId: null },
          {
            action: "claim.created",
            before: null,
            after: { quote: c.quote, claimant: c.claimant, category: c.category, source: "seed" },
          },
        );
      }
      for (const link of seed.links) {
        const fromClaimId = idByKey.get(link.from)!;
        const toClaimId = idByKey.get(link.to)!;
        await tx.claimLink.create({ data: { workspaceId, fromClaimId, toClaimId, type: link.type } });
        await writeClaimEvent(
          tx,
          { workspaceId, claimId: fromClaimId, actorId: null },
          {
            action: "link.added",
            before: null,
            after: { type: link.type, toClaimId, toKey: link.to, source: "seed" },
          },
        );
      }
      return seed.claims.length;
    },
    { timeout: 60_000 },
  );
}
