import { apiRoute } from "@/lib/http/route";
import { ZAddClaimLink } from "@/lib/links/schemas";
import { addClaimLink } from "@/lib/links/links";

export const POST = apiRoute(ZAddClaimLink, addClaimLink);
