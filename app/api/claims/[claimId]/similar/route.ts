import { apiRoute } from "@/lib/http/route";
import { ZSimilarClaimsQuery } from "@/lib/search/schemas";
import { similarClaimsOf } from "@/lib/search/similar";

export const GET = apiRoute(ZSimilarClaimsQuery, similarClaimsOf);
