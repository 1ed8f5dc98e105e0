// Recognising quantities ("lebih dari 14.000 tentara", "at least 3,000 soldiers") in Indonesian
// and English news text, to suggest claim quantities and to display numbers.
// Deliberately heuristic and conservative: dates, years, times and the pronoun-like "one"/"satu"
// are skipped, because a missed figure costs a reviewer less than a spurious one.

import type { TQuantityQualifier } from "@/lib/claims/vocabulary";

export type TLang = "id" | "en";
// The one qualifier vocabulary (lib/claims/vocabulary.ts), passed on for callers of this module.
export type { TQuantityQualifier };

export type TFoundQuantity = {
  value: number;
  qualifier: TQuantityQualifier;
  /** The word right after the number (and its scale word), e.g. "tentara"; null if none. */
  unitWord: string | null;
  /** Exact substring: from the qualifier (when adjacent) or the number, through the unit word. */
  text: string;
  start: number;
  end: number;
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

const ONES: Record<TLang, Record<string, number>> = {
  id: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 },
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
};

/** Single words that are not built from ONES. Indonesian "se-" forms mean "one ...". */
const OTHER_WORDS: Record<TLang, Record<string, number>> = {
  id: { sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1e6 },
  en: {
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  },
};

const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words as powers of ten, so "1,2 juta" can be computed exactly as Number("1.2e6"). */
const SCALES: Record<TLang, Record<string, number>> = {
  id: { ratus: 2, ribu: 3, juta: 6, miliar: 9, milyar: 9, triliun: 12 },
  en: { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 },
};

/** Qualifier cues that must sit right before the number (a currency sign may sit in between). */
const ADJACENT_CUES: Record<TLang, Record<Exclude<TQuantityQualifier, "exact">, string[]>> = {
  id: {
    about: ["sekitar", "kira-kira", "kurang lebih", "lebih kurang", "diperkirakan"],
    at_least: ["setidaknya", "sedikitnya", "paling sedikit", "sekurang-kurangnya", "minimal", "tidak kurang dari"],
    up_to: ["hingga", "sampai", "sampai dengan", "maksimal", "paling banyak", "tidak lebih dari"],
    more_than: ["lebih dari", "di atas"],
    less_than: ["kurang dari", "di bawah"],
  },
  en: {
    about: ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated"],
    at_least: ["at least", "no fewer than", "no less than", "not less than", "a minimum of"],
    up_to: ["up to", "as many as", "at most", "no more than", "not more than", "a maximum of"],
    more_than: ["more than", "over", "above", "in excess of"],
    less_than: ["less than", "fewer than", "under", "below"],
  },
};

/** Estimation verbs mark a figure a few words later as approximate ("diperkirakan mengirim 14.000"). */
const ESTIMATE_CUES: Record<TLang, string[]> = {
  id: ["diperkirakan", "ditaksir", "perkiraan"],
  en: ["estimated", "estimates"],
};
const ESTIMATE_WINDOW_WORDS = 4;

/** "14.000 tentara, termasuk 3.000 ..." — a part of an estimate is itself an estimate. */
const INCLUDING_CUES: Record<TLang, string[]> = {
  id: ["termasuk", "di antaranya"],
  en: ["including", "among them"],
};

const MONTHS = new Set(
  (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember " +
    "January February March May June July August October December " +
    "Jan Feb Mar Apr Jun Jul Agu Agt Ags Aug Sep Sept Okt Oct Nov Des Dec"
  ).split(" "),
);

/** Words after a number that are not units (function words and "ago"-like time words). */
const NOT_UNITS = new Set(
  (
    "dan atau di ke dari yang pada untuk dengan dalam itu ini tersebut adalah oleh per kata sejak " +
    "hingga sampai lalu silam and or of in on at to the a an from for with by that which who is are " +
    "was were as than ago"
  ).split(" "),
);

const TIME_ZONES = new Set(["wib", "wita", "wit", "gmt", "utc"]);

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * A number written the way `lang` writes it, optionally followed by scale words:
 * "14.000"/"3,5"/"1,2 juta"/"enam" (id), "14,000"/"3.5"/"1.2 million"/"six" (en). Null otherwise.
 */
export function parseLocalizedNumber(text: string, lang: TLang): number | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  let exponent = 0;
  while (words.length > 1 && SCALES[lang][words[words.length - 1]] !== undefined) {
    exponent += SCALES[lang][words.pop()!];
  }
  const head = words.join(" ");
  if (/^\d/.test(head)) {
    const plain = plainDecimal(head, lang);
    return plain === null ? null : Number(`${plain}e${exponent}`);
  }
  const value = wordValue(head, lang);
  return value === null ? null : value * 10 ** exponent;
}

