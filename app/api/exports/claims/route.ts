import { requireActor } from "@/lib/auth/actor";
import { claimsExportResponse, parseClaimsExportQuery } from "@/lib/exports/http";
import { assertSameOrigin, errorResponse } from "@/lib/http/route";

/** ?format=csv&verdict=…&articleId=…&from=…: the filtered claims as a streamed download (docs/decisions/0017). */
export async function GET(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    const actor = await requireActor();
    const query = parseClaimsExportQuery(new URL(req.url).searchParams);
    return await claimsExportResponse(actor, query, {}, req.signal);
  } catch (e) {
    return errorResponse(e);
  }
}
