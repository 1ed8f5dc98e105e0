import { apiRoute } from "@/lib/http/route";
import { INTAKE_MAX_BODY_BYTES, ZCreateArticle } from "@/lib/articles/intake-schemas";
import { createArticle } from "@/lib/articles/intake";

// Adds an article (editors) and stores its suggested claims; the same text twice is a CONFLICT naming the first.
export const POST = apiRoute(ZCreateArticle, createArticle, { maxBodyBytes: INTAKE_MAX_BODY_BYTES });
