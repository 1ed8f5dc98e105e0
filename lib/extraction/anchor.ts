// Re-anchoring a stored claim quote after the article body may have been edited.
// Order of preference: the stored offsets still hold the quote ("exact"); the quote occurs
// elsewhere verbatim, nearest to where it was ("moved"); it occurs with different whitespace
// (re-wrapped or re-pasted text, "moved"); otherwise it is "missing" and the old offsets are
// kept, clamped to the body, so callers can still show roughly where it was.

export type TAnchorStatus = "exact" | "moved" | "missing";
export type TAnchorResult = { status: TAnchorStatus; start: number; end: number };

const WS = /\s/;

export function anchorQuote(body: string, quote: string, start: number, end: number): TAnchorResult {
  const validRange =
    Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= body.length;
  if (validRange && body.slice(start, end) === quote) return { status: "exact", start, end };

  // An empty (or blank) quote matches everywhere, so it can never be re-found meaningfully.
  if (quote.trim() !== "") {
    const near = nearestTo(start, occurrences(body, quote));
    if (near !== null) return { status: "moved", start: near, end: near + quote.length };

    const loose = normalisedMatch(body, quote, start);
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
 * Match with every whitespace run collapsed to one space (the quote is also trimmed), then map the
 * hit back to original offsets. The trimmed quote starts and ends on non-space characters, so the
 * mapped range is tight and never swallows surrounding whitespace.
 */
function normalisedMatch(body: string, quote: string, oldStart: number): { start: number; end: number } | null {
  const b = collapse(body);
  const q = collapse(quote.trim()).text;
  let best: number | null = null; // index into the collapsed text
  for (const i of occurrences(b.text, q)) {
    if (best === null || Math.abs(b.origin[i] - oldStart) < Math.abs(b.origin[best] - oldStart)) best = i;
  }
  if (best === null) return null;
  return { start: b.origin[best], end: b.origin[best + q.length - 1] + 1 };
}

/** Whitespace-collapsed text plus, for each of its characters, the offset it came from. */
function collapse(s: string): { text: string; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = WS.test(s[i]);
    if (space && inSpace) continue;
    inSpace = space;
    chars.push(space ? " " : s[i]);
    origin.push(i);
  }
  return { text: chars.join(""), origin };
}

function clamp(n: number, max: number): number {
  if (Number.isNaN(n)) return 0;
  return Math.min(Math.max(Math.trunc(n), 0), max);
}
