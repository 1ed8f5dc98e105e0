import { apiRoute } from "@/lib/http/route";
import { ZInvitationRef } from "@/lib/members/schemas";
import { revokeInvitation } from "@/lib/members/invitations";

export const DELETE = apiRoute(ZInvitationRef, (actor, input) => revokeInvitation(actor, input));
