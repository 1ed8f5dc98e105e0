import { apiRoute } from "@/lib/http/route";
import { ZAddEvidence } from "@/lib/claims/schemas";
import { addEvidence } from "@/lib/claims/mutations";

export const POST = apiRoute(ZAddEvidence, addEvidence);
