import { apiRoute } from "@/lib/http/route";
import { ZMemberRef } from "@/lib/members/schemas";
import { openAssignmentsOf } from "@/lib/members/members";

/** The member's claims not signed off yet, for reassignment. */
export const GET = apiRoute(ZMemberRef, openAssignmentsOf);
