// The pages' Content-Security-Policy, built per request by proxy.ts with a fresh nonce. Next reads the
// nonce from the request's policy and puts it on its own scripts and inline styles (it needs the page
// to be rendered per request, which every page here is: the root layout reads cookies).

/** HSTS for responses served over https: one year, this host only (subdomains may be other services). */
export const HSTS_VALUE = "max-age=31536000";

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function pageContentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced scripts load are trusted; nothing else runs.
    // Development only: React's dev tooling uses eval, and the dev overlay injects inline styles.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${opts.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The claim page's verdict form must not be framed by another site (clickjacking).
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Served over https: the URL says so, or the TLS-terminating proxy in front does. */
export function isHttps(url: URL, headers: Headers): boolean {
  return (
    url.protocol === "https:" ||
    (headers.get("x-forwarded-proto") ?? "").split(",")[0]!.trim().toLowerCase() === "https"
  );
}
