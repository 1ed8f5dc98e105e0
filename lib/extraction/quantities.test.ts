import { describe, it, expect } from "vitest";
import { findQuantities, parseLocalizedNumber, type TFoundQuantity, type TLang } from "./quantities";

/** findQuantities plus the offset invariant every result must satisfy. */
function find(text: string, lang: TLang): TFoundQuantity[] {
  const found = findQuantities(text, lang);
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found;
}

/** Compact view: [value, qualifier, unitWord, text]. */
const brief = (text: string, lang: TLang) => find(text, lang).map((q) => [q.value, q.qualifier, q.unitWord, q.text]);

describe("parseLocalizedNumber (id)", () => {
  it.each([
    ["14.000", 14000],
    ["3.000", 3000],
    ["1.000.000", 1_000_000],
    ["3,5", 3.5],
    ["1.234,56", 1234.56],
    ["0,75", 0.75],
    ["25", 25],
    ["  7 ", 7],
    ["1,2 juta", 1_200_000],
    ["14 ribu", 14_000],
    ["2 miliar", 2e9],
    ["2,5 milyar", 2.5e9],
    ["3,3 triliun", 3.3e12],
    ["5 ratus", 500],
    ["enam", 6],
    ["Enam", 6],
    ["satu", 1],
    ["sepuluh", 10],
    ["sebelas", 11],
    ["dua belas", 12],
    ["dua puluh", 20],
    ["dua puluh lima", 25],
    ["seribu", 1000],
    ["sejuta", 1e6],
    ["satu juta", 1e6],
    ["enam ribu", 6000],
    ["lima ratus ribu", 500_000],
    // A lone "." that cannot be grouping: a decimal pasted in English style.
    ["3.5", 3.5],
    ["1.2 juta", 1_200_000],
  ])("%s -> %d", (text, value) => {
    expect(parseLocalizedNumber(text, "id")).toBe(value);
  });

  it.each([
    "",
    "juta",
    "ribu ribu",
    "abc",
    "14.000 tentara",
    "1,2,3",
    "1.2.3",
    "12.34.567",
    "six",
    "1.2 million",
    "puluh",
    "dua puluh enam belas",
  ])("rejects %j", (text) => {
    expect(parseLocalizedNumber(text, "id")).toBeNull();
  });
});

describe("parseLocalizedNumber (en)", () => {
  it.each([
    ["14,000", 14000],
    ["1,000,000.25", 1_000_000.25],
    ["3.5", 3.5],
    ["1.2 million", 1_200_000],
    ["3.3 million", 3_300_000],
    ["0.1 million", 100_000],
    ["3 thousand", 3000],
    ["2.5 billion", 2.5e9],
    ["six", 6],
    ["Twelve", 12],
    ["nineteen", 19],
    ["twenty-five", 25],
    ["twenty five", 25],
    ["ninety", 90],
    ["one hundred", 100],
    ["six million", 6e6],
    ["two hundred thousand", 200_000],
    // A lone "," that cannot be grouping is read as a decimal comma.
    ["3,5", 3.5],
    // Strictly English: "." is the decimal point.
    ["14.000", 14],
  ])("%s -> %d", (text, value) => {
    expect(parseLocalizedNumber(text, "en")).toBe(value);
  });

  it.each(["", "million", "enam", "1,2 juta", "14,000 troops", "1,00,000", "twenty-twenty", "five-six"])(
    "rejects %j",
    (text) => {
      expect(parseLocalizedNumber(text, "en")).toBeNull();
    },
  );
});

