import { describe, it, expect } from "vitest";
import { splitParagraphs } from "./paragraphs";
import { segmentParagraphs, type TSpan, type TSegmentedParagraph } from "./segments";

/** Compact view for readable expectations: [text, ids]. */
const view = (paras: TSegmentedParagraph[]) => paras.map((p) => p.segments.map((s) => [s.text, s.spanIds]));

function lcg(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const isValid = (body: string, s: TSpan) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= body.length && s.start < s.end;

/**
 * Naive reference: per character, which spans cover it; segment cuts are the paragraph edges plus
 * every valid span boundary strictly inside the paragraph.
 */
function checkAgainstReference(body: string, spans: TSpan[], result: TSegmentedParagraph[]) {
  const valid = spans.filter((s) => isValid(body, s));
  const paras = splitParagraphs(body);
  expect(result.map((p) => [p.start, p.end])).toEqual(paras.map((p) => [p.start, p.end]));
  result.forEach((rp, k) => {
    const p = paras[k];
    // Concatenation and contiguity.
    expect(rp.segments.map((s) => s.text).join("")).toBe(p.text);
    expect(rp.segments[0].start).toBe(p.start);
    expect(rp.segments[rp.segments.length - 1].end).toBe(p.end);
    for (let i = 0; i < rp.segments.length; i++) {
      const s = rp.segments[i];
      expect(s.start).toBeLessThan(s.end);
      expect(s.text).toBe(body.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBe(rp.segments[i - 1].end);
    }
    // Cuts exactly at the boundaries inside the paragraph.
    const cuts = new Set<number>([p.start, p.end]);
    for (const s of valid) {
      if (s.start > p.start && s.start < p.end) cuts.add(s.start);
      if (s.end > p.start && s.end < p.end) cuts.add(s.end);
    }
    const expectedCuts = [...cuts].sort((a, b) => a - b);
    expect([rp.segments[0].start, ...rp.segments.map((s) => s.end)]).toEqual(expectedCuts);
    // Per-character coverage, in input order.
    for (const seg of rp.segments) {
      for (let ch = seg.start; ch < seg.end; ch++) {
        const ids = valid.filter((s) => s.start <= ch && ch < s.end).map((s) => s.id);
        expect(seg.spanIds).toEqual(ids);
      }
    }
  });
}

describe("segmentParagraphs", () => {
  const body = "Alpha beta gamma.\nDelta epsilon.";

  it("returns one plain segment per paragraph without spans", () => {
    expect(view(segmentParagraphs(body, []))).toEqual([[["Alpha beta gamma.", []]], [["Delta epsilon.", []]]]);
    expect(segmentParagraphs("", [])).toEqual([]);
  });

  it("splits at a single span", () => {
    const r = segmentParagraphs(body, [{ id: "a", start: 6, end: 10 }]);
    expect(view(r)).toEqual([
      [
        ["Alpha ", []],
        ["beta", ["a"]],
        [" gamma.", []],
      ],
      [["Delta epsilon.", []]],
    ]);
    expect(r[0].segments[1]).toEqual({ start: 6, end: 10, text: "beta", spanIds: ["a"] });
  });

  it("handles nested and overlapping spans, listing ids in input order", () => {
    const spans = [
      { id: "outer", start: 0, end: 17 },
      { id: "inner", start: 6, end: 10 },
      { id: "over", start: 8, end: 16 },
    ];
    expect(view(segmentParagraphs(body, spans))[0]).toEqual([
      ["Alpha ", ["outer"]],
      ["be", ["outer", "inner"]],
      ["ta", ["outer", "inner", "over"]],
      [" gamma", ["outer", "over"]],
      [".", ["outer"]],
    ]);
    // Input order, not start order.
    const reversed = [...spans].reverse();
    expect(view(segmentParagraphs(body, reversed))[0][2]).toEqual(["ta", ["over", "inner", "outer"]]);
  });

  it("cuts at boundaries even when adjacent spans share an id", () => {
    const r = segmentParagraphs(body, [
      { id: "x", start: 0, end: 5 },
      { id: "x", start: 5, end: 10 },
    ]);
    expect(view(r)[0]).toEqual([
      ["Alpha", ["x"]],
      [" beta", ["x"]],
      [" gamma.", []],
    ]);
  });

  it("handles identical spans and spans sharing boundaries", () => {
    const r = segmentParagraphs(body, [
      { id: "a", start: 0, end: 5 },
      { id: "b", start: 0, end: 5 },
      { id: "c", start: 5, end: 11 },
    ]);
    expect(view(r)[0]).toEqual([
      ["Alpha", ["a", "b"]],
      [" beta ", ["c"]],
      ["gamma.", []],
    ]);
  });

  it("cuts spans crossing a paragraph break and shows them in both paragraphs", () => {
    const body2 = "One two.\r\n\r\nThree four.\nFive.";
    const start = body2.indexOf("two");
    const end = body2.indexOf("four") + 2;
    const r = segmentParagraphs(body2, [{ id: "cross", start, end }]);
    expect(view(r)).toEqual([
      [
        ["One ", []],
        ["two.", ["cross"]],
      ],
      [
        ["Three fo", ["cross"]],
        ["ur.", []],
      ],
      [["Five.", []]],
    ]);
  });

  it("ignores spans that only cover the whitespace between paragraphs", () => {
    const body2 = "A.\n\n\nB.";
    expect(view(segmentParagraphs(body2, [{ id: "gap", start: 2, end: 5 }]))).toEqual([[["A.", []]], [["B.", []]]]);
  });

  it("ignores out-of-range, empty, inverted and non-integer spans", () => {
    const r = segmentParagraphs(body, [
      { id: "neg", start: -1, end: 3 },
      { id: "long", start: 0, end: body.length + 1 },
      { id: "empty", start: 4, end: 4 },
      { id: "inv", start: 6, end: 2 },
      { id: "frac", start: 1.5, end: 3 },
      { id: "nan", start: Number.NaN, end: 3 },
      { id: "ok", start: 0, end: body.length },
    ]);
    expect(view(r)).toEqual([[["Alpha beta gamma.", ["ok"]]], [["Delta epsilon.", ["ok"]]]]);
  });

  it("does not share spanIds arrays between segments", () => {
    const r = segmentParagraphs(body, [{ id: "all", start: 0, end: body.length }]);
    r[0].segments[0].spanIds.push("mutated");
    expect(r[1].segments[0].spanIds).toEqual(["all"]);
  });

  it("matches a naive per-character reference for 2,000 random spans", () => {
    const rnd = lcg(42);
    const words = ["Korea", "Utara", "14.000", "tentara", "di", "Kursk", "😀", "é"];
    let body = "";
    while (body.length < 600) {
      const r = rnd();
      body += r < 0.08 ? "\n" : r < 0.1 ? "\r\n\r\n" : r < 0.12 ? "  \n " : " ";
      body += words[Math.floor(rnd() * words.length)];
    }
    const spans: TSpan[] = [];
    for (let i = 0; i < 2000; i++) {
      const a = Math.floor(rnd() * (body.length + 20)) - 10; // some out of range
      const len = rnd() < 0.7 ? Math.floor(rnd() * 30) : Math.floor(rnd() * 300);
      const id = rnd() < 0.05 ? "dup" : `s${i}`;
      spans.push(rnd() < 0.03 ? { id, start: a + len, end: a } : { id, start: a, end: a + len });
    }
    checkAgainstReference(body, spans, segmentParagraphs(body, spans));
  });

  it("matches the reference on many small random cases", () => {
    const rnd = lcg(9);
    for (let n = 0; n < 300; n++) {
      let body = "";
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) body += "ab \n\r"[Math.floor(rnd() * 5)];
      const spans: TSpan[] = [];
      const count = Math.floor(rnd() * 8);
      for (let i = 0; i < count; i++) {
        const a = Math.floor(rnd() * (len + 2)) - 1;
        spans.push({ id: `s${i}`, start: a, end: a + Math.floor(rnd() * 10) - 2 });
      }
      checkAgainstReference(body, spans, segmentParagraphs(body, spans));
    }
  });

  it("keeps its invariants on a 200 KB body with 2,000 spans", () => {
    const rnd = lcg(2025);
    const sentence = "Korea Utara diperkirakan mengirim total 14.000 tentara, kata pejabat Ukraina. ";
    const paras: string[] = [];
    let size = 0;
    while (size < 200_000) {
      const p = sentence.repeat(1 + Math.floor(rnd() * 8)).trim();
      paras.push(p);
      size += p.length + 1;
    }
    const body = paras.join("\n");
    const spans: TSpan[] = Array.from({ length: 2000 }, (_, i) => {
      const start = Math.floor(rnd() * body.length);
      return { id: `c${i}`, start, end: Math.min(body.length, start + 1 + Math.floor(rnd() * 2000)) };
    });
    const result = segmentParagraphs(body, spans);
    expect(result).toHaveLength(paras.length);
    let total = 0;
    result.forEach((rp, k) => {
      expect(rp.segments.map((s) => s.text).join("")).toBe(paras[k]);
      total += rp.segments.length;
    });
    // Check coverage segment by segment (each segment is uniform, so its first char suffices).
    const segs = result.flatMap((p) => p.segments);
    for (let i = 0; i < segs.length; i += 7) {
      const seg = segs[i];
      const ids = spans.filter((s) => s.start <= seg.start && seg.start < s.end).map((s) => s.id);
      expect(seg.spanIds).toEqual(ids);
    }
    expect(total).toBeGreaterThan(paras.length);
  });
});
