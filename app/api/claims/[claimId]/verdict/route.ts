import { apiRoute } from "@/lib/http/route";
import { ZSetVerdictWithReason } from "@/lib/reviews/schemas";
import { setVerdict } from "@/lib/claims/mutations";

// Sets the verdict and sends the claim to sign-off; on a signed-off claim, a correction (needs `reason`).
export const PUT = apiRoute(ZSetVerdictWithReason, setVerdict);