describe("findQuantities: seed article (id)", () => {
  it("finds 14.000 (about, tentara) and 3.000 (about, part of the estimate)", () => {
    const s =
      "Korea Utara diperkirakan mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur, kata pejabat Ukraina.";
    const found = find(s, "id");
    expect(found).toEqual([
      { value: 14000, qualifier: "about", unitWord: "tentara", text: "14.000 tentara", start: 40, end: 54 },
      { value: 3000, qualifier: "about", unitWord: "bala", text: "3.000 bala", start: 65, end: 75 },
    ]);
  });

  it("finds 25 tentara but not the date or 'satu unit'", () => {
    const s =
      "Pasukan Operasi Khusus Ukraina mengatakan pada tanggal 24 April bahwa mereka telah menewaskan satu unit yang terdiri dari 25 tentara Korea Utara di Kursk.";
    expect(brief(s, "id")).toEqual([[25, "exact", "tentara", "25 tentara"]]);
    expect(find(s, "id")[0].start).toBe(s.indexOf("25 tentara"));
  });

  it("finds 'lebih dari enam bulan' with the adjacent qualifier in its text", () => {
    const s = "Waktu konfirmasi, setelah lebih dari enam bulan tidak ada kabar, dan menyoroti pengorbanan";
    expect(find(s, "id")).toEqual([
      { value: 6, qualifier: "more_than", unitWord: "bulan", text: "lebih dari enam bulan", start: 26, end: 47 },
    ]);
  });

  it("skips day-of-month and year in dates", () => {
    expect(find("pada tanggal 24 April", "id")).toEqual([]);
    expect(find("di Pyongyang, Korea Utara, 25 Februari 2025. KCNA via REUTER", "id")).toEqual([]);
    expect(find("Senin, 28 Apr 2025, dan Senin (28/4)", "id")).toEqual([]);
    expect(find("hingga 25 April", "id")).toEqual([]);
  });

  it("finds exactly the seed's quantities in the whole seed body", () => {
    const body = [
      "Komisi Militer Pusat Partai Pekerja Korea Utara mengatakan pemimpin Kim Jong Un membuat keputusan.",
      "Waktu konfirmasi, setelah lebih dari enam bulan tidak ada kabar, dan menyoroti pengorbanan pasukan Korea Utara.",
      "Korea Utara diperkirakan mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur, kata pejabat Ukraina.",
      "Pasukan Operasi Khusus Ukraina mengatakan pada tanggal 24 April bahwa mereka telah menewaskan satu unit yang terdiri dari 25 tentara Korea Utara di Kursk. Mereka merilis sebuah video yang memperlihatkan salah satu tentara yang terbunuh.",
      "Rusia mengonfirmasi pada hari Sabtu untuk pertama kalinya bahwa tentara Korea Utara telah bertempur bersama Rusia di Kursk.",
    ].join("\r\n\r\n");
    expect(brief(body, "id")).toEqual([
      [6, "more_than", "bulan", "lebih dari enam bulan"],
      [14000, "about", "tentara", "14.000 tentara"],
      [3000, "about", "bala", "3.000 bala"],
      [25, "exact", "tentara", "25 tentara"],
    ]);
  });
});

