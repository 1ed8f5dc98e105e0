// Each test file builds its own workspace, users and claims, with unique names, and never wipes
// anything: the database may be shared (DATABASE_URL) with other runs.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

export const FIXTURE_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export function uniq(prefix: string) {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}`;
}

export type Fixture = Awaited<ReturnType<typeof createWorkspaceFixture>>;

/** A workspace with one member per role (plus a second reviewer and a second editor), an article and `claimCount` unreviewed claims. */
export async function createWorkspaceFixture(opts: { claimCount?: number } = {}) {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const hash = await passwordHash;
  const slug = uniq("ws");
  const workspace = await db.workspace.create({ data: { slug, name: `Fixture ${slug}` } });
  const roles: Role[] = ["viewer", "reviewer", "editor", "admin"];
  const actors = {} as Record<Role | "reviewer2" | "editor2", Actor>;
  for (const role of [...roles, "reviewer2" as const, "editor2" as const]) {
    const email = `${uniq(role)}@fixture.test`;
    const user = await db.user.create({ data: { email, name: `${role} ${slug}`, passwordHash: hash } });
    const memberRole: Role = role === "reviewer2" ? "reviewer" : role === "editor2" ? "editor" : role;
    await db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: memberRole } });
    actors[role] = {
      userId: user.id,
      name: user.name,
      email,
      role: memberRole,
      workspaceId: workspace.id,
      workspaceSlug: slug,
      workspaceName: workspace.name,
    };
  }
  const sentences = Array.from(
    { length: opts.claimCount ?? 3 },
    (_, i) => `Claimant ${i % 4} said ${1000 + i} soldiers were sent.`,
  );
  const body = sentences.join("\n");
  const article = await db.article.create({
    data: {
      workspaceId: workspace.id,
      title: `Article ${slug}`,
      outlet: "Fixture Wire",
      language: "en",
      publishedAt: new Date("2025-04-28T05:00:00Z"),
      body,
    },
  });
  const claims = [];
  let offset = 0;
  const base = Date.UTC(2025, 0, 1);
  for (const [i, quote] of sentences.entries()) {
    claims.push(
      await db.claim.create({
        data: {
          workspaceId: workspace.id,
          articleId: article.id,
          quote,
          startOffset: offset,
          endOffset: offset + quote.length,
          claimant: `Claimant ${i % 4}`,
          category: i % 2 === 0 ? "troop_count" : "statement",
          // Distinct, ordered timestamps, and some equal ones to exercise the id tie-break.
          createdAt: new Date(base + Math.floor(i / 2) * 1000),
        },
      }),
    );
    offset += quote.length + 1;
  }
  return { workspace, actors, article, claims };
}
