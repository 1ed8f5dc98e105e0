// Scoring claim suggestions against curated claims, by overlap of spans.
// A suggestion and a curated claim match when their overlap covers at least half of the shorter
// of the two. Matching is one-to-one (a sentence suggested whole cannot count for two curated
// clauses), largest overlap ratio first. Precision = matched / suggested, recall = matched / curated.

export type TScoredSpan = { start: number; end: number; claimant?: string | null; category?: string };

export type TMatch = { gold: number; suggested: number; ratio: number };

export type TArticleScore = {
  gold: number;
  suggested: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched pairs: how many name the same claimant (loosely) and the same category. */
  claimantAgree: number;
  categoryAgree: number;
  matches: TMatch[];
};

export const MIN_OVERLAP = 0.5;

/** Overlap of two spans as a share of the shorter one (0 when they do not overlap). */
export function overlapRatio(a: TScoredSpan, b: TScoredSpan): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap <= 0 || shorter <= 0 ? 0 : overlap / shorter;
}

/** One-to-one matches between curated and suggested spans, best overlaps first. */
export function matchSpans(gold: readonly TScoredSpan[], suggested: readonly TScoredSpan[]): TMatch[] {
  const candidates: TMatch[] = [];
  gold.forEach((g, gi) =>
    suggested.forEach((s, si) => {
      const ratio = overlapRatio(g, s);
      if (ratio >= MIN_OVERLAP) candidates.push({ gold: gi, suggested: si, ratio });
    }),
  );
  candidates.sort((a, b) => b.ratio - a.ratio || a.gold - b.gold || a.suggested - b.suggested);
  const usedGold = new Set<number>();
  const usedSuggested = new Set<number>();
  const out: TMatch[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedSuggested.has(c.suggested)) continue;
    usedGold.add(c.gold);
    usedSuggested.add(c.suggested);
    out.push(c);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

/** "Pejabat Ukraina" ~ "pejabat Ukraina"; "Kim Tae-woo" ~ "Kim Tae-woo, a former head": one holds the other. */
export function sameClaimant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const x = n(a);
  const y = n(b);
  return x === y || x.includes(y) || y.includes(x);
}

export function scoreArticle(gold: readonly TScoredSpan[], suggested: readonly TScoredSpan[]): TArticleScore {
  const matches = matchSpans(gold, suggested);
  const matched = matches.length;
  const precision = suggested.length === 0 ? (gold.length === 0 ? 1 : 0) : matched / suggested.length;
  const recall = gold.length === 0 ? 1 : matched / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  let claimantAgree = 0;
  let categoryAgree = 0;
  for (const m of matches) {
    if (sameClaimant(gold[m.gold].claimant, suggested[m.suggested].claimant)) claimantAgree++;
    if (gold[m.gold].category === suggested[m.suggested].category) categoryAgree++;
  }
  return {
    gold: gold.length,
    suggested: suggested.length,
    matched,
    precision,
    recall,
    f1,
    claimantAgree,
    categoryAgree,
    matches,
  };
}

/** Totals over several articles (micro-averaged: counts are summed, then divided). */
export function sumScores(scores: readonly TArticleScore[]): Omit<TArticleScore, "matches"> {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const suggested = scores.reduce((n, s) => n + s.suggested, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const precision = suggested === 0 ? 0 : matched / suggested;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    gold,
    suggested,
    matched,
    precision,
    recall,
    f1,
    claimantAgree: scores.reduce((n, s) => n + s.claimantAgree, 0),
    categoryAgree: scores.reduce((n, s) => n + s.categoryAgree, 0),
  };
}
