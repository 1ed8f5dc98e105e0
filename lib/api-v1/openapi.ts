// The OpenAPI 3.1 document of /api/v1, generated from the endpoint table the routes parse with
// (lib/api-v1/endpoints.ts). Pure: served by app/api/v1/openapi.json and checked by a unit test
// against the route files.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_V1_ENDPOINTS, type ApiEndpoint } from "@/lib/api-v1/endpoints";
import { EXPORT_FORMATS } from "@/lib/reports/registry";

const ZApiErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, INVALID, ..." }),
      message: z.string().meta({ description: "In the reader's language (Accept-Language)." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "For INVALID: each refused query parameter, by name, with why." }),
    }),
  })
  .meta({ id: "Error" });

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ZApiErrorBody } },
});

function operation(e: ApiEndpoint): ZodOpenApiOperationObject {
  const hasParams = Object.keys(e.params.shape).length > 0;
  const hasQuery = Object.keys(e.query.shape).length > 0;
  const content =
    "json" in e.response
      ? { "application/json": { schema: e.response.json } }
      : Object.fromEntries(
          Object.values(EXPORT_FORMATS).map((f) => [
            f.contentType.split(";")[0]!,
            { schema: z.string().meta({ description: `A .${f.extension} file, streamed.` }) },
          ]),
        );
  return {
    operationId: e.operationId,
    summary: e.summary,
    ...(e.authenticated === false ? { security: [] } : {}),
    requestParams: { ...(hasParams ? { path: e.params } : {}), ...(hasQuery ? { query: e.query } : {}) },
    responses: {
      "200": { description: "OK", content },
      ...(hasQuery
        ? { "400": errorResponse("A query parameter is unknown or has a value it cannot take; `fields` names it.") }
        : {}),
      ...(e.authenticated === false
        ? {}
        : {
            "401": {
              ...errorResponse("No session and no token, or the token is malformed, unknown, revoked or expired."),
              headers: {
                "WWW-Authenticate": { schema: { type: "string" as const }, description: 'Bearer realm="api"' },
              },
            },
          }),
      ...(hasParams ? { "404": errorResponse("No such record in the token's workspace.") } : {}),
    },
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const e of Object.values(API_V1_ENDPOINTS) as ApiEndpoint[]) paths[e.path] = { get: operation(e) };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Fact-check claims tracker API",
      version: "1.0.0",
      description:
        "Read-only access to one workspace's articles, claims, verdicts and reports. Authenticate with a personal API token from Settings → API tokens (`Authorization: Bearer fct_…`); it acts as its owner, with the owner's current role, in the workspace it was made in.",
    },
    security: [{ bearerAuth: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token (fct_…)." },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "A signed-in browser session.",
        },
      },
    },
    paths,
  });
}
