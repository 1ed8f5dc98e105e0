// Adding an article and editing its body (docs/decisions/0019-article-intake.md).
// - Adding: the text is normalised, fingerprinted (contentHash: the same text twice in one workspace
//   is refused with a pointer to the article that has it), its language detected when not given, and
//   the suggestion engine's claims stored as pending suggestions, all in one transaction.
// - Editing the body: every claim is re-anchored by its quote and surroundings (intake-anchor.ts); a
//   claim whose quote is gone is flagged (quoteMissing) at its old offsets, never dropped; each change
//   writes its event.
//   Pending suggestions follow their quote too, and are dropped when it is gone (nobody decided them).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeClaimEvent } from "@/lib/claims/events";
import { requireActiveMember } from "@/lib/reviews/workflow";
import { detectLanguage } from "@/lib/extraction/language";
import { suggestClaims } from "@/lib/extraction/suggest";
import type { TLang } from "@/lib/extraction/quantities";
import { contentHash } from "@/lib/articles/intake-hash";
import { normaliseArticleText } from "@/lib/articles/intake-text";
import { reanchor } from "@/lib/articles/intake-anchor";
import type { TCreateArticle, TEditArticleBody } from "@/lib/articles/intake-schemas";

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** The CONFLICT for text that is already an article here; details name that article for the form's link. */
function duplicateError(existing: { id: string; title: string }) {
  return new AppError("CONFLICT", "intake.errors.duplicate", {
    params: { title: existing.title },
    details: { articleId: existing.id, title: existing.title },
  });
}

async function findDuplicate(tx: Tx, workspaceId: string, hash: string, exceptId?: string) {
  return tx.article.findFirst({
    where: { workspaceId, contentHash: hash, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true, title: true },
  });
}

/** Stores the engine's suggestions for a body (offsets into that exact body). */
async function storeSuggestions(
  tx: Tx,
  article: { id: string; workspaceId: string },
  body: string,
  lang: TLang,
  publishedOn: string,
) {
  const suggestions = suggestClaims(body, { lang, published: publishedOn });
  if (suggestions.length === 0) return 0;
  await tx.claimSuggestion.createMany({
    data: suggestions.map((s) => ({
      workspaceId: article.workspaceId,
      articleId: article.id,
      startOffset: s.start,
      endOffset: s.end,
      quote: s.quote,
      claimant: s.claimant,
      cue: s.cue,
      category: s.category,
      quantities: s.quantities as Prisma.InputJsonValue,
      dates: s.dates as Prisma.InputJsonValue,
    })),
  });
  return suggestions.length;
}

/**
 * Adds an article with its suggested claims. CONFLICT (intake.errors.duplicate, details.articleId) when
 * the same text is already an article in this workspace; INVALID at `language` when none was given and
 * the text is too short to tell.
 */
export async function createArticle(actor: Actor, input: TCreateArticle) {
  assertCan(actor, "article.create");
  const body = normaliseArticleText(input.body);
  if (body === "")
    throw new AppError("INVALID", "errors.invalid", { fields: { body: "intake.validation.bodyRequired" } });
  const language = input.language ?? detectLanguage(body);
  if (!language)
    throw new AppError("INVALID", "errors.invalid", { fields: { language: "intake.validation.languageUndetected" } });
  const hash = contentHash(body);
  try {
    return await db.$transaction(async (tx) => {
      assertCan(await requireActiveMember(tx, actor), "article.create");
      const existing = await findDuplicate(tx, actor.workspaceId, hash);
      if (existing) throw duplicateError(existing);
      const article = await tx.article.create({
        data: {
          workspaceId: actor.workspaceId,
          title: input.title,
          outlet: input.outlet,
          url: input.url ?? null,
          language,
          publishedAt: new Date(`${input.publishedOn}T12:00:00Z`),
          byline: input.byline ?? null,
          body,
          contentHash: hash,
          createdById: actor.userId,
        },
        select: { id: true, workspaceId: true },
      });
      const suggestions = await storeSuggestions(tx, article, body, language, input.publishedOn);
      return { id: article.id, language, suggestions };
    });
  } catch (e) {
    // Two people adding the same text at once: the unique index settles it; point to the winner.
    if (isUniqueViolation(e)) {
      const existing = await findDuplicate(db, actor.workspaceId, hash);
      if (existing) throw duplicateError(existing);
    }
    throw e;
  }
}

