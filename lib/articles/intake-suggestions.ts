// Reviewing an article's suggested claims, and creating a claim from a passage a reader selected
// (docs/decisions/0019-article-intake.md). A suggestion is decided once: the decision is written with a
// version check on the pending row, so of two reviewers accepting the same suggestion one wins and the
// other gets a CONFLICT saying who decided it, and nothing is written twice.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { writeClaimEvent } from "@/lib/claims/events";
import { requireActiveMember } from "@/lib/reviews/workflow";
import { anchorQuote } from "@/lib/extraction/anchor";
import { claimQuantities } from "@/lib/extraction/claim-quantities";
import type { TLang } from "@/lib/extraction/quantities";
import type { TSuggestionDate, TSuggestionQuantity } from "@/lib/extraction/suggest";
import type { TClaimCategory } from "@/lib/claims/vocabulary";
import type { TCreateClaimFromSelection, TDecideSuggestion } from "@/lib/articles/intake-schemas";

/** An article's suggestions in reading order, with the claims a suggestion may be merged into. */
export async function listSuggestions(actor: Actor, articleId: string) {
  assertCan(actor, "read");
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: {
      id: true,
      title: true,
      body: true,
      language: true,
      version: true,
      suggestions: {
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: {
          id: true,
          startOffset: true,
          endOffset: true,
          quote: true,
          claimant: true,
          cue: true,
          category: true,
          quantities: true,
          dates: true,
          status: true,
          claimId: true,
          version: true,
          decidedAt: true,
          decidedBy: { select: { name: true } },
        },
      },
      claims: {
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: { id: true, quote: true, claimant: true },
      },
    },
  });
  if (!article) throw notFound("errors.articleNotFound");
  const suggestions = article.suggestions.map((s) => ({
    ...s,
    quantities: s.quantities as TSuggestionQuantity[],
    dates: s.dates as TSuggestionDate[],
    decidedBy: s.decidedBy?.name ?? null,
    decidedAt: s.decidedAt?.toISOString() ?? null,
  }));
  return { ...article, suggestions };
}

export type SuggestionRow = Awaited<ReturnType<typeof listSuggestions>>["suggestions"][number];

/** The quantities of a claim's quote, as ClaimQuantity rows. */
function quantityRows(quote: string, lang: TLang) {
  return claimQuantities(quote, lang).map((q, position) => ({
    position,
    value: q.value,
    unit: q.unit ?? "",
    qualifier: q.qualifier,
    text: q.text,
  }));
}

const langOf = (language: string): TLang => (language === "en" ? "en" : "id");

