// The claim-history events comments write: the text as it was and as it became, with its mentions.
// Written through the one typed event writer; their schemas (ZComment*Event) live in lib/claims/events.ts.
import "server-only";
import type { Tx } from "@/lib/db";
import { writeClaimEvent, type TEventContext } from "@/lib/claims/events";

type CommentText = { commentId: string; body: string; mentions: string[] };
type CommentEvent =
  | { action: "comment.added"; after: CommentText }
  | { action: "comment.edited"; before: CommentText; after: CommentText }
  | { action: "comment.deleted"; before: CommentText };

/** Appends a comment event to the claim's history, inside the transaction that changed the comment. */
export function recordCommentEvent(tx: Tx, e: TEventContext & CommentEvent) {
  const ctx = { workspaceId: e.workspaceId, claimId: e.claimId, actorId: e.actorId };
  switch (e.action) {
    case "comment.added":
      return writeClaimEvent(tx, ctx, { action: e.action, before: null, after: e.after });
    case "comment.edited":
      return writeClaimEvent(tx, ctx, { action: e.action, before: e.before, after: e.after });
    case "comment.deleted":
      return writeClaimEvent(tx, ctx, { action: e.action, before: e.before, after: null });
  }
}
