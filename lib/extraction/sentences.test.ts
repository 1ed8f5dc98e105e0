import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TLang } from "./quantities";
import { datelineOf, splitSentences } from "./sentences";

/** The sentences' texts, after checking each one's offsets against the input. */
function texts(text: string, lang: TLang): string[] {
  return splitSentences(text, lang).map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    return s.text;
  });
}

describe("splitSentences: Indonesian abbreviations", () => {
  it.each([
    ["Kantor itu di Jl. Sudirman No. 5 Jakarta. Ia tutup.", ["Kantor itu di Jl. Sudirman No. 5 Jakarta.", "Ia tutup."]],
    ["Dr. Budi hadir. Prof. Siti tidak.", ["Dr. Budi hadir.", "Prof. Siti tidak."]],
    ["Dana a.n. PT Maju dikirim. Lalu selesai.", ["Dana a.n. PT Maju dikirim.", "Lalu selesai."]],
    [
      "Ada senjata, amunisi, dll. dan bahan bakar. Semua dikirim.",
      ["Ada senjata, amunisi, dll. dan bahan bakar.", "Semua dikirim."],
    ],
    // "dll." may also end a sentence: a capitalised word after it starts a new one.
    ["Ada senjata, amunisi, dll. Mereka pergi.", ["Ada senjata, amunisi, dll.", "Mereka pergi."]],
    ["Pejabat A.S. mengatakan itu. Ia pergi.", ["Pejabat A.S. mengatakan itu.", "Ia pergi."]],
    ["Kol. Inf. Budi memimpin. Letjen TNI Agus hadir.", ["Kol. Inf. Budi memimpin.", "Letjen TNI Agus hadir."]],
  ])("%s", (text, expected) => {
    expect(texts(text, "id")).toEqual(expected);
  });
});

describe("splitSentences: English abbreviations", () => {
  it.each([
    [
      "Gen. Kim and Lt. Col. Park met U.S. officials on Monday. They left.",
      ["Gen. Kim and Lt. Col. Park met U.S. officials on Monday.", "They left."],
    ],
    ["The U.S. State Department said so. It was clear.", ["The U.S. State Department said so.", "It was clear."]],
    // An initialism at a sentence's end: the next sentence starts with a sentence opener.
    ["They flew to the U.S. The talks ended.", ["They flew to the U.S.", "The talks ended."]],
    ["Donald J. Trump spoke. Mr. Smith listened.", ["Donald J. Trump spoke.", "Mr. Smith listened."]],
    [
      "Zelenskiy said on Jan. 11 that two were captured. Kyiv confirmed.",
      ["Zelenskiy said on Jan. 11 that two were captured.", "Kyiv confirmed."],
    ],
    ["It happened at 5 p.m. on Monday. Nobody came.", ["It happened at 5 p.m. on Monday.", "Nobody came."]],
  ])("%s", (text, expected) => {
    expect(texts(text, "en")).toEqual(expected);
  });
});

describe("splitSentences: numbers", () => {
  it("never cuts inside 14.000, 3,000, 3,5, 3.5 or 1,5 juta", () => {
    expect(
      texts("Korea Utara mengirim 14.000 tentara. Jumlahnya naik 3,5 persen menjadi 1,5 juta. Selesai.", "id"),
    ).toEqual(["Korea Utara mengirim 14.000 tentara.", "Jumlahnya naik 3,5 persen menjadi 1,5 juta.", "Selesai."]);
    expect(
      texts("North Korea sent 14,000 troops, including 3,000 reinforcements. The rate was 3.5 percent.", "en"),
    ).toEqual(["North Korea sent 14,000 troops, including 3,000 reinforcements.", "The rate was 3.5 percent."]);
  });

  it("ends a sentence after a figure", () => {
    expect(texts("Jumlahnya 14.000. Angka itu naik.", "id")).toEqual(["Jumlahnya 14.000.", "Angka itu naik."]);
  });
});

describe("splitSentences: quotation marks", () => {
  it("keeps a quotation and its attribution together", () => {
    expect(texts('"Mereka pahlawan," KCNA mengutip Kim. Korea Utara "bangga," kata KCNA.', "id")).toEqual([
      '"Mereka pahlawan," KCNA mengutip Kim.',
      'Korea Utara "bangga," kata KCNA.',
    ]);
  });

  it("does not cut a quotation of several sentences", () => {
    expect(texts('"We will win. They will lose," he said. Then he left.', "en")).toEqual([
      '"We will win. They will lose," he said.',
      "Then he left.",
    ]);
    expect(texts("“Kami menang. Mereka kalah,” katanya. Lalu ia pergi.", "id")).toEqual([
      "“Kami menang. Mereka kalah,” katanya.",
      "Lalu ia pergi.",
    ]);
  });

  it("ends a sentence at a closing quote after the full stop", () => {
    expect(texts('He said: "It is over." Then he left.', "en")).toEqual(['He said: "It is over."', "Then he left."]);
  });
});

describe("splitSentences: paragraphs, datelines and offsets", () => {
  it("never crosses a line break, even without a full stop", () => {
    expect(texts("Judul tanpa titik\r\nKalimat pertama. Kalimat kedua\n\nParagraf baru.", "id")).toEqual([
      "Judul tanpa titik",
      "Kalimat pertama.",
      "Kalimat kedua",
      "Paragraf baru.",
    ]);
  });

  it("leaves a wire dateline out of the first sentence", () => {
    expect(texts("SEOUL - Korea Utara mengonfirmasi. Lalu pergi.", "id")).toEqual([
      "Korea Utara mengonfirmasi.",
      "Lalu pergi.",
    ]);
    expect(texts("JAKARTA/SEOUL - Ada kabar.", "id")).toEqual(["Ada kabar."]);
    expect(texts("KYIV (Reuters) - Ukraine said so.", "en")).toEqual(["Ukraine said so."]);
    expect(datelineOf("SEOUL, KOMPAS.com - Korea Utara")).toBe("SEOUL, KOMPAS.com - ");
    expect(datelineOf("Seoul - Kim")).toBe("");
    expect(datelineOf("Rusia-Ukraina berperang")).toBe("");
    // Only the story's first paragraph can open with a dateline.
    expect(texts("Ada kabar.\nNATO - Rusia bertemu.", "id")).toEqual(["Ada kabar.", "NATO - Rusia bertemu."]);
  });

  it("reports UTF-16 offsets after astral characters", () => {
    const text = "Ada 😀 kabar. Lalu 🇮🇩 pergi.";
    const [a, b] = splitSentences(text, "id");
    expect(a).toEqual({ start: 0, end: 13, text: "Ada 😀 kabar." });
    expect(b.start).toBe(text.indexOf("Lalu"));
    expect(b.end).toBe(text.length);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("", "id")).toEqual([]);
    expect(splitSentences(" \n\r\n ", "en")).toEqual([]);
  });

  it("cuts the seed article exactly where its curated whole-sentence claims begin and end", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const body = fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.txt"), "utf8");
    const { claims } = JSON.parse(fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.json"), "utf8")) as {
      claims: Array<{ key: string; start: number; end: number }>;
    };
    const sentences = splitSentences(body, "id");
    const bounds = new Set(sentences.map((s) => `${s.start}-${s.end}`));
    // Two curated claims are clauses of one sentence ("Rusia mengatakan …, meskipun Kyiv membantah …").
    const clauses = new Set(["ru-last-village-expelled", "ua-denies-expulsion"]);
    for (const c of claims.filter((c) => !clauses.has(c.key)))
      expect(bounds.has(`${c.start}-${c.end}`), c.key).toBe(true);
    expect(sentences).toHaveLength(19);
  });
});