async function createClaim(
  tx: Tx,
  actor: Actor,
  article: { id: string; language: string },
  c: { quote: string; start: number; end: number; claimant: string; cue?: string; category: TClaimCategory },
  source: "suggestion" | "selection",
) {
  const claim = await tx.claim.create({
    data: {
      workspaceId: actor.workspaceId,
      articleId: article.id,
      quote: c.quote,
      startOffset: c.start,
      endOffset: c.end,
      claimant: c.claimant,
      cue: c.cue ?? null,
      category: c.category,
      quantities: { create: quantityRows(c.quote, langOf(article.language)) },
    },
    select: { id: true },
  });
  await writeClaimEvent(
    tx,
    { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
    {
      action: "claim.created",
      before: null,
      after: { quote: c.quote, claimant: c.claimant, category: c.category, source },
    },
  );
  return claim;
}

/**
 * Accepts (creating a claim at the quote as edited, found nearest the suggestion), merges (into a claim
 * of the same article) or rejects a pending suggestion. CONFLICT intake.errors.suggestionDecided when it
 * was decided or changed since the page showed it (details: status and by whom).
 */
export async function decideSuggestion(actor: Actor, input: TDecideSuggestion) {
  assertCan(actor, "claim.create");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "claim.create");
    const suggestion = await tx.claimSuggestion.findFirst({
      where: { id: input.suggestionId, workspaceId: actor.workspaceId },
      include: { article: { select: { id: true, body: true, language: true } }, decidedBy: { select: { name: true } } },
    });
    if (!suggestion) throw notFound("intake.errors.suggestionNotFound");
    const article = suggestion.article;

    // Validate what the decision needs before taking the suggestion, so a refused input decides nothing.
    let span: { start: number; end: number; quote: string } | null = null;
    let mergeInto: { id: string } | null = null;
    if (input.decision === "accept") {
      const a = anchorQuote(article.body, input.quote, suggestion.startOffset, suggestion.endOffset);
      if (a.status === "missing")
        throw new AppError("INVALID", "errors.invalid", { fields: { quote: "intake.validation.quoteNotInArticle" } });
      span = { start: a.start, end: a.end, quote: article.body.slice(a.start, a.end) };
    } else if (input.decision === "merge") {
      mergeInto = await tx.claim.findFirst({
        where: { id: input.claimId, articleId: article.id, workspaceId: actor.workspaceId },
        select: { id: true },
      });
      if (!mergeInto)
        throw new AppError("INVALID", "errors.invalid", { fields: { claimId: "intake.validation.mergeTarget" } });
    }

    const status = input.decision === "accept" ? "accepted" : input.decision === "merge" ? "merged" : "rejected";
    const now = new Date();
    // The version check on the pending row: concurrent deciders serialise on it and only one matches.
    const taken = await tx.claimSuggestion.updateMany({
      where: { id: suggestion.id, status: "pending", version: input.version },
      data: { status, decidedById: actor.userId, decidedAt: now, version: { increment: 1 } },
    });
    if (taken.count === 0) {
      const current = await tx.claimSuggestion.findUnique({
        where: { id: suggestion.id },
        select: { status: true, version: true, claimId: true, decidedAt: true, decidedBy: { select: { name: true } } },
      });
      throw new AppError("CONFLICT", "intake.errors.suggestionDecided", {
        params: { by: current?.decidedBy?.name ?? "" },
        details: {
          status: current?.status ?? null,
          version: current?.version ?? null,
          claimId: current?.claimId ?? null,
          decidedBy: current?.decidedBy?.name ?? null,
          decidedAt: current?.decidedAt?.toISOString() ?? null,
        },
      });
    }

    let claimId: string | null = null;
    if (span && input.decision === "accept") {
      const claim = await createClaim(
        tx,
        actor,
        article,
        { ...span, claimant: input.claimant, cue: input.cue, category: input.category },
        "suggestion",
      );
      claimId = claim.id;
    } else if (mergeInto) {
      claimId = mergeInto.id;
      await writeClaimEvent(
        tx,
        { workspaceId: actor.workspaceId, claimId, actorId: actor.userId },
        {
          action: "suggestion.merged",
          before: null,
          after: { suggestionId: suggestion.id, quote: suggestion.quote, claimant: suggestion.claimant },
        },
      );
    }
    if (claimId) await tx.claimSuggestion.update({ where: { id: suggestion.id }, data: { claimId } });
    return { id: suggestion.id, status, claimId, version: input.version + 1 };
  });
}

/**
 * A claim from a passage the reader selected in the article text. The offsets refer to the body at
 * `articleVersion`; if the body changed since, or the quote is not at those offsets, nothing is created.
 */
export async function createClaimFromSelection(actor: Actor, input: TCreateClaimFromSelection) {
  assertCan(actor, "claim.create");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "claim.create");
    const article = await tx.article.findFirst({
      where: { id: input.articleId, workspaceId: actor.workspaceId },
      select: { id: true, body: true, language: true, version: true },
    });
    if (!article) throw notFound("errors.articleNotFound");
    if (article.version !== input.articleVersion)
      throw new AppError("CONFLICT", "intake.errors.articleChanged", { details: { version: article.version } });
    // The quote and its offsets disagree: which of the three is wrong cannot be told, so all are named.
    if (input.end > article.body.length || article.body.slice(input.start, input.end) !== input.quote)
      throw new AppError("INVALID", "errors.invalid", {
        fields: {
          quote: "intake.validation.quoteNotInArticle",
          start: "intake.validation.span",
          end: "intake.validation.span",
        },
      });
    return createClaim(
      tx,
      actor,
      article,
      {
        quote: input.quote,
        start: input.start,
        end: input.end,
        claimant: input.claimant,
        cue: input.cue,
        category: input.category,
      },
      "selection",
    );
  });
}

/** How many of an article's suggestions wait for a decision (the article page links to the review). */
export async function countPendingSuggestions(actor: Actor, articleId: string) {
  assertCan(actor, "read");
  return db.claimSuggestion.count({ where: { articleId, workspaceId: actor.workspaceId, status: "pending" } });
}
