import { describe, expect, it } from "vitest";
import { findAttributions, isPronoun, mainAttribution, type TAttribution } from "./attribution";
import type { TLang } from "./quantities";

/** [kind, claimant, cue] of the governing attribution, after checking its offsets. */
function main(text: string, lang: TLang): [string, string | null, string] | null {
  const a = mainAttribution(text, lang);
  if (!a) return null;
  checkOffsets(text, a);
  return [a.kind, a.claimant, a.cue];
}

function checkOffsets(text: string, a: TAttribution) {
  expect(text.slice(a.cueStart, a.cueEnd)).toBe(a.cue);
  if (a.claimantStart !== null) {
    expect(a.claimant?.toLowerCase()).toBe(text.slice(a.claimantStart, a.claimantEnd!).toLowerCase());
  }
}

describe("Indonesian cues and claimants", () => {
  it.each([
    // subject + verb
    [
      "Korea Utara mengonfirmasi untuk pertama kalinya pada hari Senin bahwa mereka telah mengirim pasukan.",
      ["confirm", "Korea Utara", "Korea Utara mengonfirmasi"],
    ],
    ["Rusia mengatakan minggu lalu bahwa pasukan Ukraina telah diusir.", ["say", "Rusia", "Rusia mengatakan"]],
    ["Kyiv membantah klaim tersebut.", ["deny", "Kyiv", "Kyiv membantah"]],
    ["Rusia mengklaim telah merebut desa itu.", ["claim", "Rusia", "Rusia mengklaim"]],
    [
      "Pentagon memperkirakan sekitar 11.000 tentara berada di Kursk.",
      ["estimate", "Pentagon", "Pentagon memperkirakan"],
    ],
    ["Para pengamat menilai aliran senjata itu membantu Rusia.", ["assess", "Para pengamat", "Para pengamat menilai"]],
    [
      "Korea Selatan juga telah mengonfirmasi laporan itu.",
      ["confirm", "Korea Selatan", "Korea Selatan juga telah mengonfirmasi"],
    ],
    [
      "Kantor berita KCNA pada hari Minggu menyebut laporan itu bohong.",
      ["say", "Kantor berita KCNA", "Kantor berita KCNA pada hari Minggu menyebut"],
    ],
    // an adverbial before the subject, an appositive between subject and verb
    ["Pada November lalu, Pentagon memperkirakan 11.000 tentara.", ["estimate", "Pentagon", "Pentagon memperkirakan"]],
    [
      "Anggota parlemen Lee, yang mengikuti pengarahan itu, mengatakan kepada wartawan bahwa Pyongyang mengirim tentara.",
      ["say", "Anggota parlemen Lee", "mengatakan"],
    ],
    // verb + claimant
    ["Korea Utara mengirim 14.000 tentara, kata pejabat Ukraina.", ["say", "Pejabat Ukraina", "kata pejabat Ukraina"]],
    [
      "Sekitar 600 tentara tewas, kata badan intelijen Korea Selatan pada hari Rabu.",
      ["say", "Badan intelijen Korea Selatan", "kata badan intelijen Korea Selatan"],
    ],
    [
      '"Pertempuran belum selesai," kata Panglima Oleksandr Syrskyi dalam pesan video, Selasa.',
      ["say", "Panglima Oleksandr Syrskyi", "kata Panglima Oleksandr Syrskyi"],
    ],
    [
      '"Kini penting," kata Hong Min dari Institut Korea untuk Penyatuan Nasional di Seoul, yang menyebutnya persiapan.',
      [
        "say",
        "Hong Min dari Institut Korea untuk Penyatuan Nasional",
        "kata Hong Min dari Institut Korea untuk Penyatuan Nasional",
      ],
    ],
    [
      "Negara itu memikul tanggung jawab, ujar juru bicara kementerian kepada Reuters.",
      ["say", "Juru bicara kementerian", "ujar juru bicara kementerian"],
    ],
    // menurut, mengutip
    ["Menurut NIS, pasukan Korea Utara kini lebih mahir.", ["according", "NIS", "Menurut NIS"]],
    [
      "Hingga 60 persen peluru berasal dari Korea Utara, menurut data intelijen Ukraina.",
      ["according", "Intelijen Ukraina", "menurut data intelijen Ukraina"],
    ],
    [
      "Unit itu bertempur dengan gagah, KCNA mengutip pernyataan Komisi tersebut.",
      ["quote", "Komisi tersebut", "KCNA mengutip pernyataan Komisi tersebut"],
    ],
    // hedges: a cue without a claimant
    ["Rusia diduga memberikan bantuan teknologi satelit.", ["hedge", null, "diduga"]],
  ] as const)("%s", (text, expected) => {
    expect(main(text, "id")).toEqual(expected);
  });

  it("prefers the reporting clause over a verb inside the reported statement", () => {
    expect(main("Korea Utara diperkirakan mengirim total 14.000 tentara, kata pejabat Ukraina.", "id")).toEqual([
      "say",
      "Pejabat Ukraina",
      "kata pejabat Ukraina",
    ]);
    expect(
      main(
        "Departemen Luar Negeri AS menuntut pengerahan diakhiri, seraya menambahkan bahwa Rusia melanggar resolusi.",
        "id",
      ),
    ).toEqual(["say", "Departemen Luar Negeri AS", "Departemen Luar Negeri AS menuntut"]);
  });

  it("finds no attribution where there is none", () => {
    expect(main("Pengerahan itu menjadi ujian pertama bagi militer Korea Utara.", "id")).toBeNull();
    expect(main("Ukraina melancarkan serangan lintas batas ke Kursk pada Agustus 2024.", "id")).toBeNull();
  });

  it("does not count a negated cue or a noun that looks like a verb", () => {
    expect(main("Moskow belum mengonfirmasi laporan itu.", "id")).toBeNull();
    expect(main("Kremlin tidak pernah mengakui kehadiran tentara itu.", "id")).toBeNull();
    expect(main("Dengan kata lain, perang berlanjut.", "id")).toBeNull();
  });

  it("reads 'jelas' as a cue only when it reports speech", () => {
    expect(main('"Kami siap," jelas Menteri Budi.', "id")).toEqual(["say", "Menteri Budi", "jelas Menteri Budi"]);
    expect(main("Situasinya jelas berbahaya.", "id")).toBeNull();
  });
});

