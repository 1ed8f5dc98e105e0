/**
 * Synthetic articles and claims for the scratch workspace (see scripts/generate-synthetic.ts).
 *
 * Pure: no I/O, no database, no clock. Everything comes from a seeded PRNG plus the `now` passed
 * in, so the same (claims, seed, now) always yields the same rows.
 *
 * Invariants (checked by generate.test.ts):
 * - every claim's quote is `article.body.slice(startOffset, endOffset)` (UTF-16 offsets, end
 *   exclusive); claims within an article are sorted by position and do not overlap;
 * - a claim's cue, when not null, occurs inside its quote; a quantity's text occurs inside its quote;
 * - verdict 'unreviewed' <=> rationale null and reviewedAt null; otherwise the rationale is non-empty
 *   (the database has a CHECK constraint for it);
 * - evidence only on reviewed claims;
 * - the total number of claims is exactly `claims`.
 *
 * Articles are generated lazily (a generator), so millions of claims never sit in memory at once.
 */
import {
  CLAIM_CATEGORIES,
  QUANTITY_QUALIFIERS,
  type TClaimCategory,
  type TEvidenceStance as TStance,
  type TQuantityQualifier,
  type TVerdict,
} from "../claims/vocabulary";
import { formatNumber, type Locale } from "../i18n/locales";

export type SynQuantity = {
  id: string;
  position: number;
  value: number;
  unit: string;
  qualifier: TQuantityQualifier;
  /** The exact words of the quote that state the figure. */
  text: string;
};

export type SynEvidence = {
  id: string;
  url: string;
  title: string;
  publisher: string;
  excerpt: string | null;
  stance: TStance;
  createdAt: Date;
};

export type SynClaim = {
  id: string;
  articleId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  claimant: string;
  cue: string | null;
  category: TClaimCategory;
  /** YYYY-MM-DD, or null when the text does not date the statement. */
  claimedAt: string | null;
  claimedAtNote: string | null;
  verdict: TVerdict;
  rationale: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  quantities: SynQuantity[];
  evidence: SynEvidence[];
};

export type SynArticle = {
  id: string;
  slug: string;
  title: string;
  outlet: string;
  url: string;
  language: Locale;
  publishedAt: Date;
  byline: string | null;
  dateline: string;
  imageCaption: string | null;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  claims: SynClaim[];
};

export type SyntheticOptions = {
  /** Exact number of claims to generate (>= 1). */
  claims: number;
  /** PRNG seed; same seed, same data. Default 1. */
  seed?: number;
  /** The "present": publishedAt is spread over the 3 years before it; no timestamp is later. */
  now: Date;
};

