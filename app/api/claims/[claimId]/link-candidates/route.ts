import { apiRoute } from "@/lib/http/route";
import { ZClaimPickerQuery } from "@/lib/search/schemas";
import { linkCandidates } from "@/lib/links/candidates";

export const GET = apiRoute(ZClaimPickerQuery, linkCandidates);
