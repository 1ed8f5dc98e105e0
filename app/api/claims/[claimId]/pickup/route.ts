import { apiRoute } from "@/lib/http/route";
import { ZClaimAtVersion } from "@/lib/reviews/schemas";
import { pickUpClaim } from "@/lib/reviews/workflow";

// A reviewer takes an unassigned claim: { version }.
export const POST = apiRoute(ZClaimAtVersion, pickUpClaim);
