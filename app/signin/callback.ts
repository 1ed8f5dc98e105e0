/** Only paths on this site: "/claims?x=1" yes; "//evil.test", "/\\evil.test", "https://…" no. */
export function safeCallbackUrl(raw: unknown, fallback = "/claims"): string {
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters (e.g. tab or newline, which URL parsing strips) could hide a "//".
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  if (raw === "/signin" || raw.startsWith("/signin?") || raw.startsWith("/api/")) return fallback;
  return raw;
}
