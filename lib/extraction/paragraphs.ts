// Paragraph geometry of an article body. Bodies separate paragraphs with "\n", but pasted text
// may use "\r\n", "\r" or blank lines, so every line break counts and blank lines vanish.
// All offsets are UTF-16 offsets into the body, end exclusive.

export type TParagraph = { start: number; end: number; text: string };

export type TParagraphContext = TParagraph & {
  /** The requested span, relative to `text`. */
  quoteStart: number;
  quoteEnd: number;
};

const LINE = /[^\r\n]+/g;

/** Non-empty paragraphs with their offsets; surrounding whitespace is not part of a paragraph. */
export function splitParagraphs(body: string): TParagraph[] {
  const out: TParagraph[] = [];
  for (const m of body.matchAll(LINE)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/**
 * The paragraph(s) holding [start, end). A span crossing paragraphs yields the body range from the
 * first to the last one (line breaks included). If the span spills into whitespace around them,
 * the range grows to hold it, so quoteStart/quoteEnd always index into `text`.
 * Returns null for invalid offsets or a span touching no paragraph.
 */
export function paragraphAround(body: string, start: number, end: number): TParagraphContext | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > body.length || start > end) return null;

  // An empty span (a caret) belongs to the paragraph it touches, edges included.
  const touches = (p: TParagraph) =>
    start === end ? p.start <= start && start <= p.end : p.start < end && start < p.end;
  const hit = splitParagraphs(body).filter(touches);
  if (hit.length === 0) return null;

  const from = Math.min(hit[0].start, start);
  const to = Math.max(hit[hit.length - 1].end, end);
  return {
    start: from,
    end: to,
    text: body.slice(from, to),
    quoteStart: start - from,
    quoteEnd: end - from,
  };
}
