import { apiRoute } from "@/lib/http/route";
import { ZRemoveEvidence } from "@/lib/claims/schemas";
import { removeEvidence } from "@/lib/claims/mutations";

export const DELETE = apiRoute(ZRemoveEvidence, removeEvidence);
