import "server-only";
// The export log: who exported what, when, with which filters and format, how many rows, and whether
// it completed. A row is written when the export starts (not completed) and marked completed only
// after the last byte was handed to the response; an export that fails or whose reader goes away
// keeps completedAt null with the rows sent so far, so nothing half-written looks like a success.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ExportLogStart = {
  actor: Pick<Actor, "workspaceId" | "userId">;
  tokenId?: string;
  format: string;
  scope: "article" | "claims";
  articleId?: string;
  filters: Record<string, string>;
};

export async function startExportLog(s: ExportLogStart): Promise<string> {
  const row = await db.exportLog.create({
    data: {
      workspaceId: s.actor.workspaceId,
      userId: s.actor.userId,
      tokenId: s.tokenId ?? null,
      format: s.format,
      scope: s.scope,
      articleId: s.articleId ?? null,
      filters: s.filters as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return row.id;
}

export async function finishExportLog(id: string, rowCount: number, completed: boolean): Promise<void> {
  await db.exportLog.update({
    where: { id },
    data: { rowCount, completedAt: completed ? new Date() : null },
  });
}

export const EXPORT_LOG_PAGE_SIZE = 100;

/** The workspace's latest exports, newest first (editors and admins). */
export async function listExportLog(actor: Actor, opts: { before?: string } = {}) {
  assertCan(actor, "exports.readLog");
  const before = opts.before ? new Date(opts.before) : null;
  const rows = await db.exportLog.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...(before && !Number.isNaN(before.getTime()) ? { createdAt: { lt: before } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_LOG_PAGE_SIZE + 1,
    select: {
      id: true,
      format: true,
      scope: true,
      articleId: true,
      filters: true,
      rowCount: true,
      completedAt: true,
      createdAt: true,
      user: { select: { name: true } },
      token: { select: { name: true } },
    },
  });
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((x): x is string => Boolean(x)))];
  const articles = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, id: { in: articleIds } },
    select: { id: true, title: true },
  });
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const page = rows.slice(0, EXPORT_LOG_PAGE_SIZE);
  return {
    entries: page.map((r) => ({
      ...r,
      filters: (r.filters ?? {}) as Record<string, string>,
      articleTitle: r.articleId ? (titles.get(r.articleId) ?? null) : null,
    })),
    nextBefore: rows.length > EXPORT_LOG_PAGE_SIZE ? page.at(-1)!.createdAt.toISOString() : null,
  };
}