describe("findQuantities: Indonesian qualifiers", () => {
  it.each([
    ["sekitar 1,2 juta orang mengungsi", [1_200_000, "about", "orang", "sekitar 1,2 juta orang"]],
    ["kira-kira 300 rumah rusak", [300, "about", "rumah", "kira-kira 300 rumah"]],
    ["kurang lebih 100 orang hadir", [100, "about", "orang", "kurang lebih 100 orang"]],
    ["setidaknya 12 warga sipil tewas", [12, "at_least", "warga", "setidaknya 12 warga"]],
    ["sedikitnya lima orang", [5, "at_least", "orang", "sedikitnya lima orang"]],
    ["paling sedikit 7 kapal", [7, "at_least", "kapal", "paling sedikit 7 kapal"]],
    ["tidak kurang dari 20 orang", [20, "at_least", "orang", "tidak kurang dari 20 orang"]],
    ["hingga 40 persen", [40, "up_to", "persen", "hingga 40 persen"]],
    ["sampai 3 hari", [3, "up_to", "hari", "sampai 3 hari"]],
    ["maksimal 10 tahun penjara", [10, "up_to", "tahun", "maksimal 10 tahun"]],
    ["tidak lebih dari 20 orang", [20, "up_to", "orang", "tidak lebih dari 20 orang"]],
    ["lebih dari 14.000 tentara", [14000, "more_than", "tentara", "lebih dari 14.000 tentara"]],
    ["kurang dari 50 km", [50, "less_than", "km", "kurang dari 50 km"]],
    ["Lebih dari dua puluh lima tentara", [25, "more_than", "tentara", "Lebih dari dua puluh lima tentara"]],
    ["SEKITAR 3.000 TENTARA", [3000, "about", "TENTARA", "SEKITAR 3.000 TENTARA"]],
    ["lebih dari Rp14.000 per liter", [14000, "more_than", null, "lebih dari Rp14.000"]],
    ["naik 40% tahun ini", [40, "exact", "%", "40%"]],
    ["mengirim 14.000 tentara", [14000, "exact", "tentara", "14.000 tentara"]],
  ] as const)("%s", (text, expected) => {
    expect(brief(text, "id")).toEqual([expected]);
  });

  it("accepts an estimation verb up to four words before the figure", () => {
    expect(brief("Rusia diperkirakan telah mengirim sebanyak 500 tank", "id")).toEqual([
      [500, "about", "tank", "500 tank"],
    ]);
    const far = "Korea Utara diperkirakan bahwa pasukan yang dikirim ke sana berjumlah 14.000 tentara";
    expect(brief(far, "id")[0][1]).toBe("exact");
  });

  it("keeps an estimation verb to its clause", () => {
    expect(brief("Jumlahnya diperkirakan naik, 300 orang datang", "id")[0][1]).toBe("exact");
    expect(brief("Jumlahnya diperkirakan; 300 orang datang", "id")[0][1]).toBe("exact");
  });

  it("does not treat a non-adjacent 'sekitar' (location) as 'about'", () => {
    expect(brief("di sekitar Kursk 25 tentara tewas", "id")).toEqual([[25, "exact", "tentara", "25 tentara"]]);
  });

  it("passes 'about' to an included part only, and only within the sentence", () => {
    expect(brief("lebih dari 14.000 tentara, termasuk 3.000 bala bantuan", "id")[1][1]).toBe("exact");
    expect(brief("Sekitar 14.000 tentara dikirim. Termasuk 3.000 bala bantuan", "id")[1][1]).toBe("exact");
    expect(brief("sekitar 14.000 tentara, dan 3.000 tank", "id")[1][1]).toBe("exact");
  });

  it("does not let a qualifier cross a line break", () => {
    expect(brief("lebih dari\r\n14.000 tentara", "id")).toEqual([[14000, "exact", "tentara", "14.000 tentara"]]);
    expect(brief("14.000\ntentara", "id")).toEqual([[14000, "exact", null, "14.000"]]);
  });

  it("leaves unitWord null for function words and punctuation", () => {
    expect(brief("jumlahnya 14.000 dan 3.000 tentara.", "id")).toEqual([
      [14000, "exact", null, "14.000"],
      [3000, "exact", "tentara", "3.000 tentara"],
    ]);
    expect(brief("jumlahnya 14.000, kata dia", "id")).toEqual([[14000, "exact", null, "14.000"]]);
  });
});

describe("findQuantities: things that are not figures (id)", () => {
  it.each([
    "pada tahun 2024 ketika perang",
    "sejak 2022, Rusia menyerang",
    "pada 2024 lalu",
    "sejak 2006 karena program nuklirnya",
    "dalam perang 2025 Reuters melaporkan",
    "pukul 10.30 WIB",
    "sekitar pukul 10 pagi",
    "salah satu tentara yang terbunuh",
    "satu unit yang terdiri dari",
    "konferensi di Lima membahas",
    "pesawat F-16 dan Su-35 serta COVID-19 dan G20",
    "perang Rusia-Ukraina",
    "kedua negara",
  ])("%s", (text) => {
    expect(find(text, "id")).toEqual([]);
  });

  it("keeps a 4-digit figure that is clearly a count, and a capitalised number word at sentence start", () => {
    expect(brief("Sebanyak 2000 tentara tewas", "id")).toEqual([[2000, "exact", "tentara", "2000 tentara"]]);
    expect(brief("Kabar itu lama. Enam bulan kemudian", "id")).toEqual([[6, "exact", "bulan", "Enam bulan"]]);
    expect(brief("satu juta orang", "id")).toEqual([[1e6, "exact", "orang", "satu juta orang"]]);
  });

  it("reports UTF-16 offsets after astral characters", () => {
    const s = "😀 kata dia: sekitar 5 orang";
    const [q] = find(s, "id");
    expect(q.start).toBe(s.indexOf("sekitar"));
    expect(q.end).toBe(s.length);
  });
});

