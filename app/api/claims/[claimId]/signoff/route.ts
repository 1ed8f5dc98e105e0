import { apiRoute } from "@/lib/http/route";
import { ZClaimAtVersion } from "@/lib/reviews/schemas";
import { signOffClaim } from "@/lib/reviews/workflow";

// Signs off the verdict waiting for sign-off (never one's own): { version }.
export const POST = apiRoute(ZClaimAtVersion, signOffClaim);
