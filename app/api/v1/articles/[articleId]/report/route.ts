import { withApi } from "@/lib/http/api-v1";
import { API_V1_ENDPOINTS } from "@/lib/api-v1/endpoints";
import { articleReportResponse } from "@/lib/exports/http";

export const GET = withApi(API_V1_ENDPOINTS.getArticleReport, ({ actor, params, query, tokenId, request }) =>
  articleReportResponse(actor, params.articleId, query.format, { tokenId: tokenId ?? undefined }, request.signal),
);
