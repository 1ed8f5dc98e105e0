import { apiRoute } from "@/lib/http/route";
import { ZDecideSuggestion } from "@/lib/articles/intake-schemas";
import { decideSuggestion } from "@/lib/articles/intake-suggestions";

// Accepts, merges or rejects a suggested claim; a suggestion decided meanwhile is a CONFLICT.
export const PUT = apiRoute(ZDecideSuggestion, decideSuggestion);
