// Claim suggestions for a news article: which sentences (or clauses) hold a checkable claim,
// who makes it, how the article attributes it, what kind it is, its figures and its dates.
// Pure: text in, suggestions out; no database, no framework. Offsets are UTF-16 code units of
// the text given, end exclusive.
//
// A sentence is proposed when
//   - it attributes a statement (attribution.ts), unless its content is only rhetoric
//     ("pahlawan", "heroism") with no figure or event in it; or
//   - it continues the previous proposed sentence of its paragraph ("Hal itu …", "Mereka …",
//     "They …"), taking over its claimant and cue; or
//   - without attribution, it reports a figure or an event (killed, captured, sent …) of the
//     news itself, i.e. not background: none of its dates lies more than BACKGROUND_DAYS before
//     publication ("in August 2024" in an April 2025 story is context, not news).
// "Did not respond to a request for comment" and the like are never proposed.
// One sentence holding two attributed statements joined by "but"/"meskipun"/"tetapi" ("Russia
// said …, but Kyiv denied …") becomes two suggestions, one per claimant.

import type { TClaimCategory } from "../claims/vocabulary";
import { isPronoun, mainAttribution, type TAttribution } from "./attribution";
import { claimQuantities, TIME_UNITS, type TClaimQuantity } from "./claim-quantities";
import { findDates, type TDateMention } from "./dates";
import { splitParagraphs } from "./paragraphs";
import type { TLang, TQuantityQualifier } from "./quantities";
import { splitSentences } from "./sentences";

export type TSuggestionQuantity = { value: number; unit: string | null; qualifier: TQuantityQualifier; text: string };
export type TSuggestionDate = { text: string; date: string | null };

export type TClaimSuggestion = {
  start: number;
  end: number;
  quote: string;
  claimant: string | null;
  cue: string | null;
  category: TClaimCategory;
  quantities: TSuggestionQuantity[];
  dates: TSuggestionDate[];
};

export type TSuggestOptions = {
  lang: TLang;
  /** Publication date, "YYYY-MM-DD" (a full ISO timestamp is cut to its date). Relative dates need it. */
  published?: string | null;
};

/** Why a piece of text was or was not proposed; returned by analyzeArticle for tests and the scorer. */
export type SuggestionDecision =
  "attributed" | "continuation" | "reported-event" | "no-comment" | "rhetoric" | "background" | "no-claim";

export type TAnalyzedUnit = {
  start: number;
  end: number;
  text: string;
  proposed: boolean;
  decision: SuggestionDecision;
  suggestion: TClaimSuggestion;
};

/** An unattributed event dated more than this many days before publication is background. */
export const BACKGROUND_DAYS = 90;

// ---------------------------------------------------------------------------------------------
// Vocabulary (lower-case stems matched at word starts)

