import { withApi } from "@/lib/http/api-v1";
import { API_V1_ENDPOINTS } from "@/lib/api-v1/endpoints";
import { apiV1ListClaims } from "@/lib/api-v1/handlers";

export const GET = withApi(API_V1_ENDPOINTS.listClaims, ({ actor, query }) => apiV1ListClaims(actor, query));