/** "14.000" (id) / "14,000" (en) -> "14000"; "3,5" (id) -> "3.5". Null if malformed. */
function plainDecimal(s: string, lang: TLang): string | null {
  const [group, decimal] = lang === "id" ? [".", ","] : [",", "."];
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  if (new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?$`).test(s)) {
    return s.split(group).join("").replace(decimal, ".");
  }
  // A lone separator that cannot be digit grouping ("3.5" pasted into Indonesian) is a decimal point.
  if (new RegExp(`^\\d+${g}(?:\\d{1,2}|\\d{4,})$`).test(s)) return s.replace(group, ".");
  return null;
}

/** Number words up to 99: "enam", "dua belas", "dua puluh lima", "six", "twenty-five". */
function wordValue(phrase: string, lang: TLang): number | null {
  const ones = ONES[lang];
  const words = phrase.split(/[\s-]+/);
  if (words.length === 1) {
    const w = words[0];
    return ones[w] ?? OTHER_WORDS[lang][w] ?? (lang === "en" ? EN_TENS[w] : undefined) ?? null;
  }
  const [a, b, c] = words;
  if (lang === "id") {
    if (words.length === 2 && b === "belas" && ones[a]) return 10 + ones[a];
    if (b === "puluh" && ones[a] && words.length <= 3 && (c === undefined || ones[c])) {
      return ones[a] * 10 + (c === undefined ? 0 : ones[c]);
    }
    return null;
  }
  return words.length === 2 && EN_TENS[a] && ones[b] ? EN_TENS[a] + ones[b] : null;
}

// ---------------------------------------------------------------------------------------------
// Finding

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((x, y) => y.length - x.length) // longest first, so "dua belas" wins over "dua"
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\S\\r\\n]+"))
    .join("|");

const SP = String.raw`[^\S\r\n]`; // whitespace within a line
const CURRENCY = String.raw`(?:US\$|\$|€|£|Rp\.?)`;

function numberWordPattern(lang: TLang): string {
  const ones = alternation(Object.keys(ONES[lang]));
  if (lang === "id") {
    const tens = `(?:${ones})${SP}+puluh(?:${SP}+(?:${ones}))?`; // "dua puluh lima"
    const teens = `(?:${ones})${SP}+belas`; // "dua belas"
    return `${tens}|${teens}|${alternation(Object.keys(OTHER_WORDS.id))}|${ones}`;
  }
  const tens = `(?:${alternation(Object.keys(EN_TENS))})(?:(?:-|${SP}+)(?:${ones}))?`; // "twenty-five"
  return `${tens}|${alternation(Object.keys(OTHER_WORDS.en))}|${ones}`;
}

type TPatterns = { number: RegExp; adjacent: RegExp; estimate: RegExp; including: RegExp };

function buildPatterns(lang: TLang): TPatterns {
  const cues = ADJACENT_CUES[lang];
  const allCues = Object.values(cues).flat();
  return {
    // A figure not glued to letters, digits, "/" or ":" (dates "28/4", times "10:30", "F-16"),
    // then up to two scale words. "Rp14.000" is allowed.
    number: new RegExp(
      `(?<=^|[^\\p{L}\\p{N}_.,/:\\-]|Rp)(?:(\\d+(?:[.,]\\d+)*)|(${numberWordPattern(lang)}))` +
        `((?:${SP}+(?:${alternation(Object.keys(SCALES[lang]))})){0,2})(?![\\p{L}\\p{N}/:]|[.,]\\d)`,
      "giu",
    ),
    adjacent: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(allCues)})${SP}+(?:${CURRENCY}${SP}*)?$`, "iu"),
    estimate: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ESTIMATE_CUES[lang])})(?![\\p{L}\\p{N}])`, "giu"),
    including: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(INCLUDING_CUES[lang])})${SP}+$`, "iu"),
  };
}

const PATTERNS: Record<TLang, TPatterns> = { id: buildPatterns("id"), en: buildPatterns("en") };

function qualifierOfCue(cue: string, lang: TLang): TQuantityQualifier {
  const normal = cue.toLowerCase().replace(/\s+/g, " ");
  for (const [q, list] of Object.entries(ADJACENT_CUES[lang])) {
    if (list.includes(normal)) return q as TQuantityQualifier;
  }
  return "exact";
}

const CLAUSE_LOOKBACK = 160;

/** Start of the clause holding `pos`: after the last ; : ! ? ( ) [ ] quote, line break, or ", "/". ". */
function clauseStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - CLAUSE_LOOKBACK);
  for (let i = pos - 1; i >= limit; i--) {
    const ch = text[i];
    if (';:!?()[]"“”«»\r\n'.includes(ch)) return i + 1;
    if ((ch === "," || ch === ".") && /\s/.test(text[i + 1] ?? "")) return i + 1;
  }
  return limit;
}

/** True when only spaces separate `pos` from the start of the text or of a sentence. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || ".!?:\"“”'‘([\r\n".includes(text[i]);
}

const UNIT_AFTER = /^(?:[^\S\r\n]*(%)|[^\S\r\n]+(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*))/u;
const WORD_BEFORE = /(\p{L}+)\.?[^\S\r\n]*$/u;
const DATE_TIME_WORDS_BEFORE = new Set(["tanggal", "tgl", "pukul"]);
/** After these a 1900-2100 figure is a year whatever follows ("sejak 2006 karena …", "in 2024 troops …"). */
const YEAR_WORDS_BEFORE = new Set([
  "tahun",
  "year",
  "sejak",
  "since",
  "pada",
  "in",
  "sebelum",
  "before",
  "setelah",
  "after",
]);