export const DEFAULT_SEED = 1;
export const YEARS_SPAN = 3;
/** Claims per article: uniform in [MIN, MAX], ~20 on average. */
export const CLAIMS_PER_ARTICLE_MIN = 14;
export const CLAIMS_PER_ARTICLE_MAX = 26;

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** Skewed pick: low indices much more often (a few claimants say most things). */
  pickSkewed<T>(xs: readonly T[], power = 2): T {
    return xs[Math.floor(Math.pow(this.next(), power) * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

type Bi = { id: string; en: string };

const OUTLETS: Record<Locale, readonly string[]> = {
  id: ["Antara", "Kompas", "Tempo", "Detik", "CNN Indonesia", "Reuters", "AFP", "BBC Indonesia"],
  en: ["Reuters", "AP", "AFP", "BBC", "The Guardian", "Al Jazeera", "Kyiv Independent"],
};

const DATELINES: readonly Bi[] = [
  { id: "KYIV", en: "KYIV" },
  { id: "MOSKOW", en: "MOSCOW" },
  { id: "JAKARTA", en: "JAKARTA" },
  { id: "SEOUL", en: "SEOUL" },
  { id: "WASHINGTON", en: "WASHINGTON" },
  { id: "BRUSSEL", en: "BRUSSELS" },
  { id: "KHARKIV", en: "KHARKIV" },
  { id: "LONDON", en: "LONDON" },
];

const PLACES = [
  "Pokrovsk",
  "Bakhmut",
  "Avdiivka",
  "Kursk",
  "Kharkiv",
  "Zaporizhzhia",
  "Kherson",
  "Donetsk",
  "Luhansk",
  "Sumy",
  "Chasiv Yar",
  "Toretsk",
  "Kupiansk",
  "Vuhledar",
  "Lyman",
  "Odesa",
  "Mykolaiv",
  "Belgorod",
  "Kostiantynivka",
  "Kramatorsk",
  "Sloviansk",
  "Huliaipole",
  "Siversk",
  "Vovchansk",
] as const;

const SIDES: readonly Bi[] = [
  { id: "pasukan Rusia", en: "Russian forces" },
  { id: "pasukan Ukraina", en: "Ukrainian forces" },
  { id: "tentara Korea Utara", en: "North Korean troops" },
  { id: "unit lintas udara Rusia", en: "Russian airborne units" },
  { id: "brigade mekanis Ukraina", en: "Ukrainian mechanised brigades" },
];

const WEEKDAYS: Record<Locale, readonly string[]> = {
  id: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

const VAGUE_TIMES: Record<Locale, readonly string[]> = {
  id: ["minggu lalu", "awal bulan ini", "beberapa hari lalu"],
  en: ["last week", "earlier this month", "several days ago"],
};

/** Named institutions and roles (no real individuals are quoted), then numbered officials. */
const CLAIMANT_BASE: Record<Locale, readonly string[]> = {
  id: [
    "Kementerian Pertahanan Rusia",
    "Staf Umum Angkatan Bersenjata Ukraina",
    "Presiden Ukraina",
    "Juru bicara Kremlin",
    "Kementerian Luar Negeri Rusia",
    "Kementerian Pertahanan Ukraina",
    "Badan Intelijen Nasional Korea Selatan",
    "KCNA",
    "Sekretaris Jenderal NATO",
    "Pentagon",
    "Gedung Putih",
    "Militer Ukraina",
    "Militer Rusia",
    "Angkatan Udara Ukraina",
    "Gubernur Kursk",
    "Gubernur Belgorod",
    "Wali Kota Kharkiv",
    "Juru bicara PBB",
    "Palang Merah Internasional",
    "Badan Energi Atom Internasional",
    "Dinas Keamanan Ukraina",
    "Kyiv",
    "Moskow",
    "Korea Utara",
    "Intelijen militer Ukraina",
  ],
  en: [
    "Russia's Defence Ministry",
    "Ukraine's General Staff",
    "Ukraine's President",
    "A Kremlin spokesman",
    "Russia's Foreign Ministry",
    "Ukraine's Defence Ministry",
    "South Korea's National Intelligence Service",
    "KCNA",
    "NATO's Secretary General",
    "Pentagon officials",
    "White House officials",
    "Ukraine's military",
    "Russia's military",
    "Ukraine's Air Force",
    "The governor of Kursk",
    "The governor of Belgorod",
    "Kharkiv's mayor",
    "A UN spokesperson",
    "The International Committee of the Red Cross",
    "The International Atomic Energy Agency",
    "The Security Service of Ukraine",
    "Kyiv",
    "Moscow",
    "North Korea",
    "Ukrainian military intelligence",
  ],
};

const CLAIMANT_ROLES: Record<Locale, readonly string[]> = {
  id: [
    "Pejabat Ukraina",
    "Pejabat Rusia",
    "Komandan brigade Ukraina",
    "Blogger militer Rusia",
    "Analis militer",
    "Diplomat Barat",
    "Sumber intelijen",
    "Relawan medis",
    "Pejabat daerah",
  ],
  en: [
    "Ukrainian official",
    "Russian official",
    "Ukrainian brigade commander",
    "Russian military blogger",
    "Military analyst",
    "Western diplomat",
    "Intelligence source",
    "Volunteer medic",
    "Regional official",
  ],
};

export const CLAIMANTS_PER_LANGUAGE = 150;

function buildClaimants(lang: Locale): string[] {
  const out = [...CLAIMANT_BASE[lang]];
  const roles = CLAIMANT_ROLES[lang];
  for (let i = 0; out.length < CLAIMANTS_PER_LANGUAGE; i++) {
    out.push(`${roles[i % roles.length]} ${Math.floor(i / roles.length) + 1}`);
  }
  return out;
}

/** All claimants, ~300 distinct names across both languages. */
export const CLAIMANTS: Record<Locale, readonly string[]> = { id: buildClaimants("id"), en: buildClaimants("en") };

type Unit = { unit: string; id: string; en: string; min: number; max: number };
const UNITS = {
  soldiers: { unit: "soldiers", id: "tentara", en: "soldiers", min: 50, max: 60000 },
  troops: { unit: "soldiers", id: "personel", en: "troops", min: 100, max: 20000 },
  civilians: { unit: "civilians", id: "warga sipil", en: "civilians", min: 1, max: 400 },
  people: { unit: "people", id: "orang", en: "people", min: 1, max: 900 },
  tanks: { unit: "tanks", id: "tank", en: "tanks", min: 5, max: 300 },
  missiles: { unit: "missiles", id: "rudal", en: "missiles", min: 3, max: 500 },
  drones: { unit: "drones", id: "drone", en: "drones", min: 10, max: 10000 },
  shells: { unit: "artillery shells", id: "peluru artileri", en: "artillery shells", min: 1000, max: 1000000 },
  airDefence: {
    unit: "air defence systems",
    id: "sistem pertahanan udara",
    en: "air defence systems",
    min: 1,
    max: 12,
  },
  villages: { unit: "villages", id: "desa", en: "villages", min: 1, max: 40 },
  area: { unit: "square kilometres", id: "kilometer persegi", en: "square kilometres", min: 5, max: 3000 },
} satisfies Record<string, Unit>;

const QUALIFIER_WORDS: Record<Locale, Record<TQuantityQualifier, string>> = {
  id: {
    exact: "",
    about: "sekitar",
    at_least: "setidaknya",
    up_to: "hingga",
    more_than: "lebih dari",
    less_than: "kurang dari",
  },
  en: {
    exact: "",
    about: "about",
    at_least: "at least",
    up_to: "up to",
    more_than: "more than",
    less_than: "fewer than",
  },
};

/**
 * Claim content templates (a clause: lower-case start, no final full stop). Slots:
 * {A} / {B} two different sides, {P} a place, {Q} / {Q2} quantity phrases (units as listed).
 */
type Template = { id: string; en: string; units?: (keyof typeof UNITS)[] };

const QUANTITY_TEMPLATES: Partial<Record<TClaimCategory, readonly Template[]>> = {
  troop_count: [
    {
      id: "{A} telah mengerahkan {Q} ke wilayah {P}",
      en: "{A} have deployed {Q} to the {P} region",
      units: ["soldiers"],
    },
    {
      id: "{A} memusatkan {Q} untuk serangan baru di dekat {P}",
      en: "{A} have massed {Q} for a new offensive near {P}",
      units: ["troops"],
    },
    { id: "{A} di sektor {P} kini berjumlah {Q}", en: "{A} in the {P} sector now number {Q}", units: ["soldiers"] },
  ],
  casualty_report: [
    { id: "{Q} tewas dalam serangan di {P}", en: "{Q} were killed in an attack on {P}", units: ["civilians"] },
    {
      id: "{B} kehilangan {Q} dalam pertempuran di sekitar {P}",
      en: "{B} lost {Q} in fighting around {P}",
      units: ["soldiers"],
    },
    {
      id: "{Q} tewas dan {Q2} terluka dalam serangan rudal di {P}",
      en: "{Q} were killed and {Q2} wounded in a missile strike on {P}",
      units: ["civilians", "people"],
    },
  ],
  weapons_supply: [
    {
      id: "negara-negara Barat telah mengirim {Q} ke Ukraina sejak awal tahun",
      en: "Western countries have sent {Q} to Ukraine since the start of the year",
      units: ["shells"],
    },
    {
      id: "{A} menerima {Q} dari sekutunya bulan ini",
      en: "{A} received {Q} from allies this month",
      units: ["tanks"],
    },
    {
      id: "paket bantuan baru mencakup {Q} dan {Q2}",
      en: "the new aid package includes {Q} and {Q2}",
      units: ["airDefence", "missiles"],
    },
    {
      id: "{B} meluncurkan {Q} ke arah {P} dalam semalam",
      en: "{B} launched {Q} towards {P} overnight",
      units: ["drones"],
    },
  ],
  territorial_claim: [
    { id: "{A} telah membebaskan {Q} di sekitar {P}", en: "{A} have recaptured {Q} around {P}", units: ["villages"] },
    {
      id: "{A} telah merebut {Q} wilayah di dekat {P}",
      en: "{A} have seized {Q} of territory near {P}",
      units: ["area"],
    },
  ],
};

const PLAIN_TEMPLATES: Record<TClaimCategory, readonly Template[]> = {
  troop_count: [],
  casualty_report: [],
  weapons_supply: [],
  territorial_claim: [
    { id: "{A} telah merebut kendali penuh atas {P}", en: "{A} have taken full control of {P}" },
    { id: "{B} telah diusir dari pinggiran {P}", en: "{B} have been pushed out of the outskirts of {P}" },
  ],
  denial: [
    {
      id: "laporan tentang mundurnya {A} dari {P} tidak benar",
      en: "reports that {A} had withdrawn from {P} are false",
    },
    { id: "{A} tidak pernah menyerang sasaran sipil di {P}", en: "{A} have never targeted civilian sites in {P}" },
    { id: "tidak ada unit {A} yang dikepung di dekat {P}", en: "no units of {A} have been encircled near {P}" },
  ],
  confirmation: [
    { id: "{A} telah tiba di {P}", en: "{A} have arrived in {P}" },
    {
      id: "serangan terhadap depot amunisi di {P} memang terjadi",
      en: "the strike on an ammunition depot in {P} did take place",
    },
    { id: "{A} ikut serta dalam operasi di {P}", en: "{A} took part in the operation in {P}" },
  ],
  statement: [
    {
      id: "perundingan damai hanya mungkin jika {A} ditarik dari {P}",
      en: "peace talks are only possible if {A} withdraw from {P}",
    },
    {
      id: "situasi di {P} tetap sulit tetapi terkendali",
      en: "the situation in {P} remains difficult but under control",
    },
    { id: "bantuan kemanusiaan akan segera dikirim ke {P}", en: "humanitarian aid will soon be sent to {P}" },
  ],
  analysis: [
    {
      id: "{A} kemungkinan akan melancarkan serangan baru di {P} dalam beberapa minggu",
      en: "{A} are likely to launch a new offensive near {P} within weeks",
    },
    { id: "kemajuan {A} di sekitar {P} telah melambat", en: "the advance of {A} around {P} has slowed" },
    {
      id: "pertahanan di {P} kemungkinan tidak akan bertahan lama",
      en: "the defences at {P} are unlikely to hold for long",
    },
  ],
};

const QUANTITY_CATEGORIES = Object.keys(QUANTITY_TEMPLATES) as TClaimCategory[];
const PLAIN_CATEGORIES = CLAIM_CATEGORIES.filter((c) => PLAIN_TEMPLATES[c].length > 0);

const VERBS: Record<Locale, Partial<Record<TClaimCategory, readonly string[]>> & { default: readonly string[] }> = {
  id: {
    default: ["mengatakan", "menyatakan", "mengklaim", "melaporkan"],
    denial: ["menegaskan", "mengatakan"],
    confirmation: ["mengonfirmasi", "membenarkan"],
    analysis: ["memperkirakan", "menilai"],
  },
  en: {
    default: ["said", "stated", "claimed", "reported"],
    denial: ["insisted", "said"],
    confirmation: ["confirmed", "acknowledged"],
    analysis: ["assessed", "estimated"],
  },
};

const FILLERS: Record<Locale, readonly string[]> = {
  id: [
    "Klaim tersebut tidak dapat diverifikasi secara independen.",
    "Pertempuran di sekitar {P} telah berlangsung selama berbulan-bulan.",
    "{O} tidak dapat segera memverifikasi laporan itu.",
    "Kedua belah pihak saling menuduh melanggar hukum humaniter internasional.",
    "Wilayah {P} menjadi salah satu titik paling panas di garis depan.",
    "Pihak lawan belum memberikan tanggapan atas pernyataan itu.",
    "Ribuan warga telah mengungsi dari {P} sejak awal tahun.",
  ],
  en: [
    "The claim could not be independently verified.",
    "Fighting around {P} has raged for months.",
    "{O} could not immediately verify the report.",
    "Both sides accuse each other of violating international humanitarian law.",
    "The {P} area has become one of the hottest spots on the front line.",
    "The other side did not immediately respond to a request for comment.",
    "Thousands of residents have fled {P} since the start of the year.",
  ],
};

const TITLES: Record<Locale, readonly string[]> = {
  id: [
    "Pertempuran Sengit Berlanjut di {P}",
    "Situasi di {P} Kian Memanas",
    "Klaim dan Bantahan soal {P}",
    "Rusia dan Ukraina Saling Klaim di {P}",
    "Bantuan Militer Baru Mengalir ke Ukraina",
    "Korban Berjatuhan dalam Serangan di {P}",
    "Garis Depan {P} Bergeser, Kata Pejabat",
  ],
  en: [
    "Fighting Intensifies Around {P}",
    "Conflicting Claims Over {P}",
    "Russia and Ukraine Trade Claims on {P}",
    "New Military Aid Heads to Ukraine",
    "Casualties Reported After Strike on {P}",
    "Front Line Shifts Near {P}, Officials Say",
  ],
};

const CAPTIONS: Record<Locale, string> = {
  id: "Warga melintas di dekat bangunan yang rusak di {P}. {O}",
  en: "A resident walks past a damaged building in {P}. {O}",
};

const SOURCES = ["ISW", "OCHA", "BBC Verify", "Mediazona", "UN HRMMU", "Oryx", "Copernicus", "Bellingcat"] as const;

const RATIONALES: Record<Exclude<TVerdict, "unreviewed">, Record<Locale, readonly string[]>> = {
  verified: {
    id: ["Dikonfirmasi oleh {S} dan citra satelit.", "Sesuai dengan data {S} untuk periode yang sama."],
    en: ["Corroborated by {S} and satellite imagery.", "Consistent with {S} data for the same period."],
  },
  disputed: {
    id: [
      "{S} memberikan angka yang berbeda; belum ada sumber independen lain.",
      "Hanya satu pihak yang melaporkan; {S} belum dapat memastikan.",
    ],
    en: [
      "{S} gives a different figure; no other independent source yet.",
      "Reported by one side only; {S} could not confirm.",
    ],
  },
  contradicted: {
    id: [
      "Bertentangan dengan laporan {S} pada hari yang sama.",
      "Citra yang diverifikasi {S} menunjukkan hal sebaliknya.",
    ],
    en: ["Contradicted by {S} reporting from the same day.", "Imagery verified by {S} shows the opposite."],
  },
};

// ---------------------------------------------------------------------------------------------
// Helpers

const DAY_MS = 86_400_000;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Round to 1-2 significant figures as news copy does ("1.200", "35", "14.000"). */
function roundNice(n: number): number {
  if (n < 20) return n;
  const mag = Math.pow(10, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / mag) * mag;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// ---------------------------------------------------------------------------------------------
// Generation

type Counters = { article: number; claim: number; quantity: number; evidence: number };

/** How many claims each article gets: ~20 on average, summing to exactly `total`. */
function nextArticleSize(rng: Rng, remaining: number): number {
  const k = rng.int(CLAIMS_PER_ARTICLE_MIN, CLAIMS_PER_ARTICLE_MAX);
  // Avoid a tiny last article: fold a remainder below the minimum into this one.
  if (remaining - k >= CLAIMS_PER_ARTICLE_MIN) return k;
  return remaining <= CLAIMS_PER_ARTICLE_MAX ? remaining : remaining - CLAIMS_PER_ARTICLE_MIN;
}

function pickVerdict(rng: Rng): TVerdict {
  const r = rng.next();
  if (r < 0.55) return "unreviewed";
  if (r < 0.75) return "verified";
  if (r < 0.9) return "disputed";
  return "contradicted";
}

type BuiltSentence = {
  text: string;
  claimant: string;
  cue: string | null;
  category: TClaimCategory;
  claimedAt: string | null;
  claimedAtNote: string | null;
  quantities: Omit<SynQuantity, "id" | "position">[];
};

function quantityPhrase(rng: Rng, unitKey: keyof typeof UNITS, lang: Locale): Omit<SynQuantity, "id" | "position"> {
  const u: Unit = UNITS[unitKey];
  // Log-uniform value between min and max, rounded as a reporter would.
  const raw = Math.exp(Math.log(u.min) + rng.next() * (Math.log(u.max) - Math.log(u.min)));
  const value = Math.max(u.min, roundNice(Math.round(raw)));
  const qualifier = rng.chance(0.35) ? "exact" : rng.pick(QUANTITY_QUALIFIERS.filter((q) => q !== "exact"));
  const word = QUALIFIER_WORDS[lang][qualifier];
  const text = `${word ? word + " " : ""}${formatNumber(lang, value)} ${u[lang]}`;
  return { value, unit: u.unit, qualifier, text };
}

/** When the content is capitalised and opens with a quantity, its text must follow ("Sekitar 40 ..."). */
function capitaliseLeadingQuantity(quantities: BuiltSentence["quantities"], content: string): void {
  for (const q of quantities) if (content.startsWith(q.text)) q.text = capitalise(q.text);
}

function buildClaimSentence(rng: Rng, lang: Locale, place: string, publishedAt: Date): BuiltSentence {
  const withQuantity = rng.chance(0.4);
  const category = withQuantity ? rng.pick(QUANTITY_CATEGORIES) : rng.pick(PLAIN_CATEGORIES);
  const template = withQuantity ? rng.pick(QUANTITY_TEMPLATES[category]!) : rng.pick(PLAIN_TEMPLATES[category]);
  const a = rng.pick(SIDES);
  let b = rng.pick(SIDES);
  if (b === a) b = SIDES[(SIDES.indexOf(a) + 1) % SIDES.length];

  const quantities: BuiltSentence["quantities"] = [];
  const slots: Record<string, string> = { A: a[lang], B: b[lang], P: rng.chance(0.8) ? place : rng.pick(PLACES) };
  if (template.units) {
    template.units.forEach((unitKey, i) => {
      const q = quantityPhrase(rng, unitKey, lang);
      quantities.push(q);
      slots[i === 0 ? "Q" : "Q2"] = q.text;
    });
  }
  const content = fill(template[lang], slots);
  const claimant = rng.pickSkewed(CLAIMANTS[lang], 1.8);
  const verb = rng.pick(VERBS[lang][category] ?? VERBS[lang].default);

  // When was it said: a weekday within the week before publication, a vague time, or nothing.
  let time = "";
  let claimedAt: string | null = null;
  let claimedAtNote: string | null = null;
  const t = rng.next();
  if (t < 0.7) {
    const daysBefore = rng.chance(0.5) ? 0 : rng.int(1, 6);
    const day = new Date(publishedAt.getTime() - daysBefore * DAY_MS);
    const weekday = WEEKDAYS[lang][day.getUTCDay()];
    time = lang === "id" ? `pada hari ${weekday}` : `on ${weekday}`;
    claimedAt = isoDate(day);
    claimedAtNote = daysBefore === 0 ? `'${time}' (the publication day).` : null;
  } else if (t < 0.85) {
    time = rng.pick(VAGUE_TIMES[lang]);
    claimedAtNote = `'${time}': the day is not given.`;
  }
  const sp = time ? " " + time : "";

  // Attribution shape: cue first, quoted speech with the cue after, "according to", or none.
  const shape = rng.next();
  let text: string;
  let cue: string | null;
  if (shape < 0.6) {
    cue = `${claimant} ${verb}`;
    text = lang === "id" ? `${cue}${sp} bahwa ${content}.` : `${cue}${sp} that ${content}.`;
  } else if (shape < 0.85) {
    cue = lang === "id" ? `kata ${claimant}` : `${claimant} said`;
    text = `"${capitalise(content)}," ${cue}${sp}.`;
    capitaliseLeadingQuantity(quantities, content);
  } else if (shape < 0.95) {
    cue = lang === "id" ? `Menurut ${claimant}` : `According to ${claimant}`;
    text = `${cue}, ${content}${sp}.`;
  } else {
    cue = null;
    text = `${capitalise(content)}${sp}.`;
    capitaliseLeadingQuantity(quantities, content);
  }
  return { text, claimant, cue, category, claimedAt, claimedAtNote, quantities };
}

/** Ids sort like their numbers (syn_c_0000042), so primary-key inserts go in index order. */
function synId(kind: string, n: number): string {
  return `syn_${kind}_${String(n).padStart(7, "0")}`;
}

/**
 * Article `index` of `count`: publication times are spread evenly over the span, oldest first (with
 * jitter), so claims come out roughly in createdAt order, which keeps index inserts cheap.
 */
function buildArticle(rng: Rng, n: Counters, claimCount: number, now: Date, index: number, count: number): SynArticle {
  const nowMs = now.getTime();
  // At least 4 days before now, so everything derived from an article still fits before now.
  const lastMs = nowMs - 4 * DAY_MS;
  const spanMs = YEARS_SPAN * 365 * DAY_MS - 4 * DAY_MS;
  const lang: Locale = rng.chance(0.6) ? "id" : "en";
  const outlet = rng.pick(OUTLETS[lang]);
  const place = rng.pick(PLACES);
  const publishedAt = new Date(Math.floor((lastMs - spanMs + ((index + rng.next()) / count) * spanMs) / 1000) * 1000);
  const createdAt = new Date(publishedAt.getTime() + rng.int(10, 180) * 60_000 + rng.int(0, 59_999));
  const articleNo = ++n.article;
  const id = synId("a", articleNo);
  const slug = `synthetic-${String(articleNo).padStart(7, "0")}`;
  const title = fill(rng.pick(TITLES[lang]), { P: place });
  const dateline = rng.pick(DATELINES)[lang];
  const slots = { P: place, O: outlet };

  let body = `${dateline} - `;
  let sentencesInParagraph = 0;
  const claims: SynClaim[] = [];
  let claimTime = createdAt.getTime();

  const append = (sentence: string): { start: number; end: number } => {
    if (sentencesInParagraph > 0) {
      // New paragraph after 1-3 sentences.
      if (sentencesInParagraph >= 3 || rng.chance(0.5)) {
        body += "\n";
        sentencesInParagraph = 0;
      } else {
        body += " ";
      }
    }
    const start = body.length;
    body += sentence;
    sentencesInParagraph++;
    return { start, end: body.length };
  };

  for (let i = 0; i < claimCount; i++) {
    if (i > 0 && rng.chance(0.35)) append(fill(rng.pick(FILLERS[lang]), slots));
    const s = buildClaimSentence(rng, lang, place, publishedAt);
    const { start, end } = append(s.text);
    const claimNo = ++n.claim;
    const claimId = synId("c", claimNo);

    // Claims are entered one after another, seconds to hours apart (ms jitter keeps timestamps distinct).
    claimTime = Math.min(claimTime + rng.int(5_000, 2 * 3_600_000) + rng.int(0, 999), nowMs);
    const claimCreatedAt = new Date(claimTime);
    const verdict = pickVerdict(rng);
    let rationale: string | null = null;
    let reviewedAt: Date | null = null;
    const evidence: SynEvidence[] = [];
    if (verdict !== "unreviewed") {
      const source = rng.pick(SOURCES);
      rationale = fill(rng.pick(RATIONALES[verdict][lang]), { S: source });
      reviewedAt = new Date(Math.min(claimTime + rng.int(3_600_000, 30 * DAY_MS), nowMs));
      if (rng.chance(0.15)) {
        const evNo = ++n.evidence;
        const stance: TStance =
          verdict === "verified"
            ? rng.chance(0.8)
              ? "supports"
              : "context"
            : verdict === "contradicted"
              ? rng.chance(0.8)
                ? "refutes"
                : "context"
              : rng.chance(0.5)
                ? "context"
                : "refutes";
        evidence.push({
          id: synId("e", evNo),
          url: `https://example.org/evidence/${slugify(source)}/${evNo}`,
          title: `${source}: ${place}, ${isoDate(publishedAt)}`,
          publisher: source,
          excerpt: rng.chance(0.5) ? rationale : null,
          stance,
          // Added while reviewing, just before the verdict.
          createdAt: new Date(Math.max(claimTime, reviewedAt.getTime() - rng.int(60_000, 3_600_000))),
        });
      }
    }
    claims.push({
      id: claimId,
      articleId: id,
      quote: s.text,
      startOffset: start,
      endOffset: end,
      claimant: s.claimant,
      cue: s.cue,
      category: s.category,
      claimedAt: s.claimedAt,
      claimedAtNote: s.claimedAtNote,
      verdict,
      rationale,
      reviewedAt,
      createdAt: claimCreatedAt,
      updatedAt: reviewedAt ?? claimCreatedAt,
      quantities: s.quantities.map((q, position) => ({ id: synId("q", ++n.quantity), position, ...q })),
      evidence,
    });
  }
  if (rng.chance(0.3)) append(fill(rng.pick(FILLERS[lang]), slots));

  return {
    id,
    slug,
    title,
    outlet,
    url: `https://example.org/${slugify(outlet)}/${publishedAt.getUTCFullYear()}/${slug}`,
    language: lang,
    publishedAt,
    byline: rng.chance(0.7) ? outlet : null,
    dateline,
    imageCaption: rng.chance(0.4) ? fill(CAPTIONS[lang], slots) : null,
    body,
    createdAt,
    updatedAt: createdAt,
    claims,
  };
}

/** Lazily yields articles (each with its claims) until exactly `opts.claims` claims exist. */
export function* generateSynthetic(opts: SyntheticOptions): Generator<SynArticle> {
  if (!Number.isInteger(opts.claims) || opts.claims < 1) throw new Error("claims must be a positive integer");
  const seed = opts.seed ?? DEFAULT_SEED;
  // Article sizes first (own PRNG stream; ~250,000 numbers at 5M claims), so the article count is
  // known and publication dates can be spread evenly.
  const sizeRng = new Rng(mulberry32(seed ^ 0x9e3779b9));
  const sizes: number[] = [];
  for (let remaining = opts.claims; remaining > 0;) {
    const size = nextArticleSize(sizeRng, remaining);
    sizes.push(size);
    remaining -= size;
  }
  const rng = new Rng(mulberry32(seed));
  const n: Counters = { article: 0, claim: 0, quantity: 0, evidence: 0 };
  for (let i = 0; i < sizes.length; i++) yield buildArticle(rng, n, sizes[i], opts.now, i, sizes.length);
}

/** Expected number of articles for a claim count (for progress estimates). */
export function estimateArticles(claims: number): number {
  return Math.max(1, Math.round(claims / ((CLAIMS_PER_ARTICLE_MIN + CLAIMS_PER_ARTICLE_MAX) / 2)));
}
