import { describe, it, expect } from "vitest";
import { anchorQuote } from "./anchor";

const body = "Kim said yes. Putin said no. Kim said yes. The end.";
const quote = "Kim said yes.";
const second = body.lastIndexOf(quote);

describe("anchorQuote", () => {
  it("is exact when the stored offsets still hold the quote", () => {
    expect(anchorQuote(body, quote, second, second + quote.length)).toEqual({
      status: "exact",
      start: second,
      end: second + quote.length,
    });
    expect(anchorQuote(body, quote, 0, quote.length).status).toBe("exact");
  });

  it("moves to the nearest occurrence of the quote", () => {
    // Text inserted before the quote: old offsets now point a bit too early.
    const edited = "NEW: " + body;
    expect(anchorQuote(edited, quote, 0, quote.length)).toEqual({ status: "moved", start: 5, end: 5 + quote.length });
    const r = anchorQuote(edited, quote, second, second + quote.length);
    expect(r).toEqual({ status: "moved", start: second + 5, end: second + 5 + quote.length });
  });

  it("breaks ties between equidistant occurrences towards the earlier one", () => {
    const b = "xx ab yy ab";
    // occurrences at 3 and 9; old start 6 is 3 away from both.
    expect(anchorQuote(b, "ab", 6, 8)).toEqual({ status: "moved", start: 3, end: 5 });
  });

  it("finds overlapping occurrences", () => {
    expect(anchorQuote("aaaa", "aa", 2, 3)).toEqual({ status: "moved", start: 2, end: 4 });
  });

  it("re-anchors when only the end offset is wrong", () => {
    expect(anchorQuote(body, quote, 0, 5)).toEqual({ status: "moved", start: 0, end: quote.length });
  });

  it("treats out-of-range old offsets as a hint, not an error", () => {
    expect(anchorQuote(body, quote, 999, 1010)).toEqual({
      status: "moved",
      start: second,
      end: second + quote.length,
    });
    expect(anchorQuote(body, quote, -5, 3).status).toBe("moved");
  });

  it("falls back to a whitespace-normalised match and maps back to original offsets", () => {
    const wrapped = "Intro.\nKim  said\n\tyes.\r\nOther.";
    const r = anchorQuote(wrapped, quote, 0, quote.length);
    expect(r.status).toBe("moved");
    expect(wrapped.slice(r.start, r.end)).toBe("Kim  said\n\tyes.");
  });

  it("normalises whitespace in the quote too, and ignores its outer whitespace", () => {
    const r = anchorQuote(body, "  Putin \n said   no. ", 0, 0);
    expect(r.status).toBe("moved");
    expect(body.slice(r.start, r.end)).toBe("Putin said no.");
  });

  it("chooses the nearest whitespace-normalised match", () => {
    const b = "a  b ... a\nb ... a\tb";
    const r = anchorQuote(b, "a b", 17, 20);
    expect(r).toEqual({ status: "moved", start: 17, end: 20 });
    expect(anchorQuote(b, "a b", 0, 3)).toEqual({ status: "moved", start: 0, end: 4 });
  });

  it("prefers a verbatim occurrence over a closer whitespace-normalised one", () => {
    const b = "far: a b ......... near: a  b";
    const r = anchorQuote(b, "a b", b.length - 4, b.length);
    expect(r).toEqual({ status: "moved", start: 5, end: 8 });
  });

  it("treats regex metacharacters in the quote literally", () => {
    const b = "Harga (Rp 14.000)\n* 3 $ ^ kali [ya] {2}? a|b\\c. Lain: (Rp 14x000) * 3";
    const q = "(Rp 14.000) * 3 $ ^ kali [ya] {2}? a|b\\c.";
    const r = anchorQuote(b, q, 0, q.length);
    expect(r.status).toBe("moved");
    expect(b.slice(r.start, r.end)).toBe("(Rp 14.000)\n* 3 $ ^ kali [ya] {2}? a|b\\c.");
    expect(anchorQuote(b, "(Rp 14.000)   *   4", 0, 5).status).toBe("missing");
  });

  it("stays case-sensitive", () => {
    const r = anchorQuote(body, "kim said yes.", 0, 13);
    expect(r.status).toBe("missing");
  });

  it("is missing with offsets clamped to the body", () => {
    expect(anchorQuote(body, "Not there", 3, 12)).toEqual({ status: "missing", start: 3, end: 12 });
    expect(anchorQuote("short", "Not there", 3, 40)).toEqual({ status: "missing", start: 3, end: 5 });
    expect(anchorQuote("short", "Not there", 40, 50)).toEqual({ status: "missing", start: 5, end: 5 });
    expect(anchorQuote("short", "Not there", -4, -1)).toEqual({ status: "missing", start: 0, end: 0 });
    expect(anchorQuote("", "x", 0, 1)).toEqual({ status: "missing", start: 0, end: 0 });
  });

  it("never anchors an empty or blank quote anywhere but its exact place", () => {
    expect(anchorQuote(body, "", 4, 4)).toEqual({ status: "exact", start: 4, end: 4 });
    expect(anchorQuote(body, "", 4, 6).status).toBe("missing");
    expect(anchorQuote(body, "  ", 0, 2).status).toBe("missing");
  });

  it("re-anchors the seed quote in a re-pasted body with CRLF and double spaces", () => {
    const seedQuote = "Korea Utara diperkirakan mengirim total 14.000 tentara, termasuk 3.000 bala bantuan";
    const pasted =
      "Paragraf lain.\r\n\r\nKorea Utara  diperkirakan mengirim\r\ntotal 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan";
    const r = anchorQuote(pasted, seedQuote, 10, 10 + seedQuote.length);
    expect(r.status).toBe("moved");
    expect(pasted.slice(r.start, r.end).replace(/\s+/g, " ")).toBe(seedQuote);
    expect(r.start).toBe(pasted.indexOf("Korea"));
  });
});
