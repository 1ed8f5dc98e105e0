// The one wrapper for the read-only API's route handlers (/api/v1), modelled on dub's withWorkspace:
// it resolves the actor from a personal API token (Authorization: Bearer fct_…) or else the session,
// checks the permission the endpoint names, parses path and query with the endpoint's schemas
// (lib/api-v1/endpoints.ts), and maps errors to the API's JSON shape. Decision record 0018.
import "server-only";
import { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { actorForApiToken, type ApiTokenRefusal } from "@/lib/api-tokens/api-tokens";
import { parseBearer } from "@/lib/api-tokens/tokens";
import type { ApiEndpoint } from "@/lib/api-v1/endpoints";
import { AppError, notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** How the request authenticated: the token's id (for the export log), or null for a session. */
export type ApiCaller = { actor: Actor; tokenId: string | null };

export type ApiHandlerContext<E extends ApiEndpoint> = ApiCaller & {
  params: z.infer<E["params"]>;
  query: z.infer<E["query"]>;
  request: Request;
};

const REFUSAL_MESSAGE: Record<ApiTokenRefusal | "malformed", string> = {
  malformed: "apiV1.auth.malformed",
  unknown: "apiV1.auth.unknown",
  revoked: "apiV1.auth.revoked",
  expired: "apiV1.auth.expired",
  ownerInactive: "apiV1.auth.ownerInactive",
};

/** A 401 that says Bearer tokens are accepted (RFC 6750); `invalid_token` when one was sent and refused. */
class ApiUnauthenticated extends AppError {
  constructor(
    messageKey: string,
    readonly invalidToken: boolean,
    params?: Record<string, string>,
  ) {
    super("UNAUTHENTICATED", messageKey, { params });
  }
}

/** The actor: a token when the request sends one (it wins over a session cookie), else the session. */
export async function resolveApiCaller(request: Request, now = new Date()): Promise<ApiCaller> {
  const bearer = parseBearer(request.headers.get("authorization"));
  if (bearer.kind === "malformed") throw new ApiUnauthenticated(REFUSAL_MESSAGE.malformed, true);
  if (bearer.kind === "token") {
    const r = await actorForApiToken(bearer.token, now);
    if (!r.ok)
      throw new ApiUnauthenticated(
        REFUSAL_MESSAGE[r.refusal],
        true,
        r.expiresAt ? { date: r.expiresAt.toISOString() } : undefined,
      );
    return { actor: r.actor, tokenId: r.tokenId };
  }
  try {
    return { actor: await requireActor(), tokenId: null };
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED")
      throw new ApiUnauthenticated("apiV1.auth.missing", false);
    throw e;
  }
}

/** Query parameters as one object; a repeated parameter is refused rather than one copy silently winning. */
function queryObject(url: URL): Record<string, string> {
  // A Map, not an object literal: a parameter named __proto__ stays a key (and is refused as unknown).
  const seen = new Map<string, string>();
  const repeated = new Set<string>();
  for (const [k, v] of url.searchParams) {
    if (seen.has(k)) repeated.add(k);
    seen.set(k, v);
  }
  if (repeated.size)
    throw new AppError("INVALID", "apiV1.invalidQuery", {
      params: { names: [...repeated].join(", ") },
      fields: Object.fromEntries([...repeated].map((k) => [k, "apiV1.repeated"])),
    });
  return Object.fromEntries(seen);
}

/** Zod issues → field → message key, naming each unknown parameter itself. */
function queryErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) fields[k] ??= "apiV1.unknownParameter";
    else fields[String(issue.path[0] ?? "_form")] ??= issue.message;
  }
  return fields;
}

export async function parseApiInput<E extends ApiEndpoint>(
  endpoint: E,
  url: URL,
  rawParams: Record<string, string | string[]>,
): Promise<{ params: z.infer<E["params"]>; query: z.infer<E["query"]> }> {
  const params = endpoint.params.safeParse(rawParams);
  // A path segment that cannot be an id names no record.
  if (!params.success) throw notFound();
  const query = await endpoint.query.safeParseAsync(queryObject(url));
  if (!query.success) {
    const fields = queryErrors(query.error);
    throw new AppError("INVALID", "apiV1.invalidQuery", { params: { names: Object.keys(fields).join(", ") }, fields });
  }
  return { params: params.data as z.infer<E["params"]>, query: query.data as z.infer<E["query"]> };
}

const NO_STORE = { "cache-control": "private, no-store", vary: "Authorization, Cookie" };

/**
 * Wraps a GET handler of /api/v1. The handler returns a JSON body (sent as it is, so lists can carry
 * `pagination` beside `data`) or a Response of its own (streamed downloads).
 */
export function withApi<E extends ApiEndpoint>(
  endpoint: E,
  handler: (ctx: ApiHandlerContext<E>) => Promise<object | Response>,
) {
  return async (request: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      const caller = await resolveApiCaller(request);
      assertCan(caller.actor, endpoint.permission);
      const input = await parseApiInput(endpoint, new URL(request.url), (await ctx?.params) ?? {});
      const result = await handler({ ...caller, ...input, request });
      if (result instanceof Response) {
        for (const [k, v] of Object.entries(NO_STORE)) if (!result.headers.has(k)) result.headers.set(k, v);
        return result;
      }
      return Response.json(result, { headers: NO_STORE });
    } catch (e) {
      const res = await errorResponse(e);
      if (res.status === 401) {
        const invalid = e instanceof ApiUnauthenticated && e.invalidToken;
        res.headers.set("www-authenticate", `Bearer realm="api"${invalid ? ', error="invalid_token"' : ""}`);
      }
      for (const [k, v] of Object.entries(NO_STORE)) res.headers.set(k, v);
      return res;
    }
  };
}
