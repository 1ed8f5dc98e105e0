import { apiRoute } from "@/lib/http/route";
import { ZDeleteComment, ZEditComment } from "@/lib/comments/schemas";
import { deleteComment, editComment } from "@/lib/comments/comments";

/** { body }: the author's new text; the old one goes into the claim's history. */
export const PATCH = apiRoute(ZEditComment, editComment);
export const DELETE = apiRoute(ZDeleteComment, deleteComment);
