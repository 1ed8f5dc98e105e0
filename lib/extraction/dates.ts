// Date mentions in Indonesian and English news text ("hari Senin", "24 April", "minggu lalu",
// "last week", "in February", "tahun lalu"), resolved against the article's publication date.
//
// The result keeps the precision the text gives, as an ISO 8601 string: a day ("2025-04-24"),
// an ISO week ("2025-W17": "minggu lalu" names a week, not a day), a month ("2025-04") or a
// year ("2024"). News text points back in time unless the sentence speaks of the future, so a
// bare weekday or month is the latest one on or before publication ("pada hari Senin" in a
// Monday story is that Monday), and the next one when the sentence says "akan"/"will"/"next".

import type { TLang } from "./quantities";

export type TDatePrecision = "day" | "week" | "month" | "year";

export type TDateMention = {
  /** The mention as written, e.g. "hari Senin", "24 April", "last week". */
  text: string;
  start: number;
  end: number;
  /** ISO 8601 at the mention's precision, or null when it needs a publication date that was not given. */
  date: string | null;
  precision: TDatePrecision;
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: Record<TLang, Record<string, number>> = {
  id: {
    januari: 1,
    februari: 2,
    maret: 3,
    april: 4,
    mei: 5,
    juni: 6,
    juli: 7,
    agustus: 8,
    september: 9,
    oktober: 10,
    november: 11,
    desember: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    agu: 8,
    agt: 8,
    ags: 8,
    sep: 9,
    sept: 9,
    okt: 10,
    nov: 11,
    des: 12,
  },
  en: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
};

/** Day numbers as Date.getUTCDay(): Sunday 0 … Saturday 6. */
const WEEKDAYS: Record<TLang, Record<string, number>> = {
  id: { minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, "jum’at": 5, sabtu: 6 },
  en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
};

/** Words that put a bare weekday or month in the future: "akan bertemu hari Kamis", "will meet on Thursday". */
const FUTURE: Record<TLang, RegExp> = {
  id: /(?<![\p{L}])(?:akan|bakal|berencana|direncanakan|dijadwalkan|mendatang|depan|besok)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:will|shall|'ll|next|upcoming|plans?|planned|planning|scheduled|is due|are due|expected to|preparing to|as early as)(?![\p{L}])/iu,
};

type TRelative = { unit: "day" | "week" | "month" | "year"; offset: number };

/** Fixed relative phrases, longest first where one contains another. */
const RELATIVE: Record<TLang, Array<[string, TRelative]>> = {
  id: [
    ["awal pekan ini", { unit: "week", offset: 0 }],
    ["awal minggu ini", { unit: "week", offset: 0 }],
    ["akhir pekan lalu", { unit: "week", offset: -1 }],
    ["akhir minggu lalu", { unit: "week", offset: -1 }],
    ["pekan lalu", { unit: "week", offset: -1 }],
    ["minggu lalu", { unit: "week", offset: -1 }],
    ["pekan ini", { unit: "week", offset: 0 }],
    ["minggu ini", { unit: "week", offset: 0 }],
    ["pekan depan", { unit: "week", offset: 1 }],
    ["minggu depan", { unit: "week", offset: 1 }],
    ["awal bulan ini", { unit: "month", offset: 0 }],
    ["bulan lalu", { unit: "month", offset: -1 }],
    ["bulan ini", { unit: "month", offset: 0 }],
    ["bulan depan", { unit: "month", offset: 1 }],
    ["akhir tahun lalu", { unit: "year", offset: -1 }],
    ["awal tahun ini", { unit: "year", offset: 0 }],
    ["tahun lalu", { unit: "year", offset: -1 }],
    ["tahun ini", { unit: "year", offset: 0 }],
    ["tahun depan", { unit: "year", offset: 1 }],
    ["hari ini", { unit: "day", offset: 0 }],
    ["kemarin", { unit: "day", offset: -1 }],
    ["besok", { unit: "day", offset: 1 }],
    ["lusa", { unit: "day", offset: 2 }],
  ],
  en: [
    ["earlier this week", { unit: "week", offset: 0 }],
    ["last weekend", { unit: "week", offset: -1 }],
    ["last week", { unit: "week", offset: -1 }],
    ["this week", { unit: "week", offset: 0 }],
    ["next week", { unit: "week", offset: 1 }],
    ["earlier this month", { unit: "month", offset: 0 }],
    ["last month", { unit: "month", offset: -1 }],
    ["this month", { unit: "month", offset: 0 }],
    ["next month", { unit: "month", offset: 1 }],
    ["late last year", { unit: "year", offset: -1 }],
    ["early last year", { unit: "year", offset: -1 }],
    ["earlier this year", { unit: "year", offset: 0 }],
    ["last year", { unit: "year", offset: -1 }],
    ["this year", { unit: "year", offset: 0 }],
    ["next year", { unit: "year", offset: 1 }],
    ["yesterday", { unit: "day", offset: -1 }],
    ["today", { unit: "day", offset: 0 }],
    ["tomorrow", { unit: "day", offset: 1 }],
  ],
};

const AGO_UNITS: Record<TLang, Record<string, TRelative["unit"]>> = {
  id: { hari: "day", minggu: "week", pekan: "week", bulan: "month", tahun: "year" },
  en: {
    day: "day",
    days: "day",
    week: "week",
    weeks: "week",
    month: "month",
    months: "month",
    year: "year",
    years: "year",
  },
};

const SMALL_NUMBERS: Record<TLang, Record<string, number>> = {
  id: { satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 },
  en: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
};

// ---------------------------------------------------------------------------------------------
// Patterns

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");

const B = "(?<![\\p{L}\\p{N}])"; // word start
const E = "(?![\\p{L}\\p{N}])"; // word end
const YEAR_B = "(?<![\\p{L}\\p{N}.,/:])"; // not the tail of "1.2024" or "10/2024"

/** After these a four-digit number is a year whatever follows ("sejak 2006 karena …"). */
const YEAR_PREPOSITIONS = new Set(["sejak", "since", "pada", "in", "sebelum", "before", "setelah", "after"]);

/** Words after a four-digit number that still leave it a year ("pada 2024 lalu", "in 2024 the war"). */
const NOT_A_COUNT_NOUN = new Set(
  (
    "lalu ini itu dan atau di ke dari yang pada untuk dengan dalam ketika saat sebelum setelah hingga sampai " +
    "the a an and or in on at to of for when as after before that which was were is are by with until"
  ).split(" "),
);

type TPatterns = {
  dayMonth: RegExp;
  monthDay: RegExp | null;
  monthYear: RegExp;
  weekday: RegExp;
  relative: RegExp;
  ago: RegExp;
  year: RegExp;
  slash: RegExp | null;
};

function buildPatterns(lang: TLang): TPatterns {
  // Month names are matched capitalised ("May" the month, not "may" the verb); abbreviations may take a dot.
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const month = `(${alt(Object.keys(MONTHS[lang]).map(cap))})\\.?`;
  const weekday = `(${alt(Object.keys(WEEKDAYS[lang]).map(cap))})`;
  const year = "((?:19|20)\\d{2})";
  if (lang === "id") {
    return {
      dayMonth: new RegExp(`${B}(\\d{1,2})\\s+${month}(?:\\s+${year})?${E}`, "gu"),
      monthDay: null,
      monthYear: new RegExp(
        `${B}(?:bulan\\s+)?${month}(?:\\s+(?:${year}|(lalu|tahun\\s+lalu|depan|mendatang|tahun\\s+depan|ini|tahun\\s+ini)))?${E}`,
        "gu",
      ),
      weekday: new RegExp(`${B}(?:[Hh]ari\\s+)?${weekday}(?:\\s+(lalu|kemarin|depan|mendatang|ini))?${E}`, "gu"),
      relative: new RegExp(`${B}(${alt(RELATIVE.id.map(([p]) => p))})${E}`, "giu"),
      ago: new RegExp(
        `${B}(\\d{1,3}|${alt(Object.keys(SMALL_NUMBERS.id))})\\s+(${alt(Object.keys(AGO_UNITS.id))})\\s+(?:yang\\s+)?lalu${E}`,
        "giu",
      ),
      year: new RegExp(`${YEAR_B}(?:(?:[Tt]ahun|[Aa]wal|[Aa]khir|[Pp]ertengahan)\\s+)?${year}${E}`, "gu"),
      slash: /(?<![\p{L}\p{N}/])(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d{2}))?(?![\p{N}/])/gu,
    };
  }
  return {
    dayMonth: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?:,?\\s+${year})?${E}`, "gu"),
    monthDay: new RegExp(`${B}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s+${year})?${E}`, "gu"),
    monthYear: new RegExp(
      `${B}(?:(last|next|this|early|late|mid-?)\\s*)?${month}(?:,?\\s+(?:${year}|(last\\s+year|this\\s+year|next\\s+year)))?${E}`,
      "gu",
    ),
    weekday: new RegExp(`${B}(?:(last|next|this)\\s+)?${weekday}${E}`, "gu"),
    relative: new RegExp(`${B}(${alt(RELATIVE.en.map(([p]) => p))})${E}`, "giu"),
    ago: new RegExp(
      `${B}(\\d{1,3}|${alt(Object.keys(SMALL_NUMBERS.en))})\\s+(${alt(Object.keys(AGO_UNITS.en))})\\s+ago${E}`,
      "giu",
    ),
    year: new RegExp(`${YEAR_B}(?:(?:early|late|mid-?)\\s*)?${year}${E}`, "gu"),
    slash: null,
  };
}

const PATTERNS: Record<TLang, TPatterns> = { id: buildPatterns("id"), en: buildPatterns("en") };

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (UTC dates, so no time zone moves a day)

type TDay = { y: number; m: number; d: number };

function parseDay(iso: string | null | undefined): TDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

function isValidDay({ y, m, d }: TDay): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const toUTC = ({ y, m, d }: TDay) => Date.UTC(y, m - 1, d);
function fromUTC(ms: number): TDay {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const addDays = (day: TDay, n: number) => fromUTC(toUTC(day) + n * 86_400_000);
const weekdayOf = (day: TDay) => new Date(toUTC(day)).getUTCDay();
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const isoDay = ({ y, m, d }: TDay) => `${y}-${pad(m)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

/** ISO 8601 week ("2025-W17"): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: TDay): string {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = 1 + Math.floor((toUTC(thursday) - jan1) / (7 * 86_400_000));
  return `${thursday.y}-W${pad(week)}`;
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const i = y * 12 + (m - 1) + by;
  return [Math.floor(i / 12), (i % 12) + 1];
}

// ---------------------------------------------------------------------------------------------
// Finding

type TCandidate = Omit<TDateMention, "text">;

/**
 * Date mentions in `text` (typically one sentence, whose wording decides past or future), in order
 * and without overlaps. `published` is the publication date, "YYYY-MM-DD" (a longer ISO string is
 * cut to its date); without it, mentions that depend on it get `date: null`.
 */
export function findDates(text: string, lang: TLang, published: string | null): TDateMention[] {
  const pub = parseDay(published);
  const p = PATTERNS[lang];
  const future = FUTURE[lang].test(text);
  const found: TCandidate[] = [];
  const add = (start: number, end: number, date: string | null, precision: TDatePrecision) => {
    if (found.some((f) => f.start < end && start < f.end)) return; // earlier, more specific patterns win
    found.push({ start, end, date, precision });
  };

  // Most specific first: a full date, a day and month, a month, a weekday, relative phrases, a year.
  for (const m of text.matchAll(p.dayMonth)) {
    const [, d, mon, y] = m;
    add(
      m.index,
      m.index + m[0].length,
      dayMonthDate(Number(d), MONTHS[lang][mon.toLowerCase()], y, pub, future),
      "day",
    );
  }
  if (p.monthDay) {
    for (const m of text.matchAll(p.monthDay)) {
      const [, mon, d, y] = m;
      add(
        m.index,
        m.index + m[0].length,
        dayMonthDate(Number(d), MONTHS[lang][mon.toLowerCase()], y, pub, future),
        "day",
      );
    }
  }
  if (p.slash) {
    for (const m of text.matchAll(p.slash)) {
      const [, d, mon, y] = m;
      if (Number(mon) < 1 || Number(mon) > 12) continue;
      const year = y === undefined ? undefined : y.length === 2 ? `20${y}` : y;
      const date = dayMonthDate(Number(d), Number(mon), year, pub, future);
      if (date !== null || !pub) add(m.index, m.index + m[0].length, date, "day");
    }
  }
  for (const m of text.matchAll(p.monthYear)) {
    const resolved = lang === "id" ? idMonth(m, pub, future) : enMonth(m, pub, future);
    if (resolved === undefined) continue;
    add(m.index, m.index + m[0].length, resolved, resolved !== null && /^\d{4}$/.test(resolved) ? "year" : "month");
  }
  for (const m of text.matchAll(p.weekday)) {
    const [whole, a, b] = m;
    const name = (lang === "id" ? a : b).toLowerCase();
    const modifier = (lang === "id" ? b : a)?.toLowerCase().replace(/\s+/g, " ");
    // "Minggu lalu" without "hari" is "last week", not "last Sunday": leave it to the relative phrases.
    if (lang === "id" && name === "minggu" && modifier && !/^hari/i.test(whole)) continue;
    const direction = weekdayDirection(modifier, future);
    const date = pub ? isoDay(nearestWeekday(pub, WEEKDAYS[lang][name], direction)) : null;
    add(m.index, m.index + whole.length, date, "day");
  }
  for (const m of text.matchAll(p.relative)) {
    const phrase = m[1].toLowerCase().replace(/\s+/g, " ");
    const rel = RELATIVE[lang].find(([w]) => w === phrase)![1];
    add(m.index, m.index + m[0].length, pub ? relativeDate(pub, rel) : null, rel.unit);
  }
  for (const m of text.matchAll(p.ago)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : SMALL_NUMBERS[lang][m[1].toLowerCase()];
    const unit = AGO_UNITS[lang][m[2].toLowerCase()];
    add(m.index, m.index + m[0].length, pub ? relativeDate(pub, { unit, offset: -n }) : null, unit);
  }
  for (const m of text.matchAll(p.year)) {
    // A bare four-digit number followed by a lower-case noun is a count ("2000 tentara"), not a year.
    const after = text.slice(m.index + m[0].length);
    const explicit = /^(?:tahun|awal|akhir|pertengahan|early|late|mid)/i.test(m[0]);
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    const previous = /(\p{L}+)\s+$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
    const yearByPreposition = previous !== undefined && YEAR_PREPOSITIONS.has(previous);
    if (!explicit && !yearByPreposition && next !== undefined && !NOT_A_COUNT_NOUN.has(next)) continue;
    add(m.index, m.index + m[0].length, m[1], "year");
  }

  return found.sort((a, b) => a.start - b.start).map((f) => ({ text: text.slice(f.start, f.end), ...f }));
}

function dayMonthDate(d: number, m: number, y: string | undefined, pub: TDay | null, future: boolean): string | null {
  if (y !== undefined) {
    const day = { y: Number(y), m, d };
    return isValidDay(day) ? isoDay(day) : null;
  }
  if (!pub) return null;
  // The same year as publication, unless that puts it well into the future (a December date in a
  // January story is last December) or, for a future sentence, well into the past.
  let day = { y: pub.y, m, d };
  const days = (toUTC(day) - toUTC(pub)) / 86_400_000;
  if (!future && days > 31) day = { ...day, y: pub.y - 1 };
  if (future && days < -31) day = { ...day, y: pub.y + 1 };
  return isValidDay(day) ? isoDay(day) : null;
}

/** Indonesian month forms: "Januari", "bulan Januari", "Agustus 2024", "November lalu", "Juni tahun depan". */
function idMonth(m: RegExpMatchArray, pub: TDay | null, future: boolean): string | null | undefined {
  const [, name, y, modifier] = m;
  const month = MONTHS.id[name.toLowerCase()];
  if (y !== undefined) return isoMonth(Number(y), month);
  if (!pub) return null;
  const mod = modifier?.toLowerCase().replace(/\s+/g, " ");
  if (mod === "tahun lalu") return isoMonth(pub.y - 1, month);
  if (mod === "tahun depan") return isoMonth(pub.y + 1, month);
  if (mod === "tahun ini" || mod === "ini") return isoMonth(pub.y, month);
  if (mod === "lalu") return isoMonth(month < pub.m ? pub.y : pub.y - 1, month);
  if (mod === "depan" || mod === "mendatang") return isoMonth(month > pub.m ? pub.y : pub.y + 1, month);
  return bareMonth(month, pub, future);
}

/** English month forms: "February", "in February 2022", "last November", "early March", "June last year". */
function enMonth(m: RegExpMatchArray, pub: TDay | null, future: boolean): string | null | undefined {
  const [, prefix, name, y, suffix] = m;
  const month = MONTHS.en[name.toLowerCase()];
  // "May" opening a sentence and followed by a pronoun or lower-case word is the verb ("May I …").
  if (name === "May" && !prefix && y === undefined && !suffix) {
    const at = m.index ?? 0;
    const opensSentence = /(?:^|[.!?]["”’]?\s+)$/u.test(m.input!.slice(0, at));
    if (opensSentence && /^May\s+(?:\p{Ll}|I\b)/u.test(m.input!.slice(at))) return undefined;
  }
  if (y !== undefined) return isoMonth(Number(y), month);
  if (!pub) return null;
  const suf = suffix?.toLowerCase().replace(/\s+/g, " ");
  if (suf === "last year") return isoMonth(pub.y - 1, month);
  if (suf === "next year") return isoMonth(pub.y + 1, month);
  if (suf === "this year") return isoMonth(pub.y, month);
  const pre = prefix?.toLowerCase();
  if (pre === "last") return isoMonth(month < pub.m ? pub.y : pub.y - 1, month);
  if (pre === "next") return isoMonth(month > pub.m ? pub.y : pub.y + 1, month);
  if (pre === "this") return isoMonth(pub.y, month);
  return bareMonth(month, pub, future);
}

/** A month named without a year: the latest one up to publication, or the next one for a future sentence. */
function bareMonth(month: number, pub: TDay, future: boolean): string {
  if (future) return isoMonth(month >= pub.m ? pub.y : pub.y + 1, month);
  return isoMonth(month <= pub.m ? pub.y : pub.y - 1, month);
}

type TDirection = "past-or-today" | "past" | "future";

function weekdayDirection(modifier: string | undefined, future: boolean): TDirection {
  if (modifier === "lalu" || modifier === "kemarin" || modifier === "last") return "past";
  if (modifier === "depan" || modifier === "mendatang" || modifier === "next") return "future";
  return future ? "future" : "past-or-today";
}

function nearestWeekday(pub: TDay, weekday: number, direction: TDirection): TDay {
  const back = (weekdayOf(pub) - weekday + 7) % 7;
  if (direction === "past-or-today") return addDays(pub, -back);
  if (direction === "past") return addDays(pub, -(back === 0 ? 7 : back));
  const ahead = (weekday - weekdayOf(pub) + 7) % 7;
  return addDays(pub, ahead === 0 ? 7 : ahead);
}

function relativeDate(pub: TDay, { unit, offset }: TRelative): string {
  if (unit === "day") return isoDay(addDays(pub, offset));
  if (unit === "week") return isoWeek(addDays(pub, 7 * offset));
  if (unit === "month") return isoMonth(...shiftMonth(pub.y, pub.m, offset));
  return String(pub.y + offset);
}