/** The body and version the edit form starts from. */
export async function getArticleForEdit(actor: Actor, articleId: string) {
  assertCan(actor, "article.create");
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { id: true, title: true, body: true, version: true, language: true },
  });
  if (!article) throw notFound("errors.articleNotFound");
  return article;
}

/**
 * Replaces an article's body. `version` is the one the editor's form showed: a stale one is a CONFLICT
 * and nothing changes. Claims are re-anchored; those whose quote is gone are flagged, not dropped.
 */
export async function editArticleBody(actor: Actor, input: TEditArticleBody) {
  assertCan(actor, "article.create");
  const body = normaliseArticleText(input.body);
  if (body === "")
    throw new AppError("INVALID", "errors.invalid", { fields: { body: "intake.validation.bodyRequired" } });
  const hash = contentHash(body);
  try {
    return await db.$transaction(async (tx) => {
      assertCan(await requireActiveMember(tx, actor), "article.create");
      const article = await tx.article.findFirst({
        where: { id: input.articleId, workspaceId: actor.workspaceId },
        select: { id: true, body: true, version: true },
      });
      if (!article) throw notFound("errors.articleNotFound");
      const existing = await findDuplicate(tx, actor.workspaceId, hash, article.id);
      if (existing) throw duplicateError(existing);
      const updated = await tx.article.updateMany({
        where: { id: article.id, version: input.version },
        data: { body, contentHash: hash, version: { increment: 1 } },
      });
      if (updated.count === 0)
        throw new AppError("CONFLICT", "intake.errors.articleChanged", { details: { version: article.version } });
      const articleVersion = input.version + 1;
      const oldBody = article.body;

      const claims = await tx.claim.findMany({
        where: { articleId: article.id },
        select: { id: true, quote: true, startOffset: true, endOffset: true, quoteMissing: true },
      });
      let moved = 0;
      let missing = 0;
      for (const c of claims) {
        const found = reanchor(oldBody, body, { quote: c.quote, start: c.startOffset, end: c.endOffset });
        const nowMissing = found.status === "missing";
        // A missing quote keeps the offsets it had (clamping could make the span empty, which the
        // claims table refuses); readers re-anchor and clamp for display (placeClaims, ClaimInArticle).
        const a = nowMissing ? { start: c.startOffset, end: c.endOffset } : found;
        if (nowMissing) missing++;
        if (a.start === c.startOffset && a.end === c.endOffset && nowMissing === c.quoteMissing) continue;
        if (!nowMissing) moved++;
        await tx.claim.update({
          where: { id: c.id },
          data: { startOffset: a.start, endOffset: a.end, quoteMissing: nowMissing, version: { increment: 1 } },
        });
        await writeClaimEvent(
          tx,
          { workspaceId: actor.workspaceId, claimId: c.id, actorId: actor.userId },
          {
            action: "claim.reanchored",
            before: { start: c.startOffset, end: c.endOffset, quoteMissing: c.quoteMissing },
            after: { start: a.start, end: a.end, quoteMissing: nowMissing, articleVersion },
          },
        );
      }

      const pending = await tx.claimSuggestion.findMany({
        where: { articleId: article.id, status: "pending" },
        select: { id: true, quote: true, startOffset: true, endOffset: true },
      });
      for (const s of pending) {
        const a = reanchor(oldBody, body, { quote: s.quote, start: s.startOffset, end: s.endOffset });
        if (a.status === "missing") await tx.claimSuggestion.delete({ where: { id: s.id } });
        else if (a.start !== s.startOffset || a.end !== s.endOffset)
          await tx.claimSuggestion.update({
            where: { id: s.id },
            data: {
              startOffset: a.start,
              endOffset: a.end,
              quote: body.slice(a.start, a.end),
              version: { increment: 1 },
            },
          });
      }
      return { id: article.id, version: articleVersion, moved, missing };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const existing = await findDuplicate(db, actor.workspaceId, hash, input.articleId);
      if (existing) throw duplicateError(existing);
    }
    throw e;
  }
}
