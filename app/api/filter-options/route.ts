import { apiRoute } from "@/lib/http/route";
import { ZFilterOptions } from "@/lib/filter-options/schemas";
import { filterOptions } from "@/lib/filter-options/options";

/** ?kind=claimant|article&q=…&limit=…: a few matches for the claims list's search-as-you-type filters. */
export const GET = apiRoute(ZFilterOptions, filterOptions);
