// Personal API tokens as text: how they are made, recognised and stored. Pure (no database) so the
// shapes can be unit-tested; lib/api-tokens/api-tokens.ts keeps them.
//
// A token is `fct_` + 32 random bytes in base64url (43 characters). The prefix makes a leaked token
// recognisable (secret scanners, logs); only its SHA-256 is stored: the token is 256 random bits, so a
// fast hash is enough (nothing to brute-force) and lookup stays a unique-index hit on the hash.
import crypto from "node:crypto";

export const TOKEN_PREFIX = "fct_";
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^fct_[A-Za-z0-9_-]{43}$/;
/** How much of a token settings show to tell tokens apart (the prefix and 6 characters). */
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

export function hashApiToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token: the secret (shown once), the short part kept for display, and the hash kept to check it. */
export function generateApiToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${crypto.randomBytes(TOKEN_BYTES).toString("base64url")}`;
  return { token, prefix: token.slice(0, DISPLAY_LENGTH), hash: hashApiToken(token) };
}

/** True when the text has the shape of one of our tokens (not whether it exists). */
export function isApiTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export type BearerResult =
  /** No Authorization header: the request may still carry a session. */
  | { kind: "none" }
  | { kind: "token"; token: string }
  /** An Authorization header that is not `Bearer fct_…`. */
  | { kind: "malformed" };

/** Reads `Authorization: Bearer <token>` (scheme case-insensitive, as RFC 9110 says). */
export function parseBearer(header: string | null): BearerResult {
  if (header === null) return { kind: "none" };
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !isApiTokenShaped(m[1]!)) return { kind: "malformed" };
  return { kind: "token", token: m[1]! };
}
