import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TLang } from "./quantities";
import { analyzeArticle, splitAtContrast, suggestClaims, type TClaimSuggestion } from "./suggest";

const root = path.resolve(import.meta.dirname, "../..");

/** Suggestions, after checking that every quote is the text at its offsets. */
function suggest(text: string, lang: TLang, published: string | null = null): TClaimSuggestion[] {
  const out = suggestClaims(text, { lang, published });
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return out;
}

const decisions = (text: string, lang: TLang, published: string | null = null) =>
  analyzeArticle(text, { lang, published }).map((u) => [u.text, u.decision]);

describe("suggestClaims on the seed article", () => {
  const body = fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.txt"), "utf8");
  const seed = JSON.parse(fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.json"), "utf8")) as {
    claims: Array<{ key: string; start: number; end: number; claimant: string; category: string }>;
  };
  const suggestions = suggest(body, "id", "2025-04-28");

  it("proposes exactly the 18 curated spans, and not the two rhetorical KCNA quotes", () => {
    expect(suggestions.map((s) => [s.start, s.end])).toEqual(seed.claims.map((c) => [c.start, c.end]));
    expect(suggestions.some((s) => s.quote.includes("semuanya adalah pahlawan"))).toBe(false);
    expect(suggestions.some((s) => s.quote.includes("menganggapnya sebagai suatu kehormatan"))).toBe(false);
  });

  it("gives each curated claim its category", () => {
    expect(suggestions.map((s) => s.category)).toEqual(seed.claims.map((c) => c.category));
  });

  it("carries claimant, cue, quantities and dates", () => {
    const byStart = new Map(suggestions.map((s) => [s.start, s]));
    expect(byStart.get(2766)).toMatchObject({
      claimant: "Pejabat Ukraina",
      cue: "kata pejabat Ukraina",
      category: "troop_count",
      quantities: [
        { value: 14000, unit: "soldiers", qualifier: "about", text: "14.000 tentara" },
        { value: 3000, unit: "soldiers", qualifier: "about", text: "3.000 bala bantuan" },
      ],
      dates: [],
    });
    expect(byStart.get(3065)).toMatchObject({
      claimant: "Pasukan Operasi Khusus Ukraina",
      quantities: [{ value: 25, unit: "soldiers", qualifier: "exact", text: "25 tentara" }],
      dates: [{ text: "24 April", date: "2025-04-24" }],
    });
    expect(byStart.get(556)).toMatchObject({
      claimant: "Rusia",
      cue: "Rusia mengatakan",
      dates: [{ text: "minggu lalu", date: "2025-W17" }],
    });
    expect(byStart.get(674)).toMatchObject({ claimant: "Kyiv", cue: "Kyiv membantah", category: "denial" });
    expect(byStart.get(3503)).toMatchObject({ claimant: "Rusia", dates: [{ text: "hari Sabtu", date: "2025-04-26" }] });
    expect(byStart.get(306)).toMatchObject({ claimant: "Partai penguasa Korea Utara" });
  });

  it("lets a sentence that refers back take over the previous claimant and cue", () => {
    const retake = suggestions.find((s) => s.start === 160)!;
    expect(retake).toMatchObject({ claimant: "Korea Utara", cue: "Korea Utara mengonfirmasi" });
    const video = suggestions.find((s) => s.start === 3220)!;
    expect(video.claimant).toBe("Pasukan Operasi Khusus Ukraina");
  });
});

