import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { parseMentions } from "@/lib/comments/mentions";
import { recordCommentEvent } from "@/lib/comments/events";
import {
  COMMENTS_LIMIT,
  type TAddComment,
  type TDeleteComment,
  type TEditComment,
  type TListComments,
} from "@/lib/comments/schemas";
import { notify } from "@/lib/notifications/notify";

async function findClaim(tx: Tx, actor: Actor, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  return claim;
}

/** A comment of this claim, in this workspace, not deleted; otherwise NOT_FOUND. Only its author may go on. */
async function findOwnComment(tx: Tx, actor: Actor, claimId: string, commentId: string) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, claimId, workspaceId: actor.workspaceId, deletedAt: null },
  });
  if (!comment) throw notFound("comments.error.notFound");
  if (comment.authorId !== actor.userId) throw new AppError("FORBIDDEN", "comments.error.notAuthor");
  return comment;
}

/**
 * The mentioned user ids in `body` that must be active members of the workspace. `alreadyAccepted`
 * (an edited comment's earlier mentions) stay accepted even if that member has since been deactivated,
 * so editing a typo does not fail on an old mention. Anyone else is refused at the body field.
 */
async function resolveMentions(tx: Tx, actor: Actor, body: string, alreadyAccepted: readonly string[] = []) {
  const ids = parseMentions(body);
  if (ids.length === 0) return [];
  const fresh = ids.filter((id) => !alreadyAccepted.includes(id));
  if (fresh.length > 0) {
    const members = await tx.membership.findMany({
      where: { workspaceId: actor.workspaceId, userId: { in: fresh }, deactivatedAt: null },
      select: { userId: true },
    });
    // Same answer for "no such user" and "another newsroom's user": ids do not leak across workspaces.
    if (members.length !== fresh.length)
      throw new AppError("INVALID", "errors.invalid", { fields: { body: "comments.validation.unknownMention" } });
  }
  return ids;
}

function excerpt(body: string) {
  return body.length > 200 ? `${body.slice(0, 199)}…` : body;
}

/**
 * A claim's comments, oldest first (the newest COMMENTS_LIMIT when there are more: `hasEarlier`).
 * Deleted comments stay in the thread as a marker without text; each says whether the actor may edit it.
 */
export async function listComments(actor: Actor, input: TListComments) {
  assertCan(actor, "read");
  const claim = await findClaim(db, actor, input.claimId);
  const rows = await db.comment.findMany({
    where: { claimId: claim.id, workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMMENTS_LIMIT + 1,
    include: { author: { select: { id: true, name: true } } },
  });
  const mayWrite = can(actor, "comment.add");
  const comments = rows
    .slice(0, COMMENTS_LIMIT)
    .reverse()
    .map((c) => {
      const deleted = c.deletedAt !== null;
      return {
        id: c.id,
        author: c.author,
        body: deleted ? null : c.body,
        mentions: deleted ? [] : c.mentions,
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        deletedAt: c.deletedAt,
        /** The actor wrote it and may still comment: the page offers edit and delete. */
        mine: !deleted && mayWrite && c.authorId === actor.userId,
      };
    });
  // Current names for mention chips (commentSegments), so a renamed member shows their new name.
  const mentioned = [...new Set(comments.flatMap((c) => c.mentions))];
  const users = mentioned.length
    ? await db.user.findMany({
        where: { id: { in: mentioned }, memberships: { some: { workspaceId: actor.workspaceId } } },
        select: { id: true, name: true },
      })
    : [];
  return {
    comments,
    hasEarlier: rows.length > COMMENTS_LIMIT,
    mentionNames: Object.fromEntries(users.map((u) => [u.id, u.name])) as Record<string, string>,
  };
}
export type CommentThread = Awaited<ReturnType<typeof listComments>>;

/**
 * Adds a comment. Mentions (`@[Name](userId)` tokens) must be active members of the workspace; each
 * mentioned member (not the author) gets a "mentioned" notification in the same transaction.
 */
export async function addComment(actor: Actor, input: TAddComment) {
  assertCan(actor, "comment.add");
  return db.$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const mentions = await resolveMentions(tx, actor, input.body);
    const comment = await tx.comment.create({
      data: { workspaceId: actor.workspaceId, claimId: claim.id, authorId: actor.userId, body: input.body, mentions },
    });
    await recordCommentEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "comment.added",
      after: { commentId: comment.id, body: comment.body, mentions },
    });
    await notify(tx, {
      kind: "mentioned",
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      claimId: claim.id,
      userIds: mentions,
      data: { commentId: comment.id, excerpt: excerpt(comment.body) },
    });
    return comment;
  });
}

/**
 * Edits one's own comment. The earlier text goes into the claim's history (comment.edited, before →
 * after). Only members newly mentioned by the edit are notified. If the comment changed or was deleted
 * since it was read (another tab), nothing is written: CONFLICT or NOT_FOUND.
 */
export async function editComment(actor: Actor, input: TEditComment) {
  assertCan(actor, "comment.add");
  return db.$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const comment = await findOwnComment(tx, actor, claim.id, input.commentId);
    if (comment.body === input.body) return comment;
    const mentions = await resolveMentions(tx, actor, input.body, comment.mentions);
    const now = new Date();
    // Compare-and-set on the text we read, so the history's "before" is exactly what was replaced.
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null, body: comment.body },
      data: { body: input.body, mentions, editedAt: now },
    });
    if (count === 0) {
      const current = await tx.comment.findUnique({ where: { id: comment.id }, select: { deletedAt: true } });
      if (!current || current.deletedAt) throw notFound("comments.error.notFound");
      throw new AppError("CONFLICT", "comments.error.conflict");
    }
    await recordCommentEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "comment.edited",
      before: { commentId: comment.id, body: comment.body, mentions: comment.mentions },
      after: { commentId: comment.id, body: input.body, mentions },
    });
    await notify(tx, {
      kind: "mentioned",
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      claimId: claim.id,
      userIds: mentions.filter((id) => !comment.mentions.includes(id)),
      data: { commentId: comment.id, excerpt: excerpt(input.body) },
    });
    return { ...comment, body: input.body, mentions, editedAt: now };
  });
}

/**
 * Deletes one's own comment: the thread keeps a "deleted" marker, the text is cleared from the comment
 * and kept in the claim's history (comment.deleted with the text before). Deleting twice is NOT_FOUND.
 */
export async function deleteComment(actor: Actor, input: TDeleteComment) {
  assertCan(actor, "comment.add");
  return db.$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const comment = await findOwnComment(tx, actor, claim.id, input.commentId);
    const now = new Date();
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null, body: comment.body },
      data: { deletedAt: now, body: "", mentions: [] },
    });
    if (count === 0) {
      const current = await tx.comment.findUnique({ where: { id: comment.id }, select: { deletedAt: true } });
      if (!current || current.deletedAt) throw notFound("comments.error.notFound");
      throw new AppError("CONFLICT", "comments.error.conflict");
    }
    await recordCommentEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "comment.deleted",
      before: { commentId: comment.id, body: comment.body, mentions: comment.mentions },
    });
    return { id: comment.id, deletedAt: now };
  });
}