describe("English cues and claimants", () => {
  it.each([
    [
      "Russia's top general said on Saturday that North Korean troops had helped.",
      ["say", "Russia's top general", "Russia's top general said"],
    ],
    [
      "Kyiv and Seoul have said that North Korea sent more than 11,000 troops.",
      ["say", "Kyiv and Seoul", "Kyiv and Seoul have said"],
    ],
    [
      "Ukraine's General Staff denied that its forces had been pushed out.",
      ["deny", "Ukraine's General Staff", "Ukraine's General Staff denied"],
    ],
    [
      "South Korea's spy agency estimated in February that about 300 had been killed.",
      ["estimate", "South Korea's spy agency", "South Korea's spy agency estimated"],
    ],
    [
      "Chief of the General Staff Valery Gerasimov told President Vladimir Putin that Gornal had been recaptured.",
      ["say", "Chief of the General Staff Valery Gerasimov", "Chief of the General Staff Valery Gerasimov told"],
    ],
    ["Moscow has denied that the workers breach sanctions.", ["deny", "Moscow", "Moscow has denied"]],
    ["Analysts say the acknowledgment could pave the way for a visit.", ["say", "Analysts", "Analysts say"]],
    [
      "At least 12 people were killed in a strike on Kyiv on Thursday, Ukrainian officials said, in one of the deadliest attacks.",
      ["say", "Ukrainian officials", "Ukrainian officials said"],
    ],
    [
      '"The claims do not correspond to reality," the General Staff said in a statement.',
      ["say", "The General Staff", "the General Staff said"],
    ],
    [
      '"This is a clear sign," said Kim Tae-woo, a former head of the institute.',
      ["say", "Kim Tae-woo", "said Kim Tae-woo"],
    ],
    ["The soldier wanted to fight, according to Yu.", ["according", "Yu", "according to Yu"]],
    [
      "Yu Yong-weon, a member of the ruling People Power Party, told reporters that the soldier wished to stay.",
      ["say", "Yu Yong-weon", "told"],
    ],
    [
      "The soldier wants to defect, a South Korean lawmaker said on Wednesday.",
      ["say", "A South Korean lawmaker", "a South Korean lawmaker said"],
    ],
    ["North Korea reportedly sent more shells.", ["hedge", null, "reportedly"]],
  ] as const)("%s", (text, expected) => {
    expect(main(text, "en")).toEqual(expected);
  });

  it("does not count a negated cue or a noun that looks like a verb", () => {
    expect(main("Moscow has not acknowledged the presence of North Korean troops.", "en")).toBeNull();
    expect(main("Pyongyang did not confirm the figure.", "en")).toBeNull();
    expect(main("Pyongyang did not respond to the reports.", "en")).toBeNull();
    expect(main("The workers add to an estimated 14,000 troops.", "en")).toBeNull();
  });

  it("keeps a pronoun as the claimant, for the caller to resolve", () => {
    const a = mainAttribution('"We will win," he said.', "en")!;
    expect(a.claimant).toBe("He");
    expect(isPronoun(a.claimant!, "en")).toBe(true);
    expect(isPronoun("Mereka", "id")).toBe(true);
    expect(isPronoun("Kyiv", "id")).toBe(false);
  });
});

describe("findAttributions", () => {
  it("lists every cue in order, each with its own claimant", () => {
    const text = "Rusia mengatakan desa itu direbut, meskipun Kyiv membantah klaim tersebut.";
    const all = findAttributions(text, "id");
    expect(all.map((a) => [a.kind, a.claimant])).toEqual([
      ["say", "Rusia"],
      ["deny", null], // "…, meskipun Kyiv" is not a subject on its own; the engine splits the clause first
    ]);
    for (const a of all) checkOffsets(text, a);
  });

  it("gives the same answer however often it is called (no regex state leaks between calls)", () => {
    const text = "Moskow mengatakan wilayah itu direbut kembali.";
    const first = mainAttribution(text, "id");
    mainAttribution("Kyiv membantah klaim itu dan menyebut pertempuran berlangsung.", "id");
    expect(mainAttribution(text, "id")).toEqual(first);
    expect(first?.claimant).toBe("Moskow");
  });
});
