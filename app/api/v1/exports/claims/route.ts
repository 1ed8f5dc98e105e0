import { withApi } from "@/lib/http/api-v1";
import { API_V1_ENDPOINTS } from "@/lib/api-v1/endpoints";
import { claimsExportResponse } from "@/lib/exports/http";

export const GET = withApi(API_V1_ENDPOINTS.exportClaims, ({ actor, query, tokenId, request }) =>
  claimsExportResponse(actor, query, { tokenId: tokenId ?? undefined }, request.signal),
);
