// `npm run score:suggestions`: precision and recall of the claim-suggestion engine on the curated
// articles (the seed article and seeds/eval/*), by overlap of spans (lib/extraction/scoring.ts).
// A measurement, not a gate: it prints a table per article and totals per split, and exits 0.
//   --details           also list, per article, curated claims not found and suggestions not curated
//   --split tuned|held-out   only those articles (the tuned ones are the only ones to look at while tuning)

import fs from "node:fs";
import path from "node:path";
import { readCuratedArticle, type TCuratedArticle } from "../lib/extraction/curated";
import { scoreArticle, sumScores, type TArticleScore } from "../lib/extraction/scoring";
import { suggestClaims } from "../lib/extraction/suggest";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const details = args.includes("--details");
const splitArg = args.includes("--split") ? args[args.indexOf("--split") + 1] : null;
if (splitArg !== null && splitArg !== "tuned" && splitArg !== "held-out") {
  console.error("--split must be tuned or held-out");
  process.exit(2);
}

function loadArticles(): TCuratedArticle[] {
  const seedJson = JSON.parse(fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.json"), "utf8"));
  const seedBody = fs.readFileSync(path.join(root, "seeds", seedJson.article.bodyFile), "utf8");
  const out = [readCuratedArticle(seedJson, seedBody, { seed: true })];
  const evalDir = path.join(root, "seeds/eval");
  for (const file of fs
    .readdirSync(evalDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(evalDir, file), "utf8"));
    out.push(readCuratedArticle(json, fs.readFileSync(path.join(evalDir, json.bodyFile), "utf8")));
  }
  return out;
}

const pct = (x: number) => x.toFixed(2);
const share = (n: number, of: number) => (of === 0 ? "-" : `${n}/${of}`);

function row(name: string, lang: string, split: string, s: Omit<TArticleScore, "matches">) {
  return [
    name.padEnd(24),
    lang.padEnd(4),
    split.padEnd(9),
    String(s.gold).padStart(5),
    String(s.suggested).padStart(6),
    String(s.matched).padStart(6),
    pct(s.precision).padStart(10),
    pct(s.recall).padStart(7),
    pct(s.f1).padStart(5),
    share(s.claimantAgree, s.matched).padStart(9),
    share(s.categoryAgree, s.matched).padStart(9),
  ].join(" ");
}

const articles = loadArticles().filter((a) => splitArg === null || a.split === splitArg);
const header = [
  "article".padEnd(24),
  "lang".padEnd(4),
  "split".padEnd(9),
  "gold".padStart(5),
  "sugg.".padStart(6),
  "match".padStart(6),
  "precision".padStart(10),
  "recall".padStart(7),
  "F1".padStart(5),
  "claimant".padStart(9),
  "category".padStart(9),
].join(" ");
console.log("Claim suggestions against curated claims (match: overlap >= half of the shorter span, one-to-one)\n");
console.log(header);
console.log("-".repeat(header.length));

const scored: Array<{ article: TCuratedArticle; score: TArticleScore }> = [];
for (const article of articles) {
  const suggestions = suggestClaims(article.body, { lang: article.language, published: article.published });
  const score = scoreArticle(article.claims, suggestions);
  scored.push({ article, score });
  console.log(row(article.slug, article.language, article.split, score));
  if (details) {
    const matchedGold = new Set(score.matches.map((m) => m.gold));
    const matchedSuggested = new Set(score.matches.map((m) => m.suggested));
    article.claims.forEach((c, i) => {
      if (!matchedGold.has(i)) console.log(`    missed   ${c.start}-${c.end} ${c.quote.slice(0, 100)}`);
    });
    suggestions.forEach((s, i) => {
      if (!matchedSuggested.has(i)) console.log(`    extra    ${s.start}-${s.end} ${s.quote.slice(0, 100)}`);
    });
    for (const m of score.matches) {
      const g = article.claims[m.gold];
      const s = suggestions[m.suggested];
      if (g.category !== s.category || !s.claimant || g.claimant?.toLowerCase() !== s.claimant.toLowerCase()) {
        console.log(
          `    fields   ${g.start}: claimant ${JSON.stringify(s.claimant)} (curated ${JSON.stringify(g.claimant)}), category ${s.category} (curated ${g.category})`,
        );
      }
    }
  }
}

console.log("-".repeat(header.length));
for (const split of ["tuned", "held-out"] as const) {
  const part = scored.filter((s) => s.article.split === split);
  if (part.length === 0) continue;
  const langs = [...new Set(part.map((p) => p.article.language))].join("+");
  console.log(row(`${split} (${part.length} articles)`, langs, split, sumScores(part.map((p) => p.score))));
}
if (splitArg === null)
  console.log(row(`all (${scored.length} articles)`, "", "", sumScores(scored.map((p) => p.score))));
console.log("\nclaimant / category: agreement with the curated claim, among matched suggestions.");
