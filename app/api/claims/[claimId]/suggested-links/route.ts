import { apiRoute } from "@/lib/http/route";
import { ZSuggestedLinksQuery } from "@/lib/links/schemas";
import { suggestedLinksOf } from "@/lib/links/suggest";

export const GET = apiRoute(ZSuggestedLinksQuery, suggestedLinksOf);
