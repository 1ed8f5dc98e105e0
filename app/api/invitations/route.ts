import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { ZCreateInvitation } from "@/lib/members/schemas";
import { createInvitation, listInvitations } from "@/lib/members/invitations";

/** The workspace's invitations with their status (never the token). Admins only. */
export const GET = apiRoute(z.object({}), (actor) => listInvitations(actor));
/** Creates a link; the response's `path` (/invite/<token>) is the only time the token is shown. */
export const POST = apiRoute(ZCreateInvitation, (actor, input) => createInvitation(actor, input));
