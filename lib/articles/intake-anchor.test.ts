import { describe, expect, it } from "vitest";
import { reanchor } from "@/lib/articles/intake-anchor";

const span = (body: string, quote: string, from = 0) => {
  const start = body.indexOf(quote, from);
  return { quote, start, end: start + quote.length };
};

describe("re-anchoring a claim after its article's body is edited", () => {
  it("keeps an untouched quote where it is", () => {
    const body = "Kyiv denied it. Moscow said 3,000 troops arrived.";
    expect(reanchor(body, body, span(body, "Moscow said 3,000 troops arrived."))).toEqual({
      status: "exact",
      start: 16,
      end: 49,
    });
  });

  it("follows a quote that moved (text inserted before it, paragraphs reordered)", () => {
    const oldBody = "Kyiv denied it.\nMoscow said 3,000 troops arrived.";
    const newBody = "UPDATE: more below.\nMoscow said 3,000 troops arrived.\nKyiv denied it.";
    const r = reanchor(oldBody, newBody, span(oldBody, "Moscow said 3,000 troops arrived."));
    expect(r.status).toBe("moved");
    expect(newBody.slice(r.start, r.end)).toBe("Moscow said 3,000 troops arrived.");
  });

  it("picks the occurrence of a repeated quote whose surroundings match, even after its context was edited", () => {
    const quote = "the figure could not be verified";
    const oldBody = `Ukraine said 25 soldiers died; ${quote}, officials said. Russia said 3,000 troops came; ${quote}, Kyiv added.`;
    const second = span(oldBody, quote, oldBody.indexOf("Russia"));
    // The first sentence is rewritten and the words just before the second quote changed too.
    const newBody = `Ukraine's forces said 25 North Korean soldiers died in Kursk; ${quote}, officials said. Russia said 3,000 troops arrived; ${quote}, Kyiv added.`;
    const r = reanchor(oldBody, newBody, second);
    expect(r.status).toBe("moved");
    expect(r.start).toBe(newBody.lastIndexOf(quote));
  });

  it("finds a quote whose line breaks or spacing changed", () => {
    const oldBody = "A. Moscow said 3,000 troops arrived. B.";
    const newBody = "A. Moscow said\n3,000  troops arrived. B.";
    const r = reanchor(oldBody, newBody, span(oldBody, "Moscow said 3,000 troops arrived."));
    expect(r.status).toBe("moved");
    expect(newBody.slice(r.start, r.end)).toBe("Moscow said\n3,000  troops arrived.");
  });

  it("flags a deleted quote as missing, keeping its old place clamped to the new body", () => {
    const oldBody = "Kyiv denied it. Moscow said 3,000 troops arrived.";
    const newBody = "Kyiv denied it.";
    const r = reanchor(oldBody, newBody, span(oldBody, "Moscow said 3,000 troops arrived."));
    expect(r).toEqual({ status: "missing", start: 15, end: 15 });
  });

  it("flags a quote whose words were changed as missing", () => {
    const oldBody = "Moscow said 3,000 troops arrived.";
    const r = reanchor(
      oldBody,
      "Moscow said 4,000 troops arrived.",
      span(oldBody, "Moscow said 3,000 troops arrived."),
    );
    expect(r.status).toBe("missing");
  });
});
