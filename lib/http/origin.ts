// Whether a state-changing request comes from our own pages. Pure (no Next, no server-only) so the
// route wrapper and proxy.ts share one rule.

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * True for safe methods, and for writes whose Origin is this site. A write without Origin is a
 * non-browser client (it still needs the session cookie), unless the browser says it is cross-site.
 * The host is the one the client addressed: X-Forwarded-Host behind a proxy, else Host. "null" and
 * unparsable origins count as foreign.
 */
export function isSameOriginRequest(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  if (!host) return false;
  try {
    const o = new URL(origin);
    // Parse the host with the origin's scheme so default ports compare equal (example.org:443 = example.org).
    return o.host === new URL(`${o.protocol}//${host}`).host;
  } catch {
    return false;
  }
}
