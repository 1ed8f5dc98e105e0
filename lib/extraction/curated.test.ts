// The curated evaluation articles (seeds/eval) and the seed article: offsets hold, the set is
// balanced, and the evaluation files stay out of the seeder's folder.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCuratedArticle } from "./curated";

const root = path.resolve(import.meta.dirname, "../..");
const evalDir = path.join(root, "seeds/eval");

function loadEval() {
  return fs
    .readdirSync(evalDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const json = JSON.parse(fs.readFileSync(path.join(evalDir, f), "utf8"));
      return { file: f, article: readCuratedArticle(json, fs.readFileSync(path.join(evalDir, json.bodyFile), "utf8")) };
    });
}

describe("curated evaluation articles", () => {
  it("every claim's quote is the body's text at its offsets (checked by readCuratedArticle)", () => {
    const all = loadEval();
    for (const { file, article } of all) {
      expect(article.slug, file).toBe(file.replace(/\.json$/, ""));
      expect(article.claims.length, file).toBeGreaterThanOrEqual(5);
      for (const c of article.claims) expect(article.body.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it("has at least two articles per language, and tunes on at most half of them", () => {
    const all = loadEval().map((x) => x.article);
    expect(all.filter((a) => a.language === "id").length).toBeGreaterThanOrEqual(2);
    expect(all.filter((a) => a.language === "en").length).toBeGreaterThanOrEqual(2);
    const heldOut = all.filter((a) => a.split === "held-out");
    expect(heldOut.length * 2).toBeGreaterThanOrEqual(all.length);
    expect(new Set(heldOut.map((a) => a.language))).toEqual(new Set(["id", "en"]));
  });

  it("keeps claims in order and apart", () => {
    for (const { file, article } of loadEval()) {
      article.claims.forEach((c, i) => {
        if (i > 0) expect(c.start, file).toBeGreaterThanOrEqual(article.claims[i - 1].end);
      });
    }
  });

  it("are not where the seeder looks (the top of seeds/)", () => {
    const top = fs.readdirSync(path.join(root, "seeds")).filter((f) => f.endsWith(".json"));
    expect(top).toEqual(["korea-utara-kursk.json"]);
  });

  it("reads the seed article's own file too", () => {
    const json = JSON.parse(fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.json"), "utf8"));
    const body = fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.txt"), "utf8");
    const seed = readCuratedArticle(json, body, { seed: true });
    expect(seed).toMatchObject({ slug: "korea-utara-kursk", language: "id", published: "2025-04-28", split: "tuned" });
    expect(seed.claims).toHaveLength(18);
  });

  it("rejects a claim whose offsets do not hold its quote", () => {
    const json = {
      slug: "x",
      language: "id",
      publishedAt: "2025-01-01",
      split: "held-out",
      bodyFile: "x.txt",
      claims: [{ start: 0, end: 4, quote: "Kyiv", claimant: null, cue: null, category: "statement" }],
    };
    expect(readCuratedArticle(json, "Kyiv membantah.").claims).toHaveLength(1);
    expect(() => readCuratedArticle(json, "Rusia membantah.")).toThrow(/does not match/);
    expect(() =>
      readCuratedArticle({ ...json, claims: [{ ...json.claims[0], category: "rumour" }] }, "Kyiv"),
    ).toThrow();
  });
});
