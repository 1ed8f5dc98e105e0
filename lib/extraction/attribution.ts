// Who says so, and how the article says it: attribution cues ("kata pejabat Ukraina",
// "Korea Utara mengonfirmasi", "according to Yu", "the General Staff said") and their claimants,
// in one sentence or clause of Indonesian or English news text.
//
// Wire stories attribute in a handful of shapes, and each is read by a small rule:
//   subject + verb        "Rusia mengatakan …", "Kyiv and Seoul have said …"
//   verb + claimant       "…, kata pejabat Ukraina.", "…," said Kim Tae-woo, a former …
//   menurut / according   "Menurut NIS, …", "…, according to Yu."
//   quoting               "KCNA mengutip pernyataan Kim" (the claimant is the one quoted)
//   hedges                "dilaporkan", "diperkirakan", "reportedly" (a cue with no claimant)
// A negated verb ("has not acknowledged", "belum mengonfirmasi") and a noun that looks like a
// verb ("the reports", "an estimated 14,000") are not attributions.

import type { TLang } from "./quantities";

export type TCueKind = "say" | "claim" | "deny" | "confirm" | "estimate" | "quote" | "according" | "assess" | "hedge";

export type TAttribution = {
  kind: TCueKind;
  /** The cue as written: the verb, with the claimant when it sits right next to it. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** The verb (or "menurut"/"according to") alone. */
  verbStart: number;
  verbEnd: number;
  /** Who makes the claim, as written (first letter capitalised); null when the text does not say. */
  claimant: string | null;
  claimantStart: number | null;
  claimantEnd: number | null;
  /** How the claimant relates to the verb; "none" for hedges and subjectless verbs. */
  shape: "subject" | "inverted" | "according" | "quoted" | "none";
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

type TCueTable = Record<TCueKind, string[]>;

const CUES: Record<TLang, TCueTable> = {
  id: {
    say: [
      "mengatakan",
      "menyatakan",
      "mengungkapkan",
      "menyebut",
      "menyebutkan",
      "menjelaskan",
      "menambahkan",
      "menegaskan",
      "menyampaikan",
      "memberi tahu",
      "memberitahu",
      "memberitahukan",
      "mengumumkan",
      "melaporkan",
      "menuturkan",
      "berkata",
      "mengemukakan",
      "menuntut",
      "mendesak",
      "menyerukan",
      "memperingatkan",
      "menuduh",
      "mengecam",
      "mengutuk",
      "menyebutnya",
      "mencatat",
      "menerangkan",
      "kata",
      "ujar",
      "ucap",
      "tutur",
      "jelas",
    ],
    claim: ["mengklaim", "diklaim"],
    deny: ["membantah", "menyangkal", "menepis", "membantahnya"],
    confirm: ["mengonfirmasi", "mengkonfirmasi", "membenarkan", "mengakui"],
    estimate: ["memperkirakan", "menaksir", "memperhitungkan"],
    quote: ["mengutip"],
    according: ["menurut"],
    assess: ["menilai", "berpendapat", "memandang", "meyakini"],
    hedge: ["dilaporkan", "diduga", "dikabarkan", "disebut-sebut", "diperkirakan", "ditaksir", "diyakini"],
  },
  en: {
    say: [
      "said",
      "says",
      "say",
      "told",
      "tells",
      "tell",
      "stated",
      "states",
      "added",
      "adds",
      "announced",
      "announces",
      "reported",
      "reports",
      "noted",
      "notes",
      "wrote",
      "warned",
      "warns",
      "accused",
      "accuses",
      "urged",
      "urges",
      "demanded",
      "demands",
      "alleged",
      "alleges",
      "insisted",
      "insists",
      "explained",
      "argued",
      "argues",
      "testified",
      "put the figure",
      "put the number",
      "put the toll",
    ],
    claim: ["claimed", "claims", "claim"],
    deny: ["denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes", "dismissed", "dismisses"],
    confirm: ["confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits", "verified"],
    estimate: ["estimated", "estimates", "estimate"],
    quote: ["quoted", "quoting", "citing", "cited"],
    according: ["according to"],
    assess: ["believe", "believes", "assessed", "assesses", "assess"],
    hedge: [
      "reportedly",
      "allegedly",
      "is believed",
      "are believed",
      "is estimated",
      "are estimated",
      "is thought",
      "are thought",
    ],
  },
};

/** Verbs whose claimant follows them: "kata X", `"…," said X`. (English only after a comma or quote.) */
const INVERTING: Record<TLang, Set<string>> = {
  id: new Set(["kata", "ujar", "ucap", "tutur", "jelas"]),
  en: new Set(["said", "says", "added", "adds", "wrote"]),
};

/** Short words that mean the cue word is a noun, not a verb: "the reports", "an estimated", "kata lain". */
const NOUN_BEFORE: Record<TLang, RegExp> = {
  id: /(?:^|[\s"“‘(])(?:dengan|sebuah|suatu|para)\s*$/iu,
  en: /(?:^|[\s"“‘(])(?:the|a|an|its|their|his|her|these|those|such|of|to)\s*$/iu,
};
const NOUN_AFTER: Record<TLang, RegExp> = {
  id: /^(?:\s+lain|-kata|nya\b)/iu,
  en: /^\s+(?:of|by|that\s+(?:are|were|have|has))\b/iu,
};

/** Negation right before the verb (a few adverbs may sit in between). */
const NEGATION: Record<TLang, RegExp> = {
  id: /(?:^|\s)(?:tidak|tak|belum|bukan|tidak\s+pernah|belum\s+pernah)(?:\s+(?:pernah|secara\s+resmi|secara\s+terbuka|juga|segera))*\s*$/iu,
  en: /(?:^|\s)(?:not|never|n't|no\s+longer|has\s+not|have\s+not|did\s+not|does\s+not|do\s+not)(?:\s+(?:yet|publicly|officially|formally|immediately|been))*\s*$/iu,
};

/** Adverbs, auxiliaries and time phrases between a subject and its verb ("KCNA pada hari Minggu menyebut"). */
const BETWEEN_SUBJECT_AND_VERB: Record<TLang, RegExp> = {
  id: /(?:\s+(?:juga|telah|sudah|pun|sebelumnya|kemudian|lalu|kembali|sendiri|berulang\s+kali|berulang-ulang|secara\s+terpisah|secara\s+resmi|pada\s+hari\s+\p{L}+|pada\s+\d{1,2}\s+\p{L}+|pada\s+\p{Lu}\p{L}*(?:\s+lalu)?|hari\s+\p{Lu}\p{L}*|minggu\s+lalu|pekan\s+lalu|dalam\s+(?:sebuah\s+)?pernyataan|dalam\s+pengarahan\s+tertutup))+$/u,
  en: /(?:\s+(?:also|has|have|had|previously|repeatedly|later|earlier|again|separately|officially|publicly|on\s+\p{Lu}\p{L}+|last\s+(?:week|month|year)|in\s+\p{Lu}\p{L}+|in\s+a\s+statement|on\s+Telegram))+$/u,
};

/** Words that end a claimant written after its verb ("kata X dalam pesan video", "said X in a statement"). */
const CLAIMANT_STOP: Record<TLang, RegExp> = {
  id: /\s+(?:dalam|kepada|pada|saat|ketika|seraya|sambil|setelah|usai|melalui|lewat|di\s+hadapan|di\s+\p{Lu}\p{L}*\s*[,.]|yang|bahwa|hari|tentang|mengenai|soal|terkait|sebagaimana|seperti|mengutip|menurut)(?=\s|$)|\s*[,;:.!?"“”(]/u,
  en: /\s+(?:in|on|at|after|during|before|who|which|that|when|while|as|to|told|quoting|citing|adding|saying|last|this|earlier)(?=\s|$)|\s*[,;:.!?"“”(]/u,
};

/** Words that open a relative clause or an appositive, which a subject never is. */
const RELATIVE_OPENER: Record<TLang, RegExp> = {
  id: /^(?:yang|dan|atau|serta|tetapi|namun|sementara|seraya|sambil|karena|sehingga|meskipun|bahwa|saat|ketika|setelah)(?=\s|$)/iu,
  en: /^(?:who|which|whose|where|and|or|but|while|although|because|as|since|that|when|after|saying|adding)(?=\s|$)/iu,
};

/** Leading adverbial phrases that come before the subject: "Pada November lalu, Pentagon …". */
const ADVERBIAL_OPENER: Record<TLang, RegExp> = {
  id: /^(?:pada|dalam|di|sebagai|sementara|sebelumnya|selain|sejak|menanggapi|terkait|kemudian|namun|karena|setelah|saat|ketika)(?=\s|$)/iu,
  en: /^(?:in|on|at|as|after|before|meanwhile|separately|earlier|later|however|since|when|while|asked|speaking|responding)(?=\s|$)/iu,
};

const PRONOUNS: Record<TLang, Set<string>> = {
  id: new Set(["ia", "dia", "mereka", "beliau", "kami", "kita", "saya", "aku", "pihaknya"]),
  en: new Set(["he", "she", "they", "it", "we", "i", "you"]),
};

/** The part of a subject that makes the claim when it names a source's document: "data intelijen Ukraina". */
const SOURCE_DOCUMENT: Record<TLang, RegExp> = {
  id: /^(?:data|perkiraan|laporan|pernyataan|keterangan|catatan|informasi|sumber)\s+(?=\S)/iu,
  en: /^(?:data|estimates?|reports?|statements?|figures)\s+(?:from|by|of)\s+/iu,
};

// ---------------------------------------------------------------------------------------------
// Patterns

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// Only ever used through matchAll (which copies the regex) or the non-global twin, so no lastIndex leaks.
const CUE_RE: Record<TLang, RegExp> = { id: cueRegex("id"), en: cueRegex("en") };
const HAS_CUE: Record<TLang, RegExp> = {
  id: new RegExp(CUE_RE.id.source, "iu"),
  en: new RegExp(CUE_RE.en.source, "iu"),
};
const KIND_OF: Record<TLang, Map<string, TCueKind>> = { id: kindMap("id"), en: kindMap("en") };

function cueRegex(lang: TLang): RegExp {
  const all = Object.values(CUES[lang])
    .flat()
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${all.map(escape).join("|")})(?![\\p{L}\\p{N}-])`, "giu");
}

function kindMap(lang: TLang): Map<string, TCueKind> {
  const m = new Map<string, TCueKind>();
  for (const [kind, words] of Object.entries(CUES[lang])) for (const w of words) m.set(w, kind as TCueKind);
  return m;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

// ---------------------------------------------------------------------------------------------
// Finding

/** Every attribution in `text`, in order of the verbs. */
export function findAttributions(text: string, lang: TLang): TAttribution[] {
  const out: TAttribution[] = [];
  for (const m of text.matchAll(CUE_RE[lang])) {
    const word = norm(m[0]);
    const kind = KIND_OF[lang].get(word);
    if (!kind) continue;
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const before = text.slice(0, verbStart);
    const after = text.slice(verbEnd);
    if (NOUN_BEFORE[lang].test(before) || NOUN_AFTER[lang].test(after)) continue;
    if (kind !== "according" && kind !== "hedge" && NEGATION[lang].test(before)) continue;
    if (lang === "id" && word === "jelas" && !/[,"”]\s*$/.test(before)) continue; // "jelas" is "clear" unless it reports speech
    out.push(read(text, lang, kind, word, verbStart, verbEnd));
  }
  return out;
}

/**
 * The attribution that governs the sentence: the reporting clause ("…, kata X." / "X said …"
 * at the start / "Menurut X, …") rather than a verb inside a subordinate clause. Null if none.
 */
export function mainAttribution(text: string, lang: TLang): TAttribution | null {
  const all = findAttributions(text, lang);
  if (all.length === 0) return null;
  const rank = (a: TAttribution) => {
    if (a.claimant === null) return a.kind === "hedge" ? 1 : 0;
    if (a.shape === "inverted" || a.shape === "according" || a.shape === "quoted") return 3;
    // A subject that opens the sentence (after any adverbial), or a reporting clause after a comma.
    const lead = text.slice(0, a.claimantStart!).trim();
    if (lead === "" || /[,"”]$/.test(lead)) return 3;
    return 2;
  };
  let best = all[0];
  for (const a of all) if (rank(a) > rank(best)) best = a;
  return best;
}

function read(
  text: string,
  lang: TLang,
  kind: TCueKind,
  word: string,
  verbStart: number,
  verbEnd: number,
): TAttribution {
  const base = { kind, verbStart, verbEnd };
  const none = (): TAttribution => ({
    ...base,
    cue: text.slice(verbStart, verbEnd),
    cueStart: verbStart,
    cueEnd: verbEnd,
    claimant: null,
    claimantStart: null,
    claimantEnd: null,
    shape: "none",
  });
  if (kind === "hedge") return none();

  const afterQuoteOrComma = /[,"”]\s*$/.test(text.slice(0, verbStart));
  if (kind === "according" || (INVERTING[lang].has(word) && (lang === "id" || afterQuoteOrComma))) {
    const c = claimantAfter(text, lang, verbEnd);
    if (c) {
      const shape = kind === "according" ? "according" : "inverted";
      return { ...base, ...span(text, verbStart, c.claimantEnd), ...c, shape };
    }
  }

  const subject = subjectBefore(text, lang, verbStart);
  if (kind === "quote") {
    // "KCNA mengutip (pernyataan) Kim": the one quoted makes the claim.
    const objectStart =
      verbEnd +
      (/^\s+(?:pernyataan|ucapan|perkataan|keterangan|kata-kata)(?:\s+dari)?(?=\s)/iu.exec(text.slice(verbEnd))?.[0]
        .length ?? 0);
    const quoted = claimantAfter(text, lang, objectStart);
    if (quoted) {
      const from =
        subject && /^\s*$/.test(text.slice(subject.claimantEnd, verbStart)) ? subject.claimantStart : verbStart;
      return { ...base, ...span(text, from, quoted.claimantEnd), ...quoted, shape: "quoted" };
    }
  }
  if (subject) {
    // "Kyiv and Seoul have said", "KCNA pada hari Minggu menyebut": still one cue.
    const gap = text.slice(subject.claimantEnd, verbStart);
    const adjacent = /^\s*$/.test(gap) || gap.trimEnd().replace(BETWEEN_SUBJECT_AND_VERB[lang], "").trim() === "";
    const cue = adjacent ? span(text, subject.claimantStart, verbEnd) : span(text, verbStart, verbEnd);
    return { ...base, ...cue, ...subject, shape: "subject" };
  }
  return none();
}

function span(text: string, start: number, end: number) {
  return { cue: text.slice(start, end), cueStart: start, cueEnd: end };
}

type TClaimantSpan = { claimant: string; claimantStart: number; claimantEnd: number };

/** The claimant written after `from` ("kata pejabat Ukraina", "according to Yu"), up to a stop word. */
function claimantAfter(text: string, lang: TLang, from: number): TClaimantSpan | null {
  const rest = text.slice(from);
  const lead = rest.length - rest.trimStart().length;
  const body = rest.slice(lead);
  const stop = CLAIMANT_STOP[lang].exec(body);
  let raw = (stop ? body.slice(0, stop.index) : body).trimEnd();
  // A weekday or date closing the reporting clause is not part of the name ("kata Syrskyi, Selasa").
  raw = raw.replace(/\s+(?:on\s+)?\p{Lu}\p{Ll}+day$/u, "");
  const end = from + lead + raw.length;
  // "menurut data intelijen Ukraina": the intelligence service makes the claim, not its data.
  const doc = SOURCE_DOCUMENT[lang].exec(raw);
  if (doc) raw = raw.slice(doc[0].length);
  if (!isNounPhrase(raw, lang)) return null;
  const start = end - raw.length;
  return { claimant: clean(raw, lang), claimantStart: start, claimantEnd: end };
}

/** The subject right before the verb at `verbStart`, skipping adverbs, appositives and openers. */
function subjectBefore(text: string, lang: TLang, verbStart: number): TClaimantSpan | null {
  const trimmed = text.slice(0, verbStart).replace(/\s+$/, "").replace(BETWEEN_SUBJECT_AND_VERB[lang], "");

  // The clause pieces before the verb, cut at commas and quotation marks.
  const pieces: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of trimmed.matchAll(/,\s*|["“”]\s*/g)) {
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end: trimmed.length });
  const textOf = (i: number) => text.slice(pieces[i].start, pieces[i].end).trim();

  // "Lee, yang mengikuti pengarahan itu, mengatakan": the verb follows a comma; walk back over
  // appositives to the name they describe.
  let i = pieces.length - 1;
  const afterComma = textOf(i) === "";
  if (afterComma) i--;
  while (i > 0 && isAppositive(textOf(i), lang, textOf(i - 1))) i--;
  if (i < 0) return null;
  // A comma right before the verb is only allowed after an appositive ("Lee, yang …, mengatakan").
  if (afterComma && i === pieces.length - 2) return null;

  const piece = text.slice(pieces[i].start, pieces[i].end);
  let start = pieces[i].start + (piece.length - piece.trimStart().length);
  let subject = piece.trim();
  if (subject === "" || ADVERBIAL_OPENER[lang].test(subject)) return null;
  const doc = SOURCE_DOCUMENT[lang].exec(subject);
  if (doc) {
    subject = subject.slice(doc[0].length);
    start += doc[0].length;
  }
  if (!isNounPhrase(subject, lang)) return null;
  return { claimant: clean(subject, lang), claimantStart: start, claimantEnd: start + subject.length };
}

/** "yang berbicara dengan syarat anonim", "a member of the ruling party" after a name. */
function isAppositive(piece: string, lang: TLang, previous: string): boolean {
  if (/^(?:yang|who|which|whose|where)(?=\s)/iu.test(piece)) return true;
  const describes = lang === "en" ? /^(?:a|an|the|one\s+of)\s+\p{Ll}/u : /^(?:seorang|salah\s+satu|mantan)\s+\p{Ll}/u;
  return describes.test(piece) && /^\p{Lu}/u.test(previous) && previous.split(/\s+/).length <= 6;
}

/** A plausible claimant: a short noun phrase, not a clause and not a bare pronoun. */
function isNounPhrase(phrase: string, lang: TLang): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (RELATIVE_OPENER[lang].test(phrase)) return false;
  if (lang === "id" ? /(?:^|\s)bahwa(?:\s|$)/iu.test(phrase) : /(?:^|\s)that(?:\s|$)/iu.test(phrase)) return false;
  if (/["“”]/.test(phrase)) return false;
  // Another cue verb inside means this is a clause, not a name.
  if (HAS_CUE[lang].test(phrase)) return false;
  if (words.length === 1 && PRONOUNS[lang].has(words[0].toLowerCase())) return true; // resolved by the caller
  // Lower-case only is fine when it names an office ("pejabat Ukraina", "analysts").
  return /\p{Lu}/u.test(phrase) || words.length <= 6;
}

function clean(phrase: string, lang: TLang): string {
  let p = phrase.trim().replace(/[\s,;:]+$/u, "");
  if (lang === "id") p = p.replace(/^oleh\s+/iu, "");
  return p.charAt(0).toUpperCase() + p.slice(1);
}

/** True when `claimant` is a bare pronoun ("Mereka", "They") that needs the previous claimant. */
export function isPronoun(claimant: string, lang: TLang): boolean {
  return PRONOUNS[lang].has(claimant.toLowerCase());
}
