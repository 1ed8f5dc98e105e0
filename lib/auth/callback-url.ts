// Where to send the browser after signing in (or out): only a page of this site, never another one.

// Callback URLs are relative, so any fixed origin that cannot be a real host stands in for the app's
// own: a path that resolves off this origin here resolves off the app's origin too.
const APP_ORIGIN = "http://app.invalid";

/**
 * `raw` resolved the way a browser resolves it (dot segments, %2e, backslashes, stripped tabs and
 * newlines), as a path on this site; null when it leads anywhere else. The resolved form is returned
 * so that what was checked is what the browser follows.
 */
export function sitePath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 2000 || !raw.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(raw, APP_ORIGIN);
  } catch {
    return null;
  }
  // A path starting with "//" is read as another host when it is sent back as a Location.
  if (url.origin !== APP_ORIGIN || url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The page to open after signing in, or `fallback`: "/claims?x=1" yes; "//evil.test", "/\\evil.test",
 * "/.//evil.test", "/a/..//evil.test", "https://…" no.
 */
export function safeCallbackUrl(raw: unknown, fallback = "/claims"): string {
  const path = sitePath(raw);
  // Back to the sign-in page or to an API response is never a useful place to land.
  if (
    !path ||
    path === "/signin" ||
    path.startsWith("/signin?") ||
    path.startsWith("/signin#") ||
    path.startsWith("/api/")
  )
    return fallback;
  return path;
}

/**
 * For Auth.js's `redirect` callback, which every sign-in and sign-out redirect passes through: the
 * same rule again, so a redirect that skips the sign-in page's check still stays on the site.
 */
export function authRedirect(url: unknown, baseUrl: string): string {
  // A JSON body can carry any type where Auth.js expects a string.
  if (typeof url !== "string") return baseUrl;
  let relative = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      if (absolute.origin !== new URL(baseUrl).origin) return baseUrl;
      relative = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return baseUrl;
    }
  }
  const path = sitePath(relative);
  return path ? `${new URL(baseUrl).origin}${path}` : baseUrl;
}

/**
 * Auth.js's own test for a callback URL in the query or its callback-url cookie: an http(s) URL, or a
 * path resolved against the site. Auth.js answers anything else with a 500 "server configuration"
 * error, so its route checks first (lib/auth/auth-route.ts) and refuses or drops the value instead.
 */
export function isAuthJsCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}
