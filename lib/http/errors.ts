// The API's edge checks and its one error shape, kept apart from the route wrapper (lib/http/route.ts,
// which re-exports them) so they can be tested without a session.
import "server-only";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { ApiError } from "@/lib/http/api-types";
import { isSameOriginRequest } from "@/lib/http/origin";
import { isDatabaseUnavailable } from "@/lib/http/unavailable";

/** How long a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** Cookie-authenticated writes must come from our own pages (SameSite=Lax is the first line; this the second). */
export function assertSameOrigin(req: Request) {
  if (!isSameOriginRequest(req.method, req.headers)) throw new AppError("FORBIDDEN", "errors.forbidden.origin");
}

/**
 * Any error as the API's JSON error shape: coded errors with their status and translated message, an
 * unreachable database as 503 with Retry-After, anything else as a logged 500. `locale` defaults to
 * the reader's (from the request's cookies and headers).
 */
export async function errorResponse(e: unknown, locale?: Locale): Promise<Response> {
  const t = translator(locale ?? (await getLocale()));
  if (e instanceof AppError) {
    const fields = e.extra.fields && Object.fromEntries(Object.entries(e.extra.fields).map(([k, v]) => [k, t(v)]));
    const body: ApiError = {
      error: { code: e.code, message: t(e.messageKey, e.extra.params), fields, details: e.extra.details },
    };
    const status = HTTP_STATUS[e.code];
    return Response.json(body, {
      status,
      headers: status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined,
    });
  }
  if (isDatabaseUnavailable(e)) {
    console.error("Database unavailable in route handler", e);
    return Response.json({ error: { code: "UNAVAILABLE", message: t("errors.unavailable") } } satisfies ApiError, {
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    });
  }
  console.error("Unexpected error in route handler", e);
  return Response.json({ error: { code: "INTERNAL", message: t("errors.generic") } } satisfies ApiError, {
    status: 500,
  });
}
