import { apiRoute } from "@/lib/http/route";
import { ZRequestChanges } from "@/lib/reviews/schemas";
import { requestChanges } from "@/lib/reviews/workflow";

// Sends the verdict back to the reviewer with a note: { version, note }.
export const POST = apiRoute(ZRequestChanges, requestChanges);
