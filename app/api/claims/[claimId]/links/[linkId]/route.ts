import { apiRoute } from "@/lib/http/route";
import { ZRemoveClaimLink } from "@/lib/links/schemas";
import { removeClaimLink } from "@/lib/links/links";

export const DELETE = apiRoute(ZRemoveClaimLink, removeClaimLink);
