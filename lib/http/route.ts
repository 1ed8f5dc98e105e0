import "server-only";
import { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { DEFAULT_MAX_JSON_BYTES, readJsonBody } from "@/lib/http/body";
import { assertSameOrigin, errorResponse } from "@/lib/http/errors";
import { fieldErrors } from "@/lib/http/field-errors";

export { assertSameOrigin, errorResponse, fieldErrors };
export { RETRY_AFTER_SECONDS } from "@/lib/http/errors";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteOptions = {
  /** The largest JSON body this route reads, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
};

const BODYLESS = new Set(["GET", "HEAD", "DELETE"]);

function jsonRoute<S extends z.ZodType, A>(
  schema: S,
  resolveActor: () => Promise<A>,
  handler: (actor: A, input: z.infer<S>) => Promise<unknown>,
  opts: RouteOptions = {},
) {
  return async (req: Request, ctx?: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const actor = await resolveActor();
      const body = BODYLESS.has(req.method) ? {} : await readJsonBody(req, opts.maxBodyBytes ?? DEFAULT_MAX_JSON_BYTES);
      const params = (await ctx?.params) ?? {};
      // A GET's input is its query string (a bad value there is INVALID, not a missing record).
      const query =
        req.method === "GET" || req.method === "HEAD" ? Object.fromEntries(new URL(req.url).searchParams) : {};
      // Route params win over query and body fields of the same name.
      const parsed = schema.safeParse({
        ...(body && typeof body === "object" && !Array.isArray(body) ? body : {}),
        ...query,
        ...params,
      });
      if (!parsed.success) {
        // A route parameter that cannot be an id names no record: the URL points at nothing.
        if (parsed.error.issues.some((i) => Object.hasOwn(params, String(i.path[0])))) throw notFound();
        throw new AppError("INVALID", "errors.invalid", { fields: fieldErrors(parsed.error) });
      }
      const data = await handler(actor, parsed.data);
      return Response.json({ data });
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/**
 * The one wrapper for API route handlers: checks the origin, resolves the acting user, reads the JSON
 * body (media type and size checked), parses route params and body with one schema, runs the domain
 * function, and maps errors to a JSON response.
 */
export function apiRoute<S extends z.ZodType>(
  schema: S,
  handler: (actor: Actor, input: z.infer<S>) => Promise<unknown>,
  opts?: RouteOptions,
) {
  return jsonRoute(schema, requireActor, handler, opts);
}

/** The same wrapper for routes anyone may call, signed in or not; the handler checks what it needs. */
export function publicApiRoute<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<unknown>,
  opts?: RouteOptions,
) {
  return jsonRoute(
    schema,
    async () => null,
    (_none, input) => handler(input),
    opts,
  );
}
