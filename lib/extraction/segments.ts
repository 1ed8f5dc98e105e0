// Cutting paragraphs into segments for in-place claim highlighting.
// A single sweep over sorted span boundaries keeps this O((spans + paragraphs) log spans + output),
// which matters for long articles with thousands of (often overlapping) claim spans.

import { splitParagraphs } from "./paragraphs";

export type TSpan = { id: string; start: number; end: number };
/** Alias kept for callers that think of claims simply as spans. */
export type Span = TSpan;

export type TSegment = { start: number; end: number; text: string; spanIds: string[] };
export type TSegmentedParagraph = { start: number; end: number; segments: TSegment[] };

/** A span boundary at `pos`; `index` is the span's position in the input. */
type TBoundary = { pos: number; index: number };

/**
 * Every paragraph as consecutive segments covering its whole text, split wherever a span starts or
 * ends. `spanIds` lists the spans covering a segment in input order. Spans crossing a paragraph
 * break are cut there and appear in both paragraphs; invalid spans (out of the body, empty or
 * inverted, non-integer) are ignored.
 */
export function segmentParagraphs(body: string, spans: readonly TSpan[]): TSegmentedParagraph[] {
  const opens: TBoundary[] = [];
  const closes: TBoundary[] = [];
  spans.forEach((s, index) => {
    const valid = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= body.length;
    if (!valid || s.start >= s.end) return;
    opens.push({ pos: s.start, index });
    closes.push({ pos: s.end, index });
  });
  const byPos = (a: TBoundary, b: TBoundary) => a.pos - b.pos;
  opens.sort(byPos);
  closes.sort(byPos);

  // Indices of the spans covering the sweep position, kept sorted (= input order).
  const active: number[] = [];
  let activeIds: string[] = [];
  let dirty = false;
  let o = 0;
  let c = 0;
  // Apply every boundary at or before `pos`: opens first, so a span that both opens and closes
  // in between is added and then removed (its open always sorts strictly before its close).
  const advanceTo = (pos: number) => {
    while (o < opens.length && opens[o].pos <= pos) {
      insert(active, opens[o++].index);
      dirty = true;
    }
    while (c < closes.length && closes[c].pos <= pos) {
      remove(active, closes[c++].index);
      dirty = true;
    }
  };
  const nextBoundary = () => Math.min(opens[o]?.pos ?? Infinity, closes[c]?.pos ?? Infinity);
  const currentIds = () => {
    if (dirty) {
      activeIds = active.map((i) => spans[i].id);
      dirty = false;
    }
    return activeIds.slice();
  };

  return splitParagraphs(body).map((p) => {
    const segments: TSegment[] = [];
    let cursor = p.start;
    advanceTo(cursor);
    while (cursor < p.end) {
      const next = Math.min(nextBoundary(), p.end);
      segments.push({ start: cursor, end: next, text: body.slice(cursor, next), spanIds: currentIds() });
      cursor = next;
      advanceTo(cursor);
    }
    return { start: p.start, end: p.end, segments };
  });
}

/** Insert into a sorted array (binary search; the splice is linear in the active set only). */
function insert(sorted: number[], value: number): void {
  sorted.splice(lowerBound(sorted, value), 0, value);
}

function remove(sorted: number[], value: number): void {
  const i = lowerBound(sorted, value);
  if (sorted[i] === value) sorted.splice(i, 1);
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
