import { apiRoute } from "@/lib/http/route";
import { ZAssignClaim } from "@/lib/reviews/schemas";
import { assignClaim } from "@/lib/reviews/workflow";

// Assign, reassign or (assigneeId: null) unassign: { version, assigneeId, dueAt?, priority? }.
export const PUT = apiRoute(ZAssignClaim, assignClaim);
