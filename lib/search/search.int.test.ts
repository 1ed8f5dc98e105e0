import { beforeAll, describe, expect, it } from "vitest";
import { searchArticles, searchClaims } from "@/lib/search/search";
import { snippetParts } from "@/lib/search/snippet";
import { similarClaims } from "@/lib/search/similar";
import { ZSearchParams } from "@/lib/search/schemas";
import { addArticleWithClaims } from "@/lib/search/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";
import { setVerdict } from "@/lib/claims/mutations";

let f: Fixture;
let other: Fixture;
let idClaims: Awaited<ReturnType<typeof addArticleWithClaims>>;
let enClaims: Awaited<ReturnType<typeof addArticleWithClaims>>;

const search = (q: string, extra: Record<string, unknown> = {}) =>
  searchClaims(f.actors.viewer, ZSearchParams.parse({ q, ...extra }));
const quotes = async (q: string, extra: Record<string, unknown> = {}) =>
  (await search(q, extra)).hits.map((h) => h.quote);

beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
  other = await createWorkspaceFixture({ claimCount: 1 });
  idClaims = await addArticleWithClaims(f.workspace.id, {
    language: "id",
    title: "Korea Utara Konfirmasi Kirim Pasukan ke Kursk",
    claims: [
      {
        quote: "Kyiv membantah klaim tersebut dan mengatakan pasukannya masih beroperasi.",
        claimant: "Kyiv",
        category: "denial",
      },
      {
        quote: "Korea Utara diperkirakan mengirim total 14.000 tentara ke Rusia.",
        claimant: "Pejabat Ukraina",
        category: "troop_count",
      },
      {
        quote: "Menteri Pertahanan Andrés Zelenskyy menyatakan bahwa serangan berlanjut.",
        claimant: "Kementerian",
        category: "statement",
      },
    ],
  });
  enClaims = await addArticleWithClaims(f.workspace.id, {
    language: "en",
    title: "North Korea sends troops to Kursk",
    claims: [
      {
        quote: "Ukraine said North Korean troops numbered about 14,000 in total.",
        claimant: "Ukrainian officials",
        category: "troop_count",
      },
      { quote: "The ministry denied reports of heavy losses.", claimant: "Ministry", category: "denial" },
    ],
  });
  // The same words in another workspace must never show up.
  await addArticleWithClaims(other.workspace.id, {
    language: "id",
    claims: [{ quote: "Kyiv membantah klaim tersebut dan mengatakan pasukannya masih beroperasi.", claimant: "Kyiv" }],
  });
});

