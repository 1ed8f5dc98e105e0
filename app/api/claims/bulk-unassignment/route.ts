import { apiRoute } from "@/lib/http/route";
import { ZBulkUnassignClaims } from "@/lib/reviews/schemas";
import { bulkUnassignClaims } from "@/lib/reviews/workflow";

// All or nothing: { claims: [{ id, version }] } back to nobody (decision 0015).
export const POST = apiRoute(ZBulkUnassignClaims, bulkUnassignClaims);