describe("findQuantities (en)", () => {
  it.each([
    ["at least 3,000 soldiers were killed", [3000, "at_least", "soldiers", "at least 3,000 soldiers"]],
    ["up to 14,000 troops", [14000, "up_to", "troops", "up to 14,000 troops"]],
    ["after more than six months of silence", [6, "more_than", "months", "more than six months"]],
    ["about 1.2 million people", [1_200_000, "about", "people", "about 1.2 million people"]],
    ["an estimated 14,000 troops", [14000, "about", "troops", "an estimated 14,000 troops"]],
    ["around 300 homes", [300, "about", "homes", "around 300 homes"]],
    ["approximately 12 ships", [12, "about", "ships", "approximately 12 ships"]],
    ["over 200 civilians", [200, "more_than", "civilians", "over 200 civilians"]],
    ["fewer than 50 tanks", [50, "less_than", "tanks", "fewer than 50 tanks"]],
    ["less than 3.5 percent", [3.5, "less_than", "percent", "less than 3.5 percent"]],
    ["under 18 years", [18, "less_than", "years", "under 18 years"]],
    ["no more than 20 people", [20, "up_to", "people", "no more than 20 people"]],
    ["more than $3 million in aid", [3e6, "more_than", null, "more than $3 million"]],
    ["killed twenty-five soldiers", [25, "exact", "soldiers", "twenty-five soldiers"]],
    ["At least 3,000 soldiers", [3000, "at_least", "soldiers", "At least 3,000 soldiers"]],
  ] as const)("%s", (text, expected) => {
    expect(brief(text, "en")).toEqual([expected]);
  });

  it("handles the English version of the seed sentence", () => {
    const s =
      "North Korea is estimated to have sent 14,000 troops, including 3,000 reinforcements to replace casualties, Ukrainian officials said.";
    expect(brief(s, "en")).toEqual([
      [14000, "about", "troops", "14,000 troops"],
      [3000, "about", "reinforcements", "3,000 reinforcements"],
    ]);
    const s2 = "Special forces said on April 24 that they had killed a unit of 25 North Korean soldiers in Kursk.";
    expect(brief(s2, "en")).toEqual([[25, "exact", "North", "25 North"]]);
  });

  it.each([
    "on April 24, 2025 at 10 a.m.",
    "on 24 April",
    "in 2024, the war",
    "since 2022",
    "one of the soldiers",
    "F-16 jets",
    "at 10:30 GMT",
    "watching the Six Nations",
  ])("skips %j", (text) => {
    expect(find(text, "en")).toEqual([]);
  });

  it("does not use Indonesian vocabulary for English text, nor the reverse", () => {
    expect(brief("sekitar 14,000 tentara", "en")).toEqual([[14000, "exact", "tentara", "14,000 tentara"]]);
    expect(find("more than six months", "id")).toEqual([]);
  });
});

describe("the claim-suggestion issue's examples", () => {
  it.each([
    ["14.000", "id", 14000],
    ["14,000", "en", 14000],
    ["3.000", "id", 3000],
    ["3,000", "en", 3000],
    ["1,5 juta", "id", 1_500_000],
    ["1.5 million", "en", 1_500_000],
    ["60.000", "id", 60000],
    ["10,000", "en", 10000],
  ] as const)("parses %s (%s) as %d", (text, lang, value) => {
    expect(parseLocalizedNumber(text, lang)).toBe(value);
  });

  it.each([
    ["lebih dari 600 tentara", "id", [600, "more_than", "tentara", "lebih dari 600 tentara"]],
    ["setidaknya 20 orang", "id", [20, "at_least", "orang", "setidaknya 20 orang"]],
    ["hingga 30 tentara", "id", [30, "up_to", "tentara", "hingga 30 tentara"]],
    ["sekitar 60.000 tentara", "id", [60000, "about", "tentara", "sekitar 60.000 tentara"]],
    ["at least 30 soldiers", "en", [30, "at_least", "soldiers", "at least 30 soldiers"]],
    ["more than 10,000 troops", "en", [10000, "more_than", "troops", "more than 10,000 troops"]],
  ] as const)("finds %s", (text, lang, expected) => {
    expect(brief(text, lang)).toEqual([expected]);
  });
});
