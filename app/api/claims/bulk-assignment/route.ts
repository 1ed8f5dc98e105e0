import { apiRoute } from "@/lib/http/route";
import { ZBulkAssignClaims } from "@/lib/reviews/schemas";
import { bulkAssignClaims } from "@/lib/reviews/workflow";

// All or nothing: { claims: [{ id, version }], assigneeId, dueAt?, priority? }.
export const POST = apiRoute(ZBulkAssignClaims, bulkAssignClaims);
