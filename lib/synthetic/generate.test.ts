import { describe, expect, it } from "vitest";
import { CLAIM_CATEGORIES, QUANTITY_QUALIFIERS } from "../claims/vocabulary";
import { formatNumber } from "../i18n/locales";
import { CLAIMANTS, CLAIMS_PER_ARTICLE_MAX, generateSynthetic, YEARS_SPAN, type SynArticle } from "./generate";

const NOW = new Date("2026-01-15T00:00:00.000Z");
const generate = (claims: number, seed = 42) => [...generateSynthetic({ claims, seed, now: NOW })];
const allClaims = (articles: SynArticle[]) => articles.flatMap((a) => a.claims);

// One larger sample shared by the statistical checks.
const SAMPLE = generate(20_000);
const SAMPLE_CLAIMS = allClaims(SAMPLE);

describe("generateSynthetic", () => {
  it.each([1, 2, 13, 14, 27, 40, 41, 999, 20_000])("generates exactly %i claims", (n) => {
    const articles = n === 20_000 ? SAMPLE : generate(n);
    expect(allClaims(articles)).toHaveLength(n);
    expect(articles.every((a) => a.claims.length >= 1 && a.claims.length <= CLAIMS_PER_ARTICLE_MAX)).toBe(true);
  });

  it("puts ~20 claims in an article", () => {
    const mean = SAMPLE_CLAIMS.length / SAMPLE.length;
    expect(mean).toBeGreaterThan(18);
    expect(mean).toBeLessThan(22);
  });

  it("keeps every quote at its offsets in the body, sorted and non-overlapping", () => {
    // Collect problems rather than calling expect per claim: 20,000 claims, one readable failure.
    const problems: string[] = [];
    for (const a of SAMPLE) {
      let previousEnd = 0;
      for (const c of a.claims) {
        if (c.articleId !== a.id) problems.push(`${c.id}: articleId ${c.articleId} in ${a.id}`);
        if (c.startOffset < previousEnd) problems.push(`${c.id}: starts at ${c.startOffset}, before ${previousEnd}`);
        if (!(c.endOffset > c.startOffset)) problems.push(`${c.id}: empty range`);
        if (a.body.slice(c.startOffset, c.endOffset) !== c.quote) problems.push(`${c.id}: quote not at its offsets`);
        if (c.quote.trim() !== c.quote) problems.push(`${c.id}: quote has outer whitespace`);
        if (c.cue !== null && !c.quote.includes(c.cue)) problems.push(`${c.id}: cue not in quote`);
        previousEnd = c.endOffset;
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives a rationale and review time exactly when the verdict is not 'unreviewed'", () => {
    const problems: string[] = [];
    for (const c of SAMPLE_CLAIMS) {
      if (c.verdict === "unreviewed") {
        if (c.rationale !== null || c.reviewedAt !== null || c.evidence.length > 0)
          problems.push(`${c.id}: unreviewed but reviewed`);
      } else {
        if (!c.rationale || c.rationale.trim().length === 0) problems.push(`${c.id}: ${c.verdict} without rationale`);
        if (!c.reviewedAt) problems.push(`${c.id}: ${c.verdict} without reviewedAt`);
        else if (c.reviewedAt < c.createdAt) problems.push(`${c.id}: reviewed before created`);
        if (c.updatedAt.getTime() !== c.reviewedAt?.getTime()) problems.push(`${c.id}: updatedAt != reviewedAt`);
      }
    }
    expect(problems).toEqual([]);
    expect(SAMPLE_CLAIMS.some((c) => c.verdict === "unreviewed")).toBe(true);
  });

  it("spreads verdicts roughly 55/20/15/10", () => {
    const share = (v: string) => SAMPLE_CLAIMS.filter((c) => c.verdict === v).length / SAMPLE_CLAIMS.length;
    expect(share("unreviewed")).toBeCloseTo(0.55, 1);
    expect(share("verified")).toBeCloseTo(0.2, 1);
    expect(share("disputed")).toBeCloseTo(0.15, 1);
    expect(share("contradicted")).toBeCloseTo(0.1, 1);
  });

  it("is deterministic for a fixed seed and differs for another seed", () => {
    const a = generate(3_000, 7);
    const b = generate(3_000, 7);
    const c = generate(3_000, 8);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("writes valid quantities for ~40% of claims", () => {
    const withQ = SAMPLE_CLAIMS.filter((c) => c.quantities.length > 0);
    expect(withQ.length / SAMPLE_CLAIMS.length).toBeGreaterThan(0.35);
    expect(withQ.length / SAMPLE_CLAIMS.length).toBeLessThan(0.45);
    const problems: string[] = [];
    for (const c of withQ) {
      c.quantities.forEach((q, i) => {
        if (q.position !== i) problems.push(`${q.id}: position ${q.position}, expected ${i}`);
        if (!c.quote.includes(q.text)) problems.push(`${q.id}: ${JSON.stringify(q.text)} not in quote`);
        if (!(QUANTITY_QUALIFIERS as readonly string[]).includes(q.qualifier))
          problems.push(`${q.id}: qualifier ${q.qualifier}`);
        if (!(q.value > 0)) problems.push(`${q.id}: value ${q.value}`);
        if (!/^[a-z][a-z_ ]*$/.test(q.unit)) problems.push(`${q.id}: unit ${q.unit}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("attaches evidence to ~15% of reviewed claims", () => {
    const reviewed = SAMPLE_CLAIMS.filter((c) => c.verdict !== "unreviewed");
    const share = reviewed.filter((c) => c.evidence.length > 0).length / reviewed.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.18);
    for (const e of reviewed.flatMap((c) => c.evidence)) expect(e.url).toMatch(/^https:\/\/example\.org\//);
  });

  it("uses known categories, ~300 claimants and unique ids", () => {
    expect(new Set(SAMPLE_CLAIMS.map((c) => c.category))).toEqual(new Set(CLAIM_CATEGORIES));
    const distinct = new Set([...CLAIMANTS.id, ...CLAIMANTS.en]).size; // a few names are the same in both languages
    expect(distinct).toBeGreaterThanOrEqual(290);
    expect(distinct).toBeLessThanOrEqual(300);
    const used = new Set(SAMPLE_CLAIMS.map((c) => c.claimant)).size;
    expect(used).toBeGreaterThan(250);
    const ids = [
      ...SAMPLE.map((a) => a.id),
      ...SAMPLE_CLAIMS.map((c) => c.id),
      ...SAMPLE_CLAIMS.flatMap((c) => c.quantities.map((q) => q.id)),
      ...SAMPLE_CLAIMS.flatMap((c) => c.evidence.map((e) => e.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(SAMPLE.map((a) => a.slug)).size).toBe(SAMPLE.length);
  });

  it("keeps dates within the last 3 years and never after now", () => {
    const earliest = NOW.getTime() - YEARS_SPAN * 366 * 86_400_000;
    const problems: string[] = [];
    for (const a of SAMPLE) {
      if (a.language !== "id" && a.language !== "en") problems.push(`${a.id}: language ${a.language}`);
      if (a.publishedAt.getTime() < earliest) problems.push(`${a.id}: published too early`);
      if (a.createdAt < a.publishedAt) problems.push(`${a.id}: created before published`);
      for (const c of a.claims) {
        if (c.createdAt < a.createdAt) problems.push(`${c.id}: created before its article`);
        if (c.updatedAt > NOW) problems.push(`${c.id}: updated after now`);
        if (c.claimedAt && c.claimedAt > a.publishedAt.toISOString().slice(0, 10))
          problems.push(`${c.id}: claimed after publication`);
      }
    }
    expect(problems).toEqual([]);
    const created = new Set(SAMPLE_CLAIMS.map((c) => c.createdAt.getTime()));
    expect(created.size / SAMPLE_CLAIMS.length).toBeGreaterThan(0.99);
  });

  it("writes figures the way the article's language does (14.000 / 14,000)", () => {
    const big = SAMPLE.flatMap((a) =>
      a.claims.flatMap((c) => c.quantities.map((q) => ({ lang: a.language, q }))),
    ).filter(({ q }) => q.value >= 1000);
    expect(new Set(big.map(({ lang }) => lang))).toEqual(new Set(["id", "en"]));
    const wrong = big.filter(({ lang, q }) => !q.text.includes(formatNumber(lang, q.value)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("rejects a non-positive claim count", () => {
    expect(() => generate(0)).toThrow();
  });
});
