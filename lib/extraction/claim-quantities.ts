// The quantities of a claim, with a unit that means the same in both languages: "14.000 tentara"
// and "14,000 troops" are both 14000 "soldiers", so the desk can compare figures across articles.
// Figures come from findQuantities (quantities.ts); this module only finds and names the unit,
// which may sit a few words away: after adjectives in English ("25 North Korean soldiers"),
// after a classifier in Indonesian ("200 pucuk artileri", "9 juta butir amunisi").

import { findQuantities, type TLang, type TQuantityQualifier } from "./quantities";

export type TClaimQuantity = {
  value: number;
  /** Canonical English unit ("soldiers", "people", "percent", "km2", …), the unit word as written, or null. */
  unit: string | null;
  qualifier: TQuantityQualifier;
  /** Exact substring: the qualifier (when adjacent), the figure and the unit phrase. */
  text: string;
  start: number;
  end: number;
};

/** Unit phrases (lower case) and their canonical unit. Multi-word phrases are matched first. */
const UNITS: Record<TLang, Record<string, string>> = {
  id: {
    tentara: "soldiers",
    prajurit: "soldiers",
    pasukan: "soldiers",
    serdadu: "soldiers",
    personel: "soldiers",
    "bala bantuan": "soldiers",
    "tentara tambahan": "soldiers",
    orang: "people",
    jiwa: "people",
    warga: "people",
    penduduk: "people",
    "warga sipil": "civilians",
    korban: "casualties",
    tawanan: "prisoners",
    "tawanan perang": "prisoners",
    pengungsi: "refugees",
    pekerja: "workers",
    buruh: "workers",
    "penjinak ranjau": "deminers",
    amunisi: "rounds",
    peluru: "rounds",
    "peluru artileri": "rounds",
    "amunisi artileri": "rounds",
    rudal: "missiles",
    misil: "missiles",
    roket: "rockets",
    peluncur: "launchers",
    "peluncur roket": "launchers",
    artileri: "artillery pieces",
    meriam: "artillery pieces",
    howitzer: "artillery pieces",
    tank: "tanks",
    kendaraan: "vehicles",
    drone: "drones",
    "pesawat tanpa awak": "drones",
    pesawat: "aircraft",
    kapal: "ships",
    desa: "villages",
    kota: "towns",
    persen: "percent",
    "%": "percent",
    "kilometer persegi": "km2",
    "km persegi": "km2",
    kilometer: "km",
    km: "km",
    meter: "m",
    ton: "tonnes",
    hari: "days",
    minggu: "weeks",
    pekan: "weeks",
    bulan: "months",
    tahun: "years",
    jam: "hours",
  },
  en: {
    soldiers: "soldiers",
    soldier: "soldiers",
    troops: "soldiers",
    servicemen: "soldiers",
    personnel: "soldiers",
    reinforcements: "soldiers",
    fighters: "soldiers",
    sappers: "deminers",
    deminers: "deminers",
    people: "people",
    persons: "people",
    residents: "people",
    civilians: "civilians",
    casualties: "casualties",
    dead: "dead",
    prisoners: "prisoners",
    "prisoners of war": "prisoners",
    pows: "prisoners",
    refugees: "refugees",
    workers: "workers",
    labourers: "workers",
    laborers: "workers",
    builders: "workers",
    rounds: "rounds",
    shells: "rounds",
    "artillery shells": "rounds",
    "artillery rounds": "rounds",
    missiles: "missiles",
    rockets: "rockets",
    launchers: "launchers",
    "rocket launchers": "launchers",
    "artillery pieces": "artillery pieces",
    guns: "artillery pieces",
    howitzers: "artillery pieces",
    tanks: "tanks",
    vehicles: "vehicles",
    drones: "drones",
    aircraft: "aircraft",
    ships: "ships",
    villages: "villages",
    towns: "towns",
    percent: "percent",
    "per cent": "percent",
    "%": "percent",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "sq km": "km2",
    km2: "km2",
    kilometres: "km",
    kilometers: "km",
    km: "km",
    miles: "miles",
    tonnes: "tonnes",
    tons: "tonnes",
    days: "days",
    day: "days",
    weeks: "weeks",
    week: "weeks",
    months: "months",
    month: "months",
    years: "years",
    year: "years",
    hours: "hours",
  },
};

