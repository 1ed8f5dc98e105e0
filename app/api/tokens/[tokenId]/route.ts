import { apiRoute } from "@/lib/http/route";
import { ZApiTokenRef } from "@/lib/api-tokens/schemas";
import { revokeApiToken } from "@/lib/api-tokens/api-tokens";

export const DELETE = apiRoute(ZApiTokenRef, revokeApiToken);
