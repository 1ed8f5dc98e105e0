// Re-anchoring a stored claim quote after the article body may have been edited.
// Order of preference: the stored offsets still hold the quote ("exact"); the quote occurs
// elsewhere verbatim, nearest to where it was ("moved"); it occurs with different whitespace
// (re-wrapped or re-pasted text, "moved"); otherwise it is "missing" and the old offsets are
// kept, clamped to the body, so callers can still show roughly where it was.

export type TAnchorStatus = "exact" | "moved" | "missing";
export type TAnchorResult = { status: TAnchorStatus; start: number; end: number };

export function anchorQuote(body: string, quote: string, start: number, end: number): TAnchorResult {
  const validRange =
    Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= body.length;
  if (validRange && body.slice(start, end) === quote) return { status: "exact", start, end };

  // An empty (or blank) quote matches everywhere, so it can never be re-found meaningfully.
  if (quote.trim() !== "") {
    const near = nearestTo(start, occurrences(body, quote));
    if (near !== null) return { status: "moved", start: near, end: near + quote.length };

    const loose = whitespaceInsensitiveMatch(body, quote, start);
    if (loose) return { status: "moved", ...loose };
  }

  const s = clamp(start, body.length);
  return { status: "missing", start: s, end: Math.max(s, clamp(end, body.length)) };
}

/** Start offsets of every (possibly overlapping) occurrence of `needle`. */
function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The candidate closest to `target`; ties go to the earlier one. */
function nearestTo(target: number, candidates: number[]): number | null {
  let best: number | null = null;
  for (const c of candidates) {
    if (best === null || Math.abs(c - target) < Math.abs(best - target)) best = c;
  }
  return best;
}

/**
 * Match with every whitespace run treated as equal to any other (the quote is also trimmed):
 * "Kim  said\nyes" matches "Kim said yes". Done as a regex over the original body, so the
 * offsets need no mapping back, and the trimmed quote never swallows surrounding whitespace.
 */
function whitespaceInsensitiveMatch(
  body: string,
  quote: string,
  oldStart: number,
): { start: number; end: number } | null {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const re = new RegExp(pattern, "g");
  let best: { start: number; end: number } | null = null;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (best === null || Math.abs(m.index - oldStart) < Math.abs(best.start - oldStart)) {
      best = { start: m.index, end: m.index + m[0].length };
    }
    re.lastIndex = m.index + 1; // allow overlapping candidates, as with exact occurrences
  }
  return best;
}

function clamp(n: number, max: number): number {
  if (Number.isNaN(n)) return 0;
  return Math.min(Math.max(Math.trunc(n), 0), max);
}
