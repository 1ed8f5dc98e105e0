import { apiRoute } from "@/lib/http/route";
import { ZAddComment, ZListComments } from "@/lib/comments/schemas";
import { addComment, listComments } from "@/lib/comments/comments";

export const GET = apiRoute(ZListComments, listComments);
/** { body }: @[Name](userId) tokens mention (and notify) active members. */
export const POST = apiRoute(ZAddComment, addComment);