const words = (list: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${list
      .trim()
      .split(/\s*\|\s*/)
      .join("|")})(?![\\p{L}\\p{N}])`,
    "iu",
  );

/** Events a reader can check: casualties, captures, strikes, deployments, supplies, fighting. */
const EVENT: Record<TLang, RegExp> = {
  id: words(`tewas | menewaskan | terbunuh | membunuh | gugur | terluka | melukai | luka-luka | korban |
    ditangkap | menangkap | ditawan | menyerang | diserang | menembak | ditembak | merebut | direbut |
    mengirim | dikirim | mengerahkan | dikerahkan | ditempatkan | memasok | dipasok | bertempur |
    meledak | menghancurkan | dihancurkan | ditarik | mundur | melancarkan`),
  en: words(`killed | kills | dead | died | wounded | injured | casualties | captured | seized | recaptured |
    retook | retaken | attacked | struck | shelled | fired | launched | deployed | sent | shipped |
    supplied | delivered | fought | destroyed | shot down | withdrawn | withdrew`),
};

/** Words of praise, blame and pathos; a sentence made only of them is rhetoric, not a claim. */
const RHETORIC: Record<TLang, RegExp> = {
  id: words(`pahlawan | kepahlawanan | kehormatan | terhormat | mulia | gemilang | abadi | agung | bangga |
    kebanggaan | heroik | keji | biadab | memalukan | mengerikan | tragedi | umpan meriam | kejam |
    pengkhianat | petualangan | rela berkorban`),
  en: words(`heroes? | heroic | heroism | honou?r | honou?red | glorious | glory | proud | pride | shameful |
    disgraceful | terrible | tragedy | tragic | cannon fodder | noble | sacred | bravery | self-sacrifice |
    adventure | evil | barbaric | victims`),
};

/** No-comment and similar non-statements. */
const NO_COMMENT: Record<TLang, RegExp> = {
  id: words(`tidak segera menanggapi | tidak menanggapi | belum menanggapi | menolak berkomentar |
    tidak bersedia berkomentar | belum mengomentari | tidak mengomentari | belum memberikan tanggapan |
    tidak dapat dihubungi | tidak segera memberikan komentar`),
  en: words(`did not (?:immediately )?respond | has not responded | have not responded | declined to comment |
    could not be reached | did not comment | has not commented | have not commented | no immediate comment |
    not immediately available for comment | did not reply | made no mention | has not mentioned`),
};

/** A sentence that opens with these refers back to the previous one. */
const ANAPHOR_START: Record<TLang, RegExp> = {
  id: /^(?:Hal\s+(?:itu|ini|tersebut)|Mereka|Ia|Dia|Beliau|Pihaknya)(?![\p{L}\p{N}])/u,
  en: /^(?:They|He|She|It|This)(?![\p{L}\p{N}])/u,
};

/** Contrast between two statements by different parties: "…, meskipun Kyiv membantah …". */
const CONTRAST: Record<TLang, RegExp> = {
  id: /,\s+(?:meskipun|walaupun|namun|tetapi|tapi|sementara|sedangkan|padahal)\s+/gu,
  en: /,\s+(?:but|although|though|while|whereas)\s+/gu,
};

const ANALYST = words(`analis | pengamat | pakar | ahli | peneliti | akademisi | institut | lembaga kajian |
  analysts? | experts? | researchers? | professor | institute | think tank | scholars?`);

const WEAPONS: Record<TLang, RegExp> = {
  id: words(`senjata | amunisi | rudal | peluru | artileri | peluncur | misil | roket | munisi`),
  en: words(`weapons? | arms | ammunition | missiles? | shells | artillery | launchers? | rockets? | munitions`),
};
const SUPPLY: Record<TLang, RegExp> = {
  id: words(`memasok | dipasok | pasokan | mengirim | dikirim | kiriman | transfer | menyediakan | menyerahkan`),
  en: words(`supplied | supplies | supply | shipped | shipments? | sent | send | delivered | provided | transfers?`),
};
const DEPLOY: Record<TLang, RegExp> = {
  id: words(`mengirim | dikirim | mengerahkan | dikerahkan | pengerahan | ditempatkan | menempatkan`),
  en: words(`sent | send | sending | deployed | deploy | deployment | stationed`),
};
const CASUALTY: Record<TLang, RegExp> = {
  id: words(`tewas | menewaskan | terbunuh | gugur | terluka | luka-luka | korban | meninggal`),
  en: words(`killed | dead | died | wounded | injured | casualties | losses`),
};
const TERRITORY: Record<TLang, RegExp> = {
  id: words(`wilayah | desa | merebut | direbut | membebaskan | pembebasan | diusir | mengusir | menguasai |
    dikuasai | menduduki | diduduki | pertempuran`),
  en: words(`territory | village | region | recaptured | retook | retaken | liberat\\w* | expelled |
    pushed out | drive out | driven out | control of | fighting continued`),
};
/** "Do not correspond to reality", "kebohongan": a statement that another claim is false is a denial. */
const FALSEHOOD: Record<TLang, RegExp> = {
  id: words(`tidak sesuai (?:dengan )?kenyataan | tidak benar | bohong | kebohongan | hoaks | palsu | mengada-ada`),
  en: words(
    `do not correspond to reality | does not correspond to reality | false | untrue | lies? | baseless | fabricated`,
  ),
};

// ---------------------------------------------------------------------------------------------
// The engine

/** Claim suggestions for `text`, in order. */
export function suggestClaims(text: string, options: TSuggestOptions): TClaimSuggestion[] {
  return analyzeArticle(text, options)
    .filter((u) => u.proposed)
    .map((u) => u.suggestion);
}

/** Every sentence or clause with the decision taken on it (proposed or not, and why). */
export function analyzeArticle(text: string, { lang, published = null }: TSuggestOptions): TAnalyzedUnit[] {
  const pub = published ? published.slice(0, 10) : null;
  const paragraphs = splitParagraphs(text);
  const paragraphOf = (pos: number) => paragraphs.findIndex((p) => p.start <= pos && pos < p.end);

  const out: TAnalyzedUnit[] = [];
  let lastClaimant: string | null = null;
  let previous: { paragraph: number; unit: TAnalyzedUnit } | null = null;

  for (const sentence of splitSentences(text, lang)) {
    const paragraph = paragraphOf(sentence.start);
    for (const unit of splitAtContrast(sentence.text, lang)) {
      const start = sentence.start + unit.start;
      const end = sentence.start + unit.end;
      const unitText = text.slice(start, end);
      const prevProposed =
        previous && previous.paragraph === paragraph && previous.unit.proposed ? previous.unit : null;
      const analyzed = analyzeUnit(unitText, start, lang, pub, prevProposed, lastClaimant);
      out.push(analyzed);
      if (analyzed.proposed && analyzed.suggestion.claimant) lastClaimant = analyzed.suggestion.claimant;
      previous = { paragraph, unit: analyzed };
    }
  }
  return out;
}

function analyzeUnit(
  text: string,
  offset: number,
  lang: TLang,
  published: string | null,
  previous: TAnalyzedUnit | null,
  lastClaimant: string | null,
): TAnalyzedUnit {
  const attribution = mainAttribution(text, lang);
  const quantities = claimQuantities(text, lang);
  const dates = findDates(text, lang, published);
  const counts = quantities.filter((q) => q.unit === null || !TIME_UNITS.has(q.unit));
  const factual = counts.length > 0 || EVENT[lang].test(text);

  let claimant = attribution?.claimant ?? null;
  let cue = attribution?.cue ?? null;
  if (claimant && isPronoun(claimant, lang)) claimant = lastClaimant;

  let decision: SuggestionDecision;
  if (!factual && RHETORIC[lang].test(text)) decision = "rhetoric";
  else if (attribution) decision = "attributed";
  else if (NO_COMMENT[lang].test(text)) decision = "no-comment";
  else if (previous && ANAPHOR_START[lang].test(text)) {
    decision = "continuation";
    claimant = previous.suggestion.claimant;
    cue = previous.suggestion.cue;
  } else if (factual) decision = isBackground(dates, published) ? "background" : "reported-event";
  else decision = "no-claim";

  const proposed = decision === "attributed" || decision === "continuation" || decision === "reported-event";
  const suggestion: TClaimSuggestion = {
    start: offset,
    end: offset + text.length,
    quote: text,
    claimant,
    cue,
    category: categorize(text, lang, attribution, claimant, quantities),
    quantities: quantities.map(({ value, unit, qualifier, text: t }) => ({ value, unit, qualifier, text: t })),
    dates: dates.map(({ text: t, date }) => ({ text: t, date })),
  };
  return { start: offset, end: offset + text.length, text, proposed, decision, suggestion };
}

/**
 * A sentence split where ", but"/", meskipun"/… joins two statements that each name who makes
 * them; otherwise the whole sentence. Offsets relative to `sentence`.
 */
export function splitAtContrast(sentence: string, lang: TLang): Array<{ start: number; end: number }> {
  for (const m of sentence.matchAll(CONTRAST[lang])) {
    const left = sentence.slice(0, m.index);
    const right = sentence.slice(m.index + m[0].length);
    const a = mainAttribution(left, lang);
    const b = mainAttribution(right, lang);
    // The right-hand statement must open with its own claimant ("Kyiv membantah …").
    const rightOwn = b?.claimant && b.shape === "subject" && b.claimantStart === 0 && !isPronoun(b.claimant, lang);
    if (a?.claimant && rightOwn && a.claimant !== b!.claimant) {
      return [
        { start: 0, end: m.index },
        { start: m.index + m[0].length, end: sentence.length },
      ];
    }
  }
  return [{ start: 0, end: sentence.length }];
}

/** Some date in the text lies wholly more than BACKGROUND_DAYS before publication. */
function isBackground(dates: TDateMention[], published: string | null): boolean {
  if (!published) return false;
  const pub = Date.parse(`${published}T00:00:00Z`);
  if (Number.isNaN(pub)) return false;
  return dates.some((d) => {
    const last = lastDayOf(d.date);
    return last !== null && (pub - last) / 86_400_000 > BACKGROUND_DAYS;
  });
}

/** The last day (UTC ms) of a day, ISO week, month or year string. */
function lastDayOf(iso: string | null): number | null {
  if (!iso) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso))) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) {
    // Monday of ISO week 1 is the Monday on or before 4 January; the week ends six days after its Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return monday1 + ((+m[2] - 1) * 7 + 6) * 86_400_000;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) return Date.UTC(+m[1], +m[2], 0);
  if ((m = /^(\d{4})$/.exec(iso))) return Date.UTC(+m[1], 11, 31);
  return null;
}

/** The claim's kind, from its cue, its claimant and the words and figures in it. */
export function categorize(
  text: string,
  lang: TLang,
  attribution: TAttribution | null,
  claimant: string | null,
  quantities: TClaimQuantity[],
): TClaimCategory {
  if (attribution?.kind === "deny" || FALSEHOOD[lang].test(text)) return "denial";
  if (attribution?.kind === "assess" || (claimant !== null && ANALYST.test(claimant))) return "analysis";
  if (WEAPONS[lang].test(text) && SUPPLY[lang].test(text)) return "weapons_supply";
  const soldiers = quantities.filter((q) => q.unit === "soldiers");
  if (soldiers.length > 0 && DEPLOY[lang].test(text)) return "troop_count";
  if (CASUALTY[lang].test(text)) return "casualty_report";
  // A handful of soldiers is a story about people; a troop count is about a deployment's size.
  if (soldiers.some((q) => q.value >= 100)) return "troop_count";
  if (TERRITORY[lang].test(text)) return "territorial_claim";
  if (attribution?.kind === "confirm") return "confirmation";
  return "statement";
}
