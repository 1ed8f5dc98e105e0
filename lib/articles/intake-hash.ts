// The duplicate check's fingerprint of an article body (server side: node:crypto).
import { createHash } from "node:crypto";
import { textForHash } from "@/lib/articles/intake-text";

/** sha256 (hex) of the body with whitespace normalised: the same text pasted twice, re-wrapped or not, matches. */
export function contentHash(body: string): string {
  return createHash("sha256").update(textForHash(body), "utf8").digest("hex");
}