/**
 * Figures in `text` with their qualifier and unit word, in order. See TFoundQuantity.
 * Skipped: day-of-month ("24 April"), numbers after a month ("April 24", "Februari 2025") or after
 * "tanggal"/"pukul", years without a unit ("tahun 2024", "in 2025,"), clock times, "satu"/"one".
 */
export function findQuantities(text: string, lang: TLang): TFoundQuantity[] {
  const found: TFoundQuantity[] = [];

  for (const m of text.matchAll(PATTERNS[lang].number)) {
    const [whole, digits, word, scales] = m;
    const numStart = m.index;
    const numEnd = numStart + whole.length;

    // Capitalised number words mid-sentence are names ("Lima", Peru).
    if (word && /^\p{Lu}/u.test(word) && !atSentenceStart(text, numStart)) continue;
    const value = parseLocalizedNumber(whole, lang);
    if (value === null) continue;
    if (word && value === 1 && !scales) continue; // "salah satu", "one of": almost never a figure

    const after = text.slice(numEnd, numEnd + 64);
    const unitMatch = UNIT_AFTER.exec(after);
    const nextWord = unitMatch ? (unitMatch[1] ?? unitMatch[2]) : null;
    const prevWord = WORD_BEFORE.exec(text.slice(Math.max(0, numStart - 32), numStart))?.[1] ?? null;
    const plainInteger = digits !== undefined && !scales && /^\d+$/.test(digits) ? digits : null;
    if (isDateOrTime(plainInteger, prevWord, nextWord, after)) continue;

    const unitWord = nextWord !== null && !NOT_UNITS.has(nextWord.toLowerCase()) ? nextWord : null;
    const end = unitWord !== null ? numEnd + unitMatch![0].length : numEnd;
    const { qualifier, cueStart } = qualify(text, numStart, lang, found[found.length - 1]);
    const start = cueStart ?? numStart;
    found.push({ value, qualifier, unitWord, text: text.slice(start, end), start, end });
  }
  return found;
}

function isDateOrTime(plainInteger: string | null, prevWord: string | null, nextWord: string | null, after: string) {
  if (prevWord && (MONTHS.has(prevWord) || DATE_TIME_WORDS_BEFORE.has(prevWord.toLowerCase()))) return true;
  if (nextWord && TIME_ZONES.has(nextWord.toLowerCase())) return true;
  if (/^[^\S\r\n]*[ap]\.m\./i.test(after)) return true;
  if (plainInteger === null) return false;
  const n = Number(plainInteger);
  if (plainInteger.length <= 2 && n >= 1 && n <= 31 && nextWord && MONTHS.has(nextWord)) return true;
  if (plainInteger.length === 4 && n >= 1900 && n <= 2100) {
    // A year unless a lower-case unit follows ("2000 tentara"); "tahun 2000 ..." is always a year.
    const unitFollows = nextWord !== null && /^[\p{Ll}%]/u.test(nextWord) && !NOT_UNITS.has(nextWord.toLowerCase());
    return !unitFollows || YEAR_WORDS_BEFORE.has(prevWord?.toLowerCase() ?? "");
  }
  return false;
}

/**
 * The qualifier for the figure at `numStart`, in order of strength: an adjacent cue (whose start
 * then begins the quantity's text), an estimation verb a few words earlier in the clause, or
 * "termasuk"/"including" after an estimate in the same sentence.
 */
function qualify(
  text: string,
  numStart: number,
  lang: TLang,
  previous: TFoundQuantity | undefined,
): { qualifier: TQuantityQualifier; cueStart: number | null } {
  const patterns = PATTERNS[lang];
  const clause = clauseStart(text, numStart);
  const before = text.slice(clause, numStart);

  const adjacent = patterns.adjacent.exec(before);
  if (adjacent) return { qualifier: qualifierOfCue(adjacent[1], lang), cueStart: clause + adjacent.index };
  if (withinEstimateWindow(before, patterns.estimate)) return { qualifier: "about", cueStart: null };
  if (patterns.including.test(before) && previous?.qualifier === "about") {
    const sameSentence = !/[.!?](?:\s|$)|[\r\n]/.test(text.slice(previous.end, numStart));
    if (sameSentence) return { qualifier: "about", cueStart: null };
  }
  return { qualifier: "exact", cueStart: null };
}

/** An estimation verb at most ESTIMATE_WINDOW_WORDS words before the number, in the same clause. */
function withinEstimateWindow(before: string, estimate: RegExp): boolean {
  let lastEnd = -1;
  for (const m of before.matchAll(estimate)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return false;
  const between = before.slice(lastEnd).trim();
  return between === "" || between.split(/\s+/).length <= ESTIMATE_WINDOW_WORDS;
}
