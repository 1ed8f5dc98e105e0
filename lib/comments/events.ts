// The claim-history events comments write, with their payloads. Until the typed event writer
// (lib/claims/events.ts) lands, they go through recordEvent; these schemas are ready to join its union.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { recordEvent } from "@/lib/claims/mutations";
import type { TEventAction } from "@/lib/claims/vocabulary";

export const COMMENT_EVENT_ACTIONS = ["comment.added", "comment.edited", "comment.deleted"] as const;

const ZCommentText = z.object({ commentId: z.string(), body: z.string(), mentions: z.array(z.string()) });

/** before/after of each comment event: the text as it was and as it became. */
export const commentEventSchemas = {
  "comment.added": z.object({ before: z.null().optional(), after: ZCommentText }),
  "comment.edited": z.object({ before: ZCommentText, after: ZCommentText }),
  "comment.deleted": z.object({ before: ZCommentText, after: z.null().optional() }),
} as const;

type TCommentEvent = {
  [A in keyof typeof commentEventSchemas]: { action: A } & z.infer<(typeof commentEventSchemas)[A]>;
}[keyof typeof commentEventSchemas];

export function recordCommentEvent(
  tx: Tx,
  e: { workspaceId: string; claimId: string; actorId: string } & TCommentEvent,
) {
  // The cast goes when the shared vocabulary lists these actions (see docs/decisions/0013).
  return recordEvent(tx, { ...e, action: e.action as unknown as TEventAction });
}
