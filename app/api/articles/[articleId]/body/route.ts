import { apiRoute } from "@/lib/http/route";
import { INTAKE_MAX_BODY_BYTES, ZEditArticleBody } from "@/lib/articles/intake-schemas";
import { editArticleBody } from "@/lib/articles/intake";

// Replaces the article's text (version-checked); its claims are re-anchored, missing quotes flagged.
export const PUT = apiRoute(ZEditArticleBody, editArticleBody, { maxBodyBytes: INTAKE_MAX_BODY_BYTES });
