import { apiRoute } from "@/lib/http/route";
import { publishReport, unpublishReport, ZPublication } from "@/lib/exports/publish";

/** Publishes the article's report at its public URL (editors); again keeps the same URL. */
export const POST = apiRoute(ZPublication, publishReport);
/** Takes the public report down at once. */
export const DELETE = apiRoute(ZPublication, unpublishReport);
