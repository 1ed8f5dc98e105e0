// Re-anchoring a claim (or a suggestion) when its article's body is edited: by its quote and the text
// around it in the old body. Pure. Where the quote occurs once, that is where it is; where it occurs
// several times, the occurrence whose surroundings best match the old ones wins (ties: the nearest to
// where it was), so an edit elsewhere cannot move a claim onto a repeated phrase. A quote found
// nowhere verbatim is looked for with whitespace loosened (lib/extraction/anchor.ts); if still not
// found it is "missing": the caller flags the claim, never drops it.
import { anchorQuote, type TAnchorResult } from "@/lib/extraction/anchor";

/** How many characters on each side of a quote count as its surroundings. */
export const CONTEXT_CHARS = 48;

export type AnchoredSpan = { quote: string; start: number; end: number };

export function reanchor(oldBody: string, newBody: string, span: AnchoredSpan): TAnchorResult {
  const { quote, start, end } = span;
  const hadQuote = oldBody.slice(start, end) === quote;
  const before = hadQuote ? oldBody.slice(Math.max(0, start - CONTEXT_CHARS), start) : "";
  const after = hadQuote ? oldBody.slice(end, end + CONTEXT_CHARS) : "";

  const candidates: number[] = [];
  if (quote.trim() !== "")
    for (let i = newBody.indexOf(quote); i !== -1; i = newBody.indexOf(quote, i + 1)) candidates.push(i);

  if (candidates.length === 0) return anchorQuote(newBody, quote, start, end);

  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    const score =
      commonSuffix(before, newBody.slice(Math.max(0, c - CONTEXT_CHARS), c)) +
      commonPrefix(after, newBody.slice(c + quote.length, c + quote.length + CONTEXT_CHARS));
    if (score > bestScore || (score === bestScore && Math.abs(c - start) < Math.abs(best - start))) {
      best = c;
      bestScore = score;
    }
  }
  const status = best === start && best + quote.length === end ? "exact" : "moved";
  return { status, start: best, end: best + quote.length };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