/** Indonesian classifiers: the noun that names the unit comes after them ("200 pucuk artileri"). */
const CLASSIFIERS = new Set(["pucuk", "butir", "buah", "unit", "ekor", "biji", "lembar", "batang"]);

/** Words an English unit noun may hide behind ("25 North Korean soldiers", "5,000 military construction workers"). */
const MAX_WORDS_TO_UNIT = 4;
const EN_STOP = new Set(
  "of to in on at for from and or but that which who were was are is had have has by as with than".split(" "),
);

/** Units that measure time (and age): "over six months" is about a period, not a count of anything. */
export const TIME_UNITS = new Set(["days", "weeks", "months", "years", "hours", "years of age"]);

const CURRENCIES: Array<[RegExp, string]> = [
  [/(?:US\$|\$)\s*$/, "USD"],
  [/€\s*$/, "EUR"],
  [/£\s*$/, "GBP"],
  [/Rp\.?\s*$/, "IDR"],
];

/** Quantities in `text` with canonical units. Offsets are into `text`. */
export function claimQuantities(text: string, lang: TLang): TClaimQuantity[] {
  return findQuantities(text, lang).map((q) => {
    // Where the figure (with its scale words) ends: before the unit word and the space before it.
    let numberEnd = q.unitWord === null ? q.end : q.end - q.unitWord.length;
    while (numberEnd > q.start && /\s/.test(text[numberEnd - 1])) numberEnd--;
    const digit = q.text.search(/\d/);
    const figureAt = digit < 0 ? q.start : q.start + digit;
    const lookback = text.slice(Math.max(0, figureAt - 4), figureAt);
    const currency = CURRENCIES.find(([re]) => re.test(lookback));
    // "$3 million", "Rp14.000": the sign belongs to the quantity's text.
    const start = currency && figureAt === q.start ? q.start - currency[0].exec(lookback)![0].length : q.start;
    const age = /^-(?:year-old|tahun)(?![\p{L}-])/u.exec(text.slice(numberEnd));
    if (age) {
      const end = numberEnd + age[0].length;
      return { value: q.value, unit: "years of age", qualifier: q.qualifier, text: text.slice(start, end), start, end };
    }
    const unit = currency ? null : unitAfter(text, numberEnd, lang, q.unitWord);
    // Without a known unit, an Indonesian noun right after the figure is still its unit ("25 kapal");
    // an English word there is as often an adverb ("3,000 more"), so it is left out, text and all.
    const rawUnit = lang === "id" && q.unitWord && /^\p{Ll}/u.test(q.unitWord) ? q.unitWord : null;
    const end = unit?.end ?? (currency || (lang === "en" && q.unitWord !== "%") ? numberEnd : q.end);
    return {
      value: q.value,
      unit: currency ? currency[1] : (unit?.unit ?? rawUnit),
      qualifier: q.qualifier,
      text: text.slice(start, end),
      start,
      end,
    };
  });
}

/** The unit phrase starting after the figure, if a known one is found within reach. */
function unitAfter(
  text: string,
  from: number,
  lang: TLang,
  unitWord: string | null,
): { unit: string; end: number } | null {
  if (unitWord === "%") return { unit: "percent", end: text.indexOf("%", from) + 1 };
  const words: Array<{ w: string; end: number }> = [];
  const re = /[^\S\r\n]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/uy;
  re.lastIndex = from;
  for (let m = re.exec(text); m && words.length < 6; m = re.exec(text))
    words.push({ w: m[1].toLowerCase(), end: m.index + m[0].length });
  const table = UNITS[lang];
  const phraseAt = (i: number): { unit: string; end: number } | null => {
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words
        .slice(i, i + n)
        .map((x) => x.w)
        .join(" ");
      if (table[phrase]) return { unit: table[phrase], end: words[i + n - 1].end };
    }
    return null;
  };
  if (words.length === 0) return null;
  if (lang === "id") {
    // Indonesian puts the noun first; a classifier may precede it ("200 pucuk artileri").
    if (CLASSIFIERS.has(words[0].w))
      return phraseAt(1) ?? (words[0].w === "unit" ? { unit: "units", end: words[0].end } : null);
    return phraseAt(0);
  }
  for (let i = 0; i < Math.min(words.length, MAX_WORDS_TO_UNIT); i++) {
    if (EN_STOP.has(words[i].w)) return null;
    const found = phraseAt(i);
    if (found) return found;
  }
  return null;
}
