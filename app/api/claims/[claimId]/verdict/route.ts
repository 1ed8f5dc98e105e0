import { apiRoute } from "@/lib/http/route";
import { ZSetVerdict } from "@/lib/claims/schemas";
import { setVerdict } from "@/lib/claims/mutations";

export const PUT = apiRoute(ZSetVerdict, setVerdict);
