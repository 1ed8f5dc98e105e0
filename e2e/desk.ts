// A desk of its own for each e2e test: a fresh workspace with one member per role and a copy of the
// seed article with all its curated claims. Tests change only their own desk, so the suite passes
// against a database that already holds other data, twice in a row, in any order.
import crypto from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { SEEDS_DIR, seedArticle } from "../lib/seed-data/seed";
import { loadSeedFile } from "../lib/seed-data/load";
import { createPrisma } from "../scripts/lib/prisma";
import type { Role } from "../lib/generated/prisma/enums";

export const DESK_ROLES = ["admin", "editor", "editor2", "reviewer", "reviewer2", "viewer"] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

const MEMBERS: Record<DeskRole, { name: string; role: Role }> = {
  admin: { name: "Ayu Admin", role: "admin" },
  editor: { name: "Eko Editor", role: "editor" },
  editor2: { name: "Eva Editor", role: "editor" },
  reviewer: { name: "Rina Reviewer", role: "reviewer" },
  reviewer2: { name: "Raka Reviewer", role: "reviewer" },
  viewer: { name: "Vina Viewer", role: "viewer" },
};

export const DESK_PASSWORD = "desk-password-for-e2e";
export const SEED_ARTICLE = "korea-utara-kursk";

let passwordHash: Promise<string> | undefined;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("e2e tests need DATABASE_URL: run them with `npm test`, which starts a throwaway PostgreSQL.");
  return url;
}

export type DeskUser = { id: string; email: string; name: string };

export type DeskData = {
  workspace: { id: string; slug: string; name: string };
  users: Record<DeskRole, DeskUser>;
  password: string;
  article: { id: string; title: string };
  claims: Map<string, { id: string; quote: string }>;
};

/** Creates the desk's workspace, members and seed article in the test database. */
export async function createDesk(): Promise<DeskData> {
  const prisma = createPrisma(databaseUrl());
  try {
    passwordHash ??= hashPassword(DESK_PASSWORD);
    const hash = await passwordHash;
    const tag = crypto.randomBytes(5).toString("hex");
    const workspace = await prisma.workspace.create({ data: { slug: `e2e-${tag}`, name: `E2E desk ${tag}` } });
    const users = {} as Record<DeskRole, DeskUser>;
    for (const key of DESK_ROLES) {
      const { name, role } = MEMBERS[key];
      const email = `${key}-${tag}@e2e.test`;
      const user = await prisma.user.create({ data: { email, name, passwordHash: hash } });
      await prisma.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role } });
      users[key] = { id: user.id, email, name };
    }
    const seed = loadSeedFile(SEEDS_DIR, SEED_ARTICLE);
    await seedArticle(prisma, workspace.id, seed);
    const article = await prisma.article.findUniqueOrThrow({
      where: { workspaceId_slug: { workspaceId: workspace.id, slug: seed.article.slug } },
    });
    const rows = await prisma.claim.findMany({
      where: { articleId: article.id },
      select: { id: true, key: true, quote: true },
    });
    const claims = new Map(rows.filter((r) => r.key).map((r) => [r.key as string, { id: r.id, quote: r.quote }]));
    return {
      workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
      users,
      password: DESK_PASSWORD,
      article: { id: article.id, title: article.title },
      claims,
    };
  } finally {
    await prisma.$disconnect();
  }
}

/** Removes everything the desk made: the workspace (its records cascade) and its members' accounts. */
export async function removeDesk(desk: DeskData): Promise<void> {
  const prisma = createPrisma(databaseUrl());
  try {
    const emails = Object.values(desk.users).map((u) => u.email);
    await prisma.workspace.delete({ where: { id: desk.workspace.id } });
    await prisma.user.deleteMany({ where: { email: { in: emails } } });
    await prisma.signInThrottle.deleteMany({ where: { email: { in: emails } } });
  } finally {
    await prisma.$disconnect();
  }
}
