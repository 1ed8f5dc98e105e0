import { describe, it, expect } from "vitest";
import { paragraphAround, splitParagraphs } from "./paragraphs";

/** Every paragraph must be an exact, trimmed, non-empty slice of the body. */
function expectConsistent(body: string) {
  const paras = splitParagraphs(body);
  let prevEnd = -1;
  for (const p of paras) {
    expect(body.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).not.toBe("");
    expect(p.text.trim()).toBe(p.text);
    expect(p.text).not.toMatch(/[\r\n]/);
    expect(p.start).toBeGreaterThan(prevEnd);
    prevEnd = p.end;
  }
  return paras;
}

describe("splitParagraphs", () => {
  it("splits on single newlines", () => {
    const body = "Satu.\nDua dua.\nTiga";
    expect(expectConsistent(body)).toEqual([
      { start: 0, end: 5, text: "Satu." },
      { start: 6, end: 14, text: "Dua dua." },
      { start: 15, end: 19, text: "Tiga" },
    ]);
  });

  it("skips blank lines and handles \\r\\n, \\r and whitespace-only lines", () => {
    const body = "A one\r\n\r\n  B two  \r\n \t \rC\n\n\n";
    const paras = expectConsistent(body);
    expect(paras.map((p) => p.text)).toEqual(["A one", "B two", "C"]);
    expect(paras[1].start).toBe(body.indexOf("B two"));
    expect(paras[2].start).toBe(body.indexOf("C"));
  });

  it("excludes leading/trailing whitespace (including NBSP) from offsets", () => {
    const body = "\u00a0 Halo dunia \t\nx";
    const [p] = expectConsistent(body);
    expect(p).toEqual({ start: 2, end: 12, text: "Halo dunia" });
  });

  it("returns nothing for empty or blank bodies", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs("\n\r\n  \n")).toEqual([]);
  });

  it("keeps UTF-16 offsets for astral characters", () => {
    const body = "😀 emoji\nnext";
    const paras = expectConsistent(body);
    expect(paras[0]).toEqual({ start: 0, end: 8, text: "😀 emoji" });
    expect(paras[1].start).toBe(9);
  });

  it("holds invariants on random bodies", () => {
    const alphabet = ["a", "b", " ", "\t", "\n", "\r", "\r\n", "\n\n", "é", "😀"];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      let body = "";
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) body += alphabet[Math.floor(rnd() * alphabet.length)];
      const paras = expectConsistent(body);
      // Nothing outside the paragraphs but whitespace.
      let rest = body;
      for (const p of [...paras].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
      expect(rest.trim()).toBe("");
    }
  });
});

describe("paragraphAround", () => {
  const body = "First para here.\n\nSecond one, longer.\r\nThird.";
  const second = body.indexOf("Second");

  it("returns the containing paragraph with relative quote offsets", () => {
    const start = body.indexOf("one");
    const r = paragraphAround(body, start, start + 3);
    expect(r).toEqual({
      start: second,
      end: second + "Second one, longer.".length,
      text: "Second one, longer.",
      quoteStart: 7,
      quoteEnd: 10,
    });
    expect(r!.text.slice(r!.quoteStart, r!.quoteEnd)).toBe("one");
  });

  it("works for a span equal to the whole paragraph and at body edges", () => {
    expect(paragraphAround(body, 0, 16)?.text).toBe("First para here.");
    const last = paragraphAround(body, body.length - 6, body.length);
    expect(last?.text).toBe("Third.");
    expect(last?.quoteStart).toBe(0);
    expect(last?.quoteEnd).toBe(6);
  });

  it("joins paragraphs when a span crosses them", () => {
    const start = body.indexOf("here");
    const end = body.indexOf("Third") + 3;
    const r = paragraphAround(body, start, end)!;
    expect(r.start).toBe(0);
    expect(r.end).toBe(body.length);
    expect(r.text).toBe(body);
    expect(r.text.slice(r.quoteStart, r.quoteEnd)).toBe(body.slice(start, end));
  });

  it("grows the range when the span spills into surrounding whitespace", () => {
    const b = "  Alpha beta  \nGamma";
    const r = paragraphAround(b, 0, 9)!;
    expect(r.text).toBe("  Alpha beta");
    expect(r.text.slice(r.quoteStart, r.quoteEnd)).toBe("  Alpha b");
  });

  it("handles an empty span (caret) touching a paragraph edge", () => {
    const r = paragraphAround(body, 16, 16)!;
    expect(r.text).toBe("First para here.");
    expect(r.quoteStart).toBe(16);
    expect(r.quoteEnd).toBe(16);
  });

  it("returns null for out-of-range or inverted offsets", () => {
    expect(paragraphAround(body, -1, 3)).toBeNull();
    expect(paragraphAround(body, 0, body.length + 1)).toBeNull();
    expect(paragraphAround(body, 5, 4)).toBeNull();
    expect(paragraphAround(body, 0.5, 4)).toBeNull();
    expect(paragraphAround(body, Number.NaN, 4)).toBeNull();
    expect(paragraphAround("", 0, 0)).toBeNull();
  });

  it("returns null for a span that only covers blank lines", () => {
    const gap = body.indexOf("\n\n");
    expect(paragraphAround(body, gap, gap + 2)).toBeNull();
  });
});
