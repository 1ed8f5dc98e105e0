// Where each claim sits in the article body now (re-anchored by its quote if the body changed), its
// number in reading order, and the body cut into paragraphs of highlightable segments.
import { anchorQuote } from "@/lib/extraction/anchor";
import { segmentParagraphs, type TSegmentedParagraph } from "@/lib/extraction/segments";

type ClaimIn = { id: string; quote: string; startOffset: number; endOffset: number };
export type PlacedClaim<C extends ClaimIn> = C & { n: number; start: number; end: number; missing: boolean };

export function placeClaims<C extends ClaimIn>(
  body: string,
  claims: readonly C[],
): { placed: PlacedClaim<C>[]; paragraphs: TSegmentedParagraph[] } {
  const anchored = claims.map((c, i) => {
    const a = anchorQuote(body, c.quote, c.startOffset, c.endOffset);
    return { c, i, start: a.start, end: a.end, missing: a.status === "missing" };
  });
  anchored.sort((x, y) => x.start - y.start || x.end - y.end || x.i - y.i);
  const placed = anchored.map(({ c, start, end, missing }, k) => ({ ...c, n: k + 1, start, end, missing }));
  const spans = placed.filter((p) => !p.missing).map((p) => ({ id: p.id, start: p.start, end: p.end }));
  return { placed, paragraphs: segmentParagraphs(body, spans) };
}
