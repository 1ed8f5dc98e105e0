import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { ZAddMember } from "@/lib/members/schemas";
import { addMember, listMembers } from "@/lib/members/members";

/** Every member, deactivated ones included (admins only). */
export const GET = apiRoute(z.object({}), (actor) => listMembers(actor));
/** Adds an existing account by email, or a new account with a password the admin sets. */
export const POST = apiRoute(ZAddMember, addMember);
