import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, editArticleBody } from "@/lib/articles/intake";
import { createClaimFromSelection, decideSuggestion, listSuggestions } from "@/lib/articles/intake-suggestions";
import { createWorkspaceFixture, uniq, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
});

/** A short wire story, unique per call so tests do not trip each other's duplicate check. */
function wireStory() {
  const tag = uniq("Kursk");
  return [
    `KYIV - Ukraine's military said on Monday that 25 North Korean soldiers were killed near ${tag}.`,
    `"We will not withdraw," a Russian commander said.`,
    "Kyiv denied that its troops had left the region, officials said.",
  ].join("\n\n");
}

const base = { title: "Troops in Kursk", outlet: "Wire", publishedOn: "2025-04-28" };

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("adding an article", () => {
  it("stores it with its language detected and its suggestions pending", async () => {
    const body = wireStory();
    const created = await createArticle(f.actors.editor, { ...base, body });
    expect(created.language).toBe("en");
    expect(created.suggestions).toBeGreaterThanOrEqual(2);
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(article).toMatchObject({ workspaceId: f.workspace.id, language: "en", createdById: f.actors.editor.userId });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const { suggestions } = await listSuggestions(f.actors.viewer, created.id);
    expect(suggestions).toHaveLength(created.suggestions);
    for (const s of suggestions) {
      expect(s.status).toBe("pending");
      expect(article.body.slice(s.startOffset, s.endOffset)).toBe(s.quote);
    }
    const killed = suggestions.find((s) => s.quote.includes("25 North Korean soldiers"));
    expect(killed?.quantities[0]).toMatchObject({ value: 25, unit: "soldiers" });
  });

  it("refuses reviewers and viewers (adding articles is an editor's job)", async () => {
    for (const who of [f.actors.reviewer, f.actors.viewer]) {
      expect((await errorOf(createArticle(who, { ...base, body: wireStory() }))).code).toBe("FORBIDDEN");
    }
  });

  it("catches the same text added twice, re-wrapped, and points to the existing article", async () => {
    const body = wireStory();
    const first = await createArticle(f.actors.editor, { ...base, body });
    const again = await errorOf(
      createArticle(f.actors.admin, { ...base, title: "Another title", body: `  ${body.replace(/\n\n/g, "\n")}\r\n` }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.messageKey).toBe("intake.errors.duplicate");
    expect(again.extra.details).toEqual({ articleId: first.id, title: base.title });
    expect(await db.article.count({ where: { workspaceId: f.workspace.id, title: "Another title" } })).toBe(0);
  });

  it("lets another workspace add the same text", async () => {
    const body = wireStory();
    await createArticle(f.actors.editor, { ...base, body });
    const other = await createWorkspaceFixture({ claimCount: 0 });
    await expect(createArticle(other.actors.editor, { ...base, body })).resolves.toMatchObject({ language: "en" });
  });

  it("asks for the language when the text is too short to tell", async () => {
    const e = await errorOf(createArticle(f.actors.editor, { ...base, body: `Short ${uniq("x")}.` }));
    expect(e.code).toBe("INVALID");
    expect(e.extra.fields).toEqual({ language: "intake.validation.languageUndetected" });
  });
});

describe("deciding suggestions", () => {
  async function freshArticle() {
    const created = await createArticle(f.actors.editor, { ...base, body: wireStory() });
    return listSuggestions(f.actors.reviewer, created.id);
  }

  it("accepts one with an edited quote and claimant: a claim at those offsets, its figures, its event", async () => {
    const article = await freshArticle();
    const s = article.suggestions.find((x) => x.quote.includes("25 North Korean soldiers"))!;
    const quote = "25 North Korean soldiers were killed";
    const r = await decideSuggestion(f.actors.reviewer, {
      decision: "accept",
      suggestionId: s.id,
      version: s.version,
      quote,
      claimant: "Ukraine's military",
      cue: "said",
      category: "casualty_report",
    });
    expect(r.status).toBe("accepted");
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: r.claimId! },
      include: { quantities: true, events: true },
    });
    expect(article.body.slice(claim.startOffset, claim.endOffset)).toBe(quote);
    expect(claim).toMatchObject({ quote, claimant: "Ukraine's military", cue: "said", category: "casualty_report" });
    expect(claim.quantities.map((q) => [Number(q.value), q.unit])).toEqual([[25, "soldiers"]]);
    expect(claim.events.map((e) => e.action)).toEqual(["claim.created"]);
    const stored = await db.claimSuggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(stored).toMatchObject({ status: "accepted", claimId: claim.id, decidedById: f.actors.reviewer.userId });
  });

  it("refuses a quote that is not in the article, and leaves the suggestion pending", async () => {
    const article = await freshArticle();
    const s = article.suggestions[0];
    const e = await errorOf(
      decideSuggestion(f.actors.reviewer, {
        decision: "accept",
        suggestionId: s.id,
        version: s.version,
        quote: "words the article never had",
        claimant: "Someone",
        category: "statement",
      }),
    );
    expect(e.extra.fields).toEqual({ quote: "intake.validation.quoteNotInArticle" });
    expect((await db.claimSuggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
  });

  it("of two reviewers accepting the same suggestion at once, one wins and the other is told who", async () => {
    const article = await freshArticle();
    const s = article.suggestions[0];
    const accept = (actor: typeof f.actors.reviewer) =>
      decideSuggestion(actor, {
        decision: "accept",
        suggestionId: s.id,
        version: s.version,
        quote: s.quote,
        claimant: s.claimant ?? "Wire",
        category: "statement",
      });
    const results = await Promise.allSettled([accept(f.actors.reviewer), accept(f.actors.reviewer2)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const e = lost[0].reason as AppError;
    expect(e.code).toBe("CONFLICT");
    expect(e.messageKey).toBe("intake.errors.suggestionDecided");
    expect(e.extra.details).toMatchObject({ status: "accepted" });
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("merges one into an existing claim of the article (history on the claim), and rejects another", async () => {
    const article = await freshArticle();
    const [a, b, c] = article.suggestions;
    const accepted = await decideSuggestion(f.actors.editor, {
      decision: "accept",
      suggestionId: a.id,
      version: a.version,
      quote: a.quote,
      claimant: "Ukraine's military",
      category: "casualty_report",
    });
    const merged = await decideSuggestion(f.actors.reviewer, {
      decision: "merge",
      suggestionId: b.id,
      version: b.version,
      claimId: accepted.claimId!,
    });
    expect(merged).toMatchObject({ status: "merged", claimId: accepted.claimId });
    const events = await db.claimEvent.findMany({
      where: { claimId: accepted.claimId! },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["claim.created", "suggestion.merged"]);

    // A claim of another article is not a merge target.
    const e = await errorOf(
      decideSuggestion(f.actors.reviewer, {
        decision: "merge",
        suggestionId: c.id,
        version: c.version,
        claimId: f.claims[0].id,
      }),
    );
    expect(e.extra.fields).toEqual({ claimId: "intake.validation.mergeTarget" });

    await expect(
      decideSuggestion(f.actors.reviewer, { decision: "reject", suggestionId: c.id, version: c.version }),
    ).resolves.toMatchObject({ status: "rejected", claimId: null });
    // Deciding again from a stale page is a conflict.
    expect(
      (
        await errorOf(
          decideSuggestion(f.actors.reviewer, { decision: "reject", suggestionId: c.id, version: c.version }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("refuses viewers, and suggestions of another workspace are not found", async () => {
    const article = await freshArticle();
    const s = article.suggestions[0];
    expect(
      (await errorOf(decideSuggestion(f.actors.viewer, { decision: "reject", suggestionId: s.id, version: s.version })))
        .code,
    ).toBe("FORBIDDEN");
    const other = await createWorkspaceFixture({ claimCount: 0 });
    expect(
      (
        await errorOf(
          decideSuggestion(other.actors.editor, { decision: "reject", suggestionId: s.id, version: s.version }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("a claim from a selected passage", () => {
  it("is created at the selected offsets when the quote is there, refused otherwise", async () => {
    const created = await createArticle(f.actors.editor, { ...base, body: wireStory() });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const quote = "Kyiv denied that its troops had left the region";
    const start = article.body.indexOf(quote);
    const claim = await createClaimFromSelection(f.actors.reviewer, {
      articleId: article.id,
      articleVersion: article.version,
      start,
      end: start + quote.length,
      quote,
      claimant: "Kyiv",
      category: "denial",
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      quote,
      startOffset: start,
      endOffset: start + quote.length,
      claimant: "Kyiv",
    });
    const shifted = await errorOf(
      createClaimFromSelection(f.actors.reviewer, {
        articleId: article.id,
        articleVersion: article.version,
        start: start + 1,
        end: start + 1 + quote.length,
        quote,
        claimant: "Kyiv",
        category: "denial",
      }),
    );
    expect(shifted.extra.fields).toMatchObject({ quote: "intake.validation.quoteNotInArticle" });
  });
});

describe("editing an article's body", () => {
  it("re-anchors moved claims, flags a claim whose quote is gone, keeps both, and writes their events", async () => {
    const created = await createArticle(f.actors.editor, { ...base, body: wireStory() });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const make = async (quote: string) => {
      const start = article.body.indexOf(quote);
      return createClaimFromSelection(f.actors.reviewer, {
        articleId: article.id,
        articleVersion: 1,
        start,
        end: start + quote.length,
        quote,
        claimant: "X",
        category: "statement",
      });
    };
    const kept = await make("Kyiv denied that its troops had left the region");
    const gone = await make(`"We will not withdraw," a Russian commander said.`);

    const newBody = article.body
      .replace(`"We will not withdraw," a Russian commander said.`, "A Russian commander declined to comment.")
      .replace("KYIV - ", "KYIV, April 28 (Wire) - ");
    const r = await editArticleBody(f.actors.editor, { articleId: article.id, version: 1, body: newBody });
    expect(r).toMatchObject({ version: 2, moved: 1, missing: 1 });

    const movedClaim = await db.claim.findUniqueOrThrow({ where: { id: kept.id }, include: { events: true } });
    expect(newBody.slice(movedClaim.startOffset, movedClaim.endOffset)).toBe(movedClaim.quote);
    expect(movedClaim.quoteMissing).toBe(false);
    expect(movedClaim.events.map((e) => e.action).sort()).toEqual(["claim.created", "claim.reanchored"]);

    const flagged = await db.claim.findUniqueOrThrow({ where: { id: gone.id }, include: { events: true } });
    expect(flagged.quoteMissing).toBe(true);
    expect(flagged.quote).toBe(`"We will not withdraw," a Russian commander said.`);
    const ev = flagged.events.find((e) => e.action === "claim.reanchored");
    expect(ev?.after).toMatchObject({ quoteMissing: true, articleVersion: 2 });

    // Pending suggestions follow the text; the one whose sentence is gone is dropped.
    const { suggestions, body } = await listSuggestions(f.actors.reviewer, article.id);
    for (const s of suggestions) expect(body.slice(s.startOffset, s.endOffset)).toBe(s.quote);
    expect(suggestions.some((s) => s.quote.includes("We will not withdraw"))).toBe(false);

    // A stale form is a conflict and changes nothing.
    const stale = await errorOf(
      editArticleBody(f.actors.editor, { articleId: article.id, version: 1, body: "Other text entirely." }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toBe(newBody);
  });

  it("keeps a flagged claim at its old offsets when the new text is much shorter", async () => {
    const created = await createArticle(f.actors.editor, { ...base, body: wireStory() });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const quote = "Kyiv denied that its troops had left the region";
    const start = article.body.indexOf(quote);
    const claim = await createClaimFromSelection(f.actors.reviewer, {
      articleId: article.id,
      articleVersion: 1,
      start,
      end: start + quote.length,
      quote,
      claimant: "Kyiv",
      category: "denial",
    });
    await editArticleBody(f.actors.editor, { articleId: article.id, version: 1, body: `Short ${uniq("text")}.` });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      quoteMissing: true,
      startOffset: start,
      endOffset: start + quote.length,
    });
  });

  it("refuses reviewers", async () => {
    expect(
      (await errorOf(editArticleBody(f.actors.reviewer, { articleId: f.article.id, version: 1, body: "New text." })))
        .code,
    ).toBe("FORBIDDEN");
  });
});
