// Where to send the browser after signing in: only a page of this site, never another one.

// Callback URLs are only ever relative, so any fixed origin that cannot be a real host stands in for
// the app's own: a path that resolves off this origin here resolves off the app's origin too.
const APP_ORIGIN = "http://app.invalid";

/**
 * The path to go to after signing in, or `fallback` when `raw` could lead anywhere else.
 * The value is resolved the way a browser would (dot segments, %2e, backslashes, stripped tabs) and
 * returned in that resolved form, so what is checked is what the browser follows: "/claims?x=1" yes;
 * "//evil.test", "/\\evil.test", "/.//evil.test", "/a/..//evil.test", "https://…" no.
 */
export function safeCallbackUrl(raw: unknown, fallback = "/claims"): string {
  if (typeof raw !== "string" || raw.length > 2000 || !raw.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, APP_ORIGIN);
  } catch {
    return fallback;
  }
  // A path starting with "//" is read as another host when it is sent back as a Location.
  if (url.origin !== APP_ORIGIN || url.pathname.startsWith("//")) return fallback;
  // Back to the sign-in page or to an API response is never a useful place to land.
  if (url.pathname === "/signin" || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
