// Sentences of an Indonesian or English news text, with UTF-16 offsets into the text.
// Intl.Segmenter (ICU, built into Node) finds the candidate boundaries: it already keeps
// "14.000", "3,5", "3.5" and closing quotes right. ICU's abbreviation suppressions are not
// available through Intl (the "-u-ss-standard" locale key is ignored by V8), so it cuts after
// "Jl.", "Dr.", "Gen.", "U.S." or "a.n."; those cuts are undone here. A quotation is never cut:
// sentences inside one quotation stay together, so the "kata X" / "X said" after it covers all of it.
// Sentences never cross a line break, and a wire dateline ("SEOUL - ") is not part of a sentence.

import { splitParagraphs } from "./paragraphs";
import type { TLang } from "./quantities";

export type TSentence = { start: number; end: number; text: string };

/** Abbreviations that never end a sentence (titles, ranks, address words), lower-cased, without the dot. */
const NEVER_FINAL: Record<TLang, Set<string>> = {
  id: new Set(
    (
      "jl jln gg kec kab kel kota prov bpk bp sdr sdri ibu yth kh hj h ir drs dra dr prof tn ny nn no nmr " +
      "tel telp hlm kol let jend kapt inf kav arh czi pnb psk mr mrs ms st"
    ).split(" "),
  ),
  en: new Set(
    (
      "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev st mt ft fig no nos vol " +
      "approx dept univ ave blvd rd"
    ).split(" "),
  ),
};

/** Abbreviations that may end a sentence: kept together only when a lower-case word or a digit follows. */
const MAYBE_FINAL: Record<TLang, Set<string>> = {
  id: new Set(
    (
      "dll dsb dst dkk tsb sda dgn yg utk jan feb mar apr jun jul agu agt ags sep sept okt nov des " +
      "pt cv tbk inc co ltd corp jr sr"
    ).split(" "),
  ),
  en: new Set("etc inc co ltd corp jr sr jan feb mar apr jun jul aug sep sept oct nov dec vs".split(" ")),
};

/** Words that open a new sentence after an initialism such as "U.S." or "A.S.". */
const SENTENCE_OPENERS: Record<TLang, Set<string>> = {
  id: new Set(
    (
      "ia dia mereka kami kita hal ini itu namun tetapi tapi sementara pada di dalam menurut sebelumnya " +
      "selain sejak saat kemudian lalu setelah sebuah seorang para presiden pemerintah"
    ).split(" "),
  ),
  en: new Set(
    (
      "the a an he she it they we i you but and in on at this that these those his her its their there " +
      "some many most after before when while if as meanwhile however earlier later separately"
    ).split(" "),
  ),
};

const SEGMENTERS: Record<TLang, Intl.Segmenter> = {
  id: new Intl.Segmenter("id", { granularity: "sentence" }),
  en: new Intl.Segmenter("en", { granularity: "sentence" }),
};

/** "SEOUL - ", "JAKARTA/SEOUL - ", "KYIV (Reuters) - ", "SEOUL, KOMPAS.com — " at a paragraph's start. */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}\s./'’-]*(?:,[^\S\r\n]*[\p{L}.]+)?(?:[^\S\r\n]*\([^)\r\n]{1,40}\))?[^\S\r\n]+[-–—][^\S\r\n]+(?=\S)/u;

/** Sentences of `text` in order, trimmed, never crossing a line break. */
export function splitSentences(text: string, lang: TLang): TSentence[] {
  const out: TSentence[] = [];
  splitParagraphs(text).forEach((p, i) => {
    // A dateline opens the story only, so only the first paragraph is checked for one.
    const skip = i === 0 ? datelineOf(p.text).length : 0;
    const body = p.text.slice(skip);
    for (const s of sentencesOfParagraph(body, lang)) {
      out.push({ start: p.start + skip + s.start, end: p.start + skip + s.end, text: s.text });
    }
  });
  return out;
}

/** The wire dateline at the start of a paragraph ("SEOUL - "), or "". */
export function datelineOf(paragraph: string): string {
  // A dateline is short; looking only at the paragraph's head keeps the regex linear on long capitals.
  const m = DATELINE.exec(paragraph.slice(0, 64));
  // Only a short all-caps place name counts: "SEOUL - " yes, "Seoul - Kim" no.
  return m && m[0].length <= 40 && !/\p{Ll}{2}/u.test(m[0].split(/[,(]/)[0]) ? m[0] : "";
}

function sentencesOfParagraph(body: string, lang: TLang): TSentence[] {
  // ICU's candidate pieces, as [start, end) into `body`.
  const pieces: Array<[number, number]> = [];
  for (const seg of SEGMENTERS[lang].segment(body)) pieces.push([seg.index, seg.index + seg.segment.length]);

  const merged: Array<[number, number]> = [];
  let quoteOpen = false;
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && (quoteOpen || !isRealBoundary(body, last[0], piece[0], lang))) last[1] = piece[1];
    else merged.push([piece[0], piece[1]]);
    quoteOpen = quoteStateAfter(body.slice(piece[0], piece[1]), quoteOpen);
  }

  const out: TSentence[] = [];
  for (const [s, e] of merged) {
    const raw = body.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: s + lead, end: s + lead + t.length, text: t });
  }
  return out;
}

/** Whether a quotation is still open after `piece`, given whether one was open before it. */
function quoteStateAfter(piece: string, open: boolean): boolean {
  let state = open;
  for (const ch of piece) {
    if (ch === "\u201C") state = true;
    else if (ch === "\u201D") state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

/**
 * Whether ICU's cut at `cut` (between the piece starting at `pieceStart` and the next one) ends a
 * sentence, or falls after an abbreviation or initial that does not.
 */
function isRealBoundary(body: string, pieceStart: number, cut: number, lang: TLang): boolean {
  const before = body.slice(pieceStart, cut).trimEnd();
  const after = body.slice(cut).trimStart();
  const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? "";
  const nextIsLower = /^[\p{Ll}\p{N}]/u.test(after);
  if (!before.endsWith(".")) return !nextIsLower;

  // The "word." right before the cut, e.g. "Jl.", "U.S.", "a.n.", "J.".
  const token = /(?:^|[\s(“"'])([\p{L}][\p{L}.]*)\.$/u.exec(before)?.[1] ?? "";
  if (!token) return !nextIsLower;
  const lower = token.toLowerCase();

  if (nextIsLower) return false; // a sentence does not start in lower case
  if (NEVER_FINAL[lang].has(lower) || NEVER_FINAL[lang === "id" ? "en" : "id"].has(lower)) {
    return !next; // "Dr. Budi": joined; "Dr." at the very end: nothing to join
  }
  if (MAYBE_FINAL[lang].has(lower)) return true;
  // Initialisms: "U.S.", "A.S.", "a.n.", "s.d." (letters separated by dots).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return SENTENCE_OPENERS[lang].has(next.toLowerCase());
  // A single capital letter is a name's initial ("Donald J. Trump").
  if (/^\p{Lu}$/u.test(token)) return SENTENCE_OPENERS[lang].has(next.toLowerCase());
  return true;
}
