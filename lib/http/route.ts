import "server-only";
import { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { translator } from "@/lib/i18n/translate";
import type { ApiError } from "@/lib/http/api-types";
import { fieldErrors } from "@/lib/http/field-errors";

export { fieldErrors };


type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Cookie-authenticated writes must come from our own pages (SameSite=Lax is the first line; this the second). */
export function assertSameOrigin(req: Request) {
  if (req.method === "GET" || req.method === "HEAD") return;
  const origin = req.headers.get("origin");
  if (!origin) return; // non-browser clients send no Origin; they still need the session cookie
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null; // "null" or garbage: treat as foreign
  }
  if (!host || originHost !== host) throw new AppError("FORBIDDEN", "errors.forbidden.origin");
}


export async function errorResponse(e: unknown): Promise<Response> {
  const t = translator(await getLocale());
  if (e instanceof AppError) {
    const fields = e.extra.fields && Object.fromEntries(Object.entries(e.extra.fields).map(([k, v]) => [k, t(v)]));
    const body: ApiError = { error: { code: e.code, message: t(e.messageKey, e.extra.params), fields, details: e.extra.details } };
    return Response.json(body, { status: HTTP_STATUS[e.code] });
  }
  console.error("Unexpected error in route handler", e);
  return Response.json({ error: { code: "INTERNAL", message: t("errors.generic") } } satisfies ApiError, { status: 500 });
}

/**
 * The one wrapper for API route handlers: resolves the acting user, parses route params and the JSON
 * body with one schema, runs the domain function, and maps errors to a JSON response.
 */
export function apiRoute<S extends z.ZodType>(schema: S, handler: (actor: Actor, input: z.infer<S>) => Promise<unknown>) {
  return async (req: Request, ctx: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const actor = await requireActor();
      let body: unknown = {};
      if (req.method !== "GET" && req.method !== "DELETE") {
        try {
          body = await req.json();
        } catch {
          throw new AppError("INVALID", "errors.invalidJson");
        }
      }
      const params = await ctx.params;
      const parsed = schema.safeParse({ ...(body && typeof body === "object" ? body : {}), ...params });
      if (!parsed.success) throw new AppError("INVALID", "errors.invalid", { fields: fieldErrors(parsed.error) });
      const data = await handler(actor, parsed.data);
      return Response.json({ data });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
