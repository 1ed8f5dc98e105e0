// Runs before every page request (and API requests whose path is percent-encoded; see `config`).
// It does not authenticate anyone: access is checked in the domain layer (decision 0001). It:
// - answers paths that cannot be decoded (a 404 page; a 400 JSON error under /api) instead of Next's
//   bare 500, and pages whose path holds control characters with a 404;
// - refuses writes to pages (server actions) from another origin with a 403 and a message, instead of
//   Next's bare 500;
// - sets the pages' Content-Security-Policy with a fresh nonce, and HSTS over https.
// The static headers (nosniff, frame and referrer policy, the API's CSP) are in next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import type { ApiError } from "@/lib/http/api-types";
import { HSTS_VALUE, isHttps, newNonce, pageContentSecurityPolicy } from "@/lib/http/csp";
import { isSameOriginRequest } from "@/lib/http/origin";
import { isStorableText } from "@/lib/http/text";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** The decoded path, or null when its percent-encoding is broken (`%ff`, `%`, `%zz`). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function t(req: NextRequest) {
  const chosen = req.cookies.get(LOCALE_COOKIE)?.value;
  return translator(isLocale(chosen) ? chosen : localeFromAcceptLanguage(req.headers.get("accept-language")));
}

function apiError(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } } satisfies ApiError, { status });
}

/** Pages get the policy on the response (for the browser) and on the request (for Next to read the nonce). */
function withPageHeaders(req: NextRequest, rewriteTo?: URL): NextResponse {
  const https = isHttps(req.nextUrl, req.headers);
  const csp = pageContentSecurityPolicy(newNonce(), { dev: env().NODE_ENV === "development", https });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  const res = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", csp);
  if (https) res.headers.set("strict-transport-security", HSTS_VALUE);
  return res;
}

/** Shows the app's not-found page (a path that names nothing); Next sends it with status 404. */
function notFoundPage(req: NextRequest): NextResponse {
  return withPageHeaders(req, new URL("/_not-found", req.url));
}

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  const decoded = decodePath(pathname);
  if (decoded === null) return isApi ? apiError(400, "INVALID", t(req)("errors.malformedPath")) : notFoundPage(req);
  // API routes check ids themselves (a bad id is a JSON 404 from the route wrapper).
  if (isApi) return NextResponse.next();
  if (!isStorableText(decoded)) return notFoundPage(req);
  if (!isSameOriginRequest(req.method, req.headers)) {
    const message = t(req)("errors.forbidden.origin");
    // Server actions are fetched by Next's client (Next-Action header) and get the API's JSON shape;
    // a plain cross-site form post gets the message as text.
    if (req.headers.has("next-action")) return apiError(403, "FORBIDDEN", message);
    return new NextResponse(message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return withPageHeaders(req);
}

export const config = {
  matcher: [
    // Every page; not API routes (see below), build assets or the favicon.
    "/((?!api/|_next/static|_next/image|favicon.ico).*)",
    // API paths only when percent-encoded, to answer broken encoding. The proxy otherwise stays out of
    // the API because Next buffers a request's whole body for a proxy before the route can refuse it.
    "/api/:path(.*%.*)",
  ],
};
