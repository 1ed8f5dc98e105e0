import { describe, expect, it } from "vitest";
import { matchSpans, overlapRatio, sameClaimant, scoreArticle, sumScores } from "./scoring";

const span = (start: number, end: number, extra: { claimant?: string | null; category?: string } = {}) => ({
  start,
  end,
  ...extra,
});

describe("overlapRatio", () => {
  it("is the overlap as a share of the shorter span", () => {
    expect(overlapRatio(span(0, 100), span(0, 100))).toBe(1);
    expect(overlapRatio(span(0, 100), span(50, 60))).toBe(1); // a clause inside a sentence
    expect(overlapRatio(span(0, 100), span(80, 120))).toBe(0.5);
    expect(overlapRatio(span(0, 100), span(100, 120))).toBe(0); // touching is not overlapping
    expect(overlapRatio(span(0, 0), span(0, 10))).toBe(0);
  });
});

describe("matchSpans", () => {
  it("matches one to one: a whole sentence counts for only one of two curated clauses", () => {
    const gold = [span(0, 50), span(60, 100)];
    expect(matchSpans(gold, [span(0, 100)])).toHaveLength(1);
    expect(matchSpans(gold, [span(0, 52), span(58, 100)])).toHaveLength(2);
  });

  it("needs at least half of the shorter span to overlap", () => {
    expect(matchSpans([span(0, 100)], [span(60, 200)])).toHaveLength(0); // 40 of 100
    expect(matchSpans([span(0, 100)], [span(50, 120)])).toHaveLength(1); // 50 of 70
  });

  it("takes the best overlaps first", () => {
    const gold = [span(0, 100), span(100, 200)];
    const suggested = [span(90, 200), span(0, 95)];
    expect(matchSpans(gold, suggested)).toEqual([
      { gold: 0, suggested: 1, ratio: 1 },
      { gold: 1, suggested: 0, ratio: 1 },
    ]);
  });
});

describe("scoreArticle and sumScores", () => {
  it("computes precision, recall, F1 and field agreement", () => {
    const gold = [
      span(0, 10, { claimant: "Pejabat Ukraina", category: "troop_count" }),
      span(20, 30, { claimant: "Kyiv", category: "denial" }),
      span(40, 50),
    ];
    const suggested = [
      span(0, 10, { claimant: "pejabat Ukraina", category: "troop_count" }),
      span(20, 30, { claimant: "Rusia", category: "statement" }),
      span(60, 70),
      span(80, 90),
    ];
    const s = scoreArticle(gold, suggested);
    expect(s).toMatchObject({ gold: 3, suggested: 4, matched: 2, precision: 0.5, claimantAgree: 1, categoryAgree: 1 });
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(4 / 7);
  });

  it("sums counts before dividing", () => {
    const a = scoreArticle([span(0, 10)], [span(0, 10)]);
    const b = scoreArticle([span(0, 10), span(20, 30), span(40, 50)], [span(60, 70)]);
    expect(sumScores([a, b])).toMatchObject({ gold: 4, suggested: 2, matched: 1, precision: 0.5, recall: 0.25 });
  });

  it("handles empty sides", () => {
    expect(scoreArticle([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreArticle([span(0, 1)], [])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("sameClaimant", () => {
  it("compares loosely: case, punctuation, and one name holding the other", () => {
    expect(sameClaimant("Pejabat Ukraina", "pejabat Ukraina")).toBe(true);
    expect(sameClaimant("Kim Tae-woo", "Kim Tae-woo, a former head")).toBe(true);
    expect(sameClaimant("Juru bicara Departemen Luar Negeri", "Juru bicara Departemen Luar Negeri AS")).toBe(true);
    expect(sameClaimant("Rusia", "Kyiv")).toBe(false);
    expect(sameClaimant(null, "Reuters")).toBe(false);
    expect(sameClaimant(null, null)).toBe(true);
  });
});
