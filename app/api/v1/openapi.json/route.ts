// The API's OpenAPI 3.1 document; public, like any API's reference (it holds no data).
import { buildOpenApiDocument } from "@/lib/api-v1/openapi";

let doc: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET(): Response {
  doc ??= buildOpenApiDocument();
  return Response.json(doc, { headers: { "cache-control": "public, max-age=300" } });
}
