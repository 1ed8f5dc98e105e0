import { apiRoute } from "@/lib/http/route";
import { ZUpdateMember } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/members";

/** { action: "changeRole", role } | { action: "deactivate" } | { action: "reactivate" } */
export const PATCH = apiRoute(ZUpdateMember, (actor, input) => updateMember(actor, input));
