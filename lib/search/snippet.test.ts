import { describe, expect, it } from "vitest";
import { snippetParts } from "@/lib/search/snippet";

describe("snippet parts", () => {
  it("splits ts_headline's markers into text and matches", () => {
    expect(snippetParts("Kyiv \u0002membantah\u0003 klaim \u0002itu\u0003")).toEqual([
      { text: "Kyiv ", match: false },
      { text: "membantah", match: true },
      { text: " klaim ", match: false },
      { text: "itu", match: true },
    ]);
    expect(snippetParts("no match")).toEqual([{ text: "no match", match: false }]);
    expect(snippetParts("<b>x</b>")).toEqual([{ text: "<b>x</b>", match: false }]);
  });
});