describe("what is and is not proposed", () => {
  it("splits two statements by different parties joined by a contrast", () => {
    const s = "Moskow mengatakan wilayah itu telah direbut kembali, tetapi Kyiv membantah klaim itu.";
    expect(suggest(s, "id").map((x) => [x.quote, x.claimant, x.category])).toEqual([
      ["Moskow mengatakan wilayah itu telah direbut kembali", "Moskow", "territorial_claim"],
      ["Kyiv membantah klaim itu.", "Kyiv", "denial"],
    ]);
    const en = "Russia said it had retaken the village, but Ukraine denied it.";
    expect(suggest(en, "en").map((x) => x.claimant)).toEqual(["Russia", "Ukraine"]);
  });

  it("keeps a sentence whole when the contrast has no claimant of its own", () => {
    const s = "Rusia mengatakan desa itu direbut, tetapi pertempuran berlanjut.";
    expect(splitAtContrast(s, "id")).toEqual([{ start: 0, end: s.length }]);
    expect(
      splitAtContrast("Rusia mengatakan desa itu direbut, tetapi Rusia juga mengatakan hal lain.", "id"),
    ).toHaveLength(1);
  });

  it("skips rhetoric, even attributed, unless it carries a figure or an event", () => {
    expect(decisions('"Anak-anak bangsa kita adalah pahlawan," kata KCNA.', "id")).toEqual([
      ['"Anak-anak bangsa kita adalah pahlawan," kata KCNA.', "rhetoric"],
    ]);
    expect(decisions('Putin praised the "heroism" of the soldiers, according to a Kremlin readout.', "en")[0][1]).toBe(
      "rhetoric",
    );
    expect(decisions("Unit itu bertempur dengan kepahlawanan, KCNA mengutip pernyataan Komisi.", "id")[0][1]).toBe(
      "attributed",
    );
  });

  it("skips no-comment sentences", () => {
    expect(decisions("Kementerian Pertahanan Rusia tidak segera menanggapi permintaan komentar.", "id")[0][1]).toBe(
      "no-comment",
    );
    expect(decisions("The Kremlin declined to comment.", "en")[0][1]).toBe("no-comment");
    expect(decisions("The White House did not immediately respond to a request for comment.", "en")[0][1]).toBe(
      "no-comment",
    );
  });

  it("proposes an unattributed event of the day, but not background dated months before publication", () => {
    expect(decisions("Sebuah rudal menewaskan 12 orang di Kyiv pada hari Kamis.", "id", "2025-04-26")[0][1]).toBe(
      "reported-event",
    );
    expect(
      decisions(
        "Ukraina melancarkan serangan ke Kursk pada Agustus 2024 dan menguasai 1.300 kilometer persegi.",
        "id",
        "2025-04-30",
      )[0][1],
    ).toBe("background");
    expect(
      decisions("Russia launched its full-scale invasion of Ukraine in February 2022.", "en", "2025-02-20")[0][1],
    ).toBe("background");
    // The same sentence published within weeks of the event is news.
    expect(decisions("Ukraina melancarkan serangan ke Kursk pada Agustus 2024.", "id", "2024-08-20")[0][1]).toBe(
      "reported-event",
    );
  });

  it("skips unattributed commentary", () => {
    expect(decisions("Pengerahan itu menjadi ujian pertama bagi militer Korea Utara.", "id")[0][1]).toBe("no-claim");
    expect(decisions("The deal is likely to deepen concerns in Seoul.", "en")[0][1]).toBe("no-claim");
  });

  it("resolves a pronoun claimant to the last named one", () => {
    const text = 'Zelenskiy said two soldiers were captured. "We will exchange them," he said.';
    expect(suggest(text, "en").map((s) => s.claimant)).toEqual(["Zelenskiy", "Zelenskiy"]);
  });

  it("does not carry a claimant across paragraphs through a continuation", () => {
    const text = "Rusia mengatakan desa itu direbut.\nMereka merilis sebuah video.";
    expect(decisions(text, "id").map((d) => d[1])).toEqual(["attributed", "no-claim"]);
  });
});

describe("offsets", () => {
  it("are UTF-16 code units of the given text, with CRLF line breaks and astral characters", () => {
    const text = "😀 Judul\r\n\r\nKorea Utara mengirim 14.000 tentara, kata pejabat 🇺🇦 Ukraina.\r\nLalu selesai.";
    const [s] = suggest(text, "id");
    expect(s.start).toBe(text.indexOf("Korea"));
    expect(s.end).toBe(text.indexOf("\r\nLalu"));
    expect(s.quantities[0].text).toBe("14.000 tentara");
  });

  it("returns nothing for an empty article", () => {
    expect(suggest("", "id")).toEqual([]);
  });
});
