import { describe, expect, it } from "vitest";
import { claimQuantities } from "./claim-quantities";
import type { TLang } from "./quantities";

/** [value, unit, qualifier, text] of each quantity, after checking offsets. */
function q(text: string, lang: TLang) {
  return claimQuantities(text, lang).map((x) => {
    expect(text.slice(x.start, x.end)).toBe(x.text);
    return [x.value, x.unit, x.qualifier, x.text];
  });
}

describe("claimQuantities: the issue's examples, in both number formats", () => {
  it.each([
    ["Korea Utara mengirim 14.000 tentara", "id", [14000, "soldiers", "exact", "14.000 tentara"]],
    ["North Korea sent 14,000 troops", "en", [14000, "soldiers", "exact", "14,000 troops"]],
    ["termasuk 3.000 bala bantuan", "id", [3000, "soldiers", "exact", "3.000 bala bantuan"]],
    ["including 3,000 reinforcements", "en", [3000, "soldiers", "exact", "3,000 reinforcements"]],
    ["sebanyak 1,5 juta orang mengungsi", "id", [1_500_000, "people", "exact", "1,5 juta orang"]],
    ["about 1.5 million people fled", "en", [1_500_000, "people", "about", "about 1.5 million people"]],
    ["lebih dari 600 tentara tewas", "id", [600, "soldiers", "more_than", "lebih dari 600 tentara"]],
    ["setidaknya 20 warga sipil tewas", "id", [20, "civilians", "at_least", "setidaknya 20 warga sipil"]],
    ["hingga 30 persen peluru", "id", [30, "percent", "up_to", "hingga 30 persen"]],
    ["sekitar 60.000 tentara", "id", [60000, "soldiers", "about", "sekitar 60.000 tentara"]],
    ["at least 30 people were killed", "en", [30, "people", "at_least", "at least 30 people"]],
    ["more than 10,000 soldiers", "en", [10000, "soldiers", "more_than", "more than 10,000 soldiers"]],
  ] as const)("%s", (text, lang, expected) => {
    expect(q(text, lang)).toEqual([expected]);
  });
});

describe("claimQuantities: units a few words away", () => {
  it.each([
    ["a unit of 25 North Korean soldiers", "en", [25, "soldiers", "exact", "25 North Korean soldiers"]],
    ["5,000 military construction workers", "en", [5000, "workers", "exact", "5,000 military construction workers"]],
    ["about 1,300 square kilometres of land", "en", [1300, "km2", "about", "about 1,300 square kilometres"]],
    ["sekitar 1.300 kilometer persegi wilayah", "id", [1300, "km2", "about", "sekitar 1.300 kilometer persegi"]],
    [
      "sedikitnya 200 pucuk artileri jarak jauh",
      "id",
      [200, "artillery pieces", "at_least", "sedikitnya 200 pucuk artileri"],
    ],
    [
      "sekitar 9 juta butir amunisi artileri",
      "id",
      [9_000_000, "rounds", "about", "sekitar 9 juta butir amunisi artileri"],
    ],
    ["lebih dari 200 peluncur roket ganda", "id", [200, "launchers", "more_than", "lebih dari 200 peluncur roket"]],
    ["25 tentara Korea Utara di Kursk", "id", [25, "soldiers", "exact", "25 tentara"]],
    ["dua tentara Korea Utara", "id", [2, "soldiers", "exact", "dua tentara"]],
    ["two North Korean soldiers", "en", [2, "soldiers", "exact", "two North Korean soldiers"]],
    ["lebih dari enam bulan tidak ada kabar", "id", [6, "months", "more_than", "lebih dari enam bulan"]],
    ["up to 60 percent of shells", "en", [60, "percent", "up_to", "up to 60 percent"]],
    ["naik 40% tahun ini", "id", [40, "percent", "exact", "40%"]],
  ] as const)("%s", (text, lang, expected) => {
    expect(q(text, lang)).toEqual([expected]);
  });

  it("keeps an unknown Indonesian noun as the unit, but not an English adverb", () => {
    expect(q("mengirim 25 helikopter", "id")).toEqual([[25, "helikopter", "exact", "25 helikopter"]]);
    expect(q("and about 3,000 more in early 2025", "en")).toEqual([[3000, null, "about", "about 3,000"]]);
  });

  it("names currencies and ages", () => {
    expect(q("more than $3 million in aid", "en")).toEqual([[3e6, "USD", "more_than", "more than $3 million"]]);
    expect(q("$3 million in aid", "en")).toEqual([[3e6, "USD", "exact", "$3 million"]]);
    expect(q("harga Rp14.000 per liter", "id")).toEqual([[14000, "IDR", "exact", "Rp14.000"]]);
    expect(q("the 26-year-old soldier", "en")).toEqual([[26, "years of age", "exact", "26-year-old"]]);
  });

  it("skips dates, years and 'salah satu' as findQuantities does", () => {
    expect(q("pada tanggal 24 April 2025 salah satu tentara", "id")).toEqual([]);
    expect(q("on April 24, 2025, one of the soldiers", "en")).toEqual([]);
  });
});
