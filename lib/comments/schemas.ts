// Input schemas for comments, shared by the comment box (client) and the route handlers. Messages are catalog keys.
import { z } from "zod";
import { ZId } from "@/lib/http/text";

export const COMMENT_MAX = 5000;
/** How many comments a claim's thread returns at most (newest ones; the page says when there are more). */
export const COMMENTS_LIMIT = 200;

// Line breaks and tabs are fine in a comment; other control characters (NUL breaks PostgreSQL) are not.
const ZBody = z
  .string({ error: "comments.validation.bodyRequired" })
  .trim()
  .min(1, "comments.validation.bodyRequired")
  .max(COMMENT_MAX, "validation.tooLong")
  // eslint-disable-next-line no-control-regex -- control characters are what we reject
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), "comments.validation.controlCharacters");

export const ZListComments = z.object({ claimId: ZId });
export type TListComments = z.infer<typeof ZListComments>;

export const ZAddComment = z.object({ claimId: ZId, body: ZBody });
export type TAddComment = z.infer<typeof ZAddComment>;

export const ZEditComment = z.object({ claimId: ZId, commentId: ZId, body: ZBody });
export type TEditComment = z.infer<typeof ZEditComment>;

export const ZDeleteComment = z.object({ claimId: ZId, commentId: ZId });
export type TDeleteComment = z.infer<typeof ZDeleteComment>;