describe("full-text search over claims", () => {
  it("stems Indonesian: the root finds the prefixed form and back (bantah ⇄ membantah)", async () => {
    expect(await quotes("bantah")).toEqual([idClaims.claims[0]!.quote]);
    expect(await quotes("membantah")).toEqual([idClaims.claims[0]!.quote]);
    // "dibantah" (passive) reduces to the same stem.
    expect(await quotes("dibantah")).toEqual([idClaims.claims[0]!.quote]);
  });

  it("stems English: 'deny' finds 'denied', 'troop' finds 'troops'", async () => {
    expect(await quotes("deny")).toEqual([enClaims.claims[1]!.quote]);
    expect(await quotes("troop")).toEqual([enClaims.claims[0]!.quote]);
  });

  it("matches numbers exactly however the thousands are written", async () => {
    const both = [idClaims.claims[1]!.quote, enClaims.claims[0]!.quote].sort();
    expect((await quotes("14.000")).sort()).toEqual(both);
    expect((await quotes("14,000")).sort()).toEqual(both);
    expect((await quotes("14000")).sort()).toEqual(both);
    expect(await quotes("15.000")).toEqual([]);
  });

  it("matches names with or without accents, and claimants", async () => {
    expect(await quotes("Andres")).toEqual([idClaims.claims[2]!.quote]);
    expect(await quotes("Andrés Zelenskyy")).toEqual([idClaims.claims[2]!.quote]);
    expect(await quotes('"Pejabat Ukraina"')).toEqual([idClaims.claims[1]!.quote]);
  });

  it("stays in the actor's workspace", async () => {
    const hits = (await search("membantah")).hits;
    expect(hits.map((h) => h.article.id)).toEqual([idClaims.article.id]);
    const theirs = await searchClaims(other.actors.viewer, ZSearchParams.parse({ q: "14.000" }));
    expect(theirs.total).toBe(0);
  });

  it("highlights the matches in the snippet, in the article's language", async () => {
    const [hit] = (await search("membantah")).hits;
    const marked = snippetParts(hit!.snippet)
      .filter((p) => p.match)
      .map((p) => p.text);
    expect(marked).toEqual(["membantah"]);
    const [en] = (await search("troops")).hits;
    expect(
      snippetParts(en!.snippet)
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(["troops"]);
  });

  it("applies the claims list's filters and pages with a total", async () => {
    expect(await quotes("14.000", { category: "troop_count", articleId: enClaims.article.id })).toEqual([
      enClaims.claims[0]!.quote,
    ]);
    expect(await quotes("14.000", { claimant: "pejabat" })).toEqual([idClaims.claims[1]!.quote]);
    await setVerdict(f.actors.editor, {
      claimId: idClaims.claims[1]!.id,
      verdict: "disputed",
      rationale: "r",
      version: 1,
    });
    expect(await quotes("14.000", { verdict: "disputed" })).toEqual([idClaims.claims[1]!.quote]);
    const page1 = await searchClaims(f.actors.viewer, ZSearchParams.parse({ q: "14.000" }), 1);
    const page2 = await searchClaims(f.actors.viewer, ZSearchParams.parse({ q: "14.000", page: 2 }), 1);
    expect([page1.total, page1.pageCount, page1.hits.length, page2.hits.length]).toEqual([2, 2, 1, 1]);
    expect(page1.hits[0]!.id).not.toBe(page2.hits[0]!.id);
  });

  it("ranks the better match first", async () => {
    const hits = (await search("Korea Utara 14.000")).hits;
    expect(hits[0]!.id).toBe(idClaims.claims[1]!.id);
  });

  it("finds nothing for an empty, unknown or operator-only query, without failing", async () => {
    expect((await search("")).total).toBe(0);
    expect((await search("zzqxv")).total).toBe(0);
    expect((await search('"')).total).toBe(0);
    expect((await search("-")).total).toBe(0);
  });
});

describe("full-text search over articles", () => {
  it("finds articles by title and body in both languages", async () => {
    expect((await searchArticles(f.actors.viewer, "pasukan Kursk")).map((a) => a.id)).toContain(idClaims.article.id);
    expect((await searchArticles(f.actors.viewer, "troop")).map((a) => a.id)).toEqual([enClaims.article.id]);
    expect(await searchArticles(other.actors.viewer, "troop")).toEqual([]);
  });
});

describe("similar claims", () => {
  it("finds the same claim in other articles, not in the same one, and not in another workspace", async () => {
    const [ours] = (
      await addArticleWithClaims(f.workspace.id, {
        language: "id",
        claims: [{ quote: "Kyiv membantah klaim itu dan mengatakan pasukannya masih beroperasi di sana." }],
      })
    ).claims;
    const similar = await similarClaims(f.actors.viewer, { text: ours!.quote, articleId: ours!.articleId, limit: 5 });
    expect(similar.map((s) => s.id)).toEqual([idClaims.claims[0]!.id]);
    expect(similar[0]!.similarity).toBeGreaterThan(0.3);
    expect(similar[0]!.article.id).toBe(idClaims.article.id);
    expect(await similarClaims(f.actors.viewer, { text: "sesuatu yang sama sekali lain", limit: 5 })).toEqual([]);
  });
});
