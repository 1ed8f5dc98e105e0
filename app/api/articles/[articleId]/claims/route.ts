import { apiRoute } from "@/lib/http/route";
import { ZCreateClaimFromSelection } from "@/lib/articles/intake-schemas";
import { createClaimFromSelection } from "@/lib/articles/intake-suggestions";

// A new claim from a passage selected in the article text (offsets into the body at articleVersion).
export const POST = apiRoute(ZCreateClaimFromSelection, createClaimFromSelection);
