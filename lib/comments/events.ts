// The claim-history events comments write. Their payload schemas live in the one event union
// (lib/claims/events.ts); this keeps the comment module's calls short and typed.
import "server-only";
import type { Tx } from "@/lib/db";
import { writeClaimEvent, type TClaimEventOf } from "@/lib/claims/events";

type TCommentText = { commentId: string; body: string; mentions: string[] };

type TCommentEvent =
  | { action: "comment.added"; after: TCommentText }
  | { action: "comment.edited"; before: TCommentText; after: TCommentText }
  | { action: "comment.deleted"; before: TCommentText };

export function recordCommentEvent(
  tx: Tx,
  e: { workspaceId: string; claimId: string; actorId: string } & TCommentEvent,
) {
  const ctx = { workspaceId: e.workspaceId, claimId: e.claimId, actorId: e.actorId };
  switch (e.action) {
    case "comment.added":
      return writeClaimEvent(tx, ctx, {
        action: e.action,
        before: null,
        after: e.after,
      } satisfies TClaimEventOf<"comment.added">);
    case "comment.edited":
      return writeClaimEvent(tx, ctx, {
        action: e.action,
        before: e.before,
        after: e.after,
      } satisfies TClaimEventOf<"comment.edited">);
    case "comment.deleted":
      return writeClaimEvent(tx, ctx, {
        action: e.action,
        before: e.before,
        after: null,
      } satisfies TClaimEventOf<"comment.deleted">);
  }
}
