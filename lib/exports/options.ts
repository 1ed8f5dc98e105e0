import "server-only";
// What the export form offers: the workspace's articles and the people who have given verdicts.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { listArticleOptions } from "@/lib/articles/queries";

export async function exportFormOptions(actor: Actor) {
  assertCan(actor, "export");
  const [articles, members] = await Promise.all([
    listArticleOptions(actor),
    db.membership.findMany({
      where: { workspaceId: actor.workspaceId, role: { in: ["reviewer", "editor", "admin"] } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
      take: 500,
    }),
  ]);
  return { articles, reviewers: members.map((m) => m.user) };
}
