import "server-only";
// Publishing an article's verdict report at a public URL, /r/<slug>: the slug is 144 random bits
// (unguessable), one publication per article at a time, and revoking it takes the page down at once
// (the public page reads the publication on every request). The public report shows only claims
// whose verdict was signed off, and carries their ClaimReview JSON-LD.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/http/text";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { claimReviewFor } from "@/lib/reports/formats/jsonld";
import { ZReportContext, type TReportArticle, type TReportClaim, type TReportSummary } from "@/lib/reports/types";
import { summarise } from "@/lib/reports/labels";
import { claimRows } from "@/lib/exports/source";
import { articleSelection } from "@/lib/exports/selection";
import { reportArticle } from "@/lib/exports/http";

export const ZPublication = z.object({ articleId: ZId });
export type TPublication = z.infer<typeof ZPublication>;

const SLUG = /^[A-Za-z0-9_-]{24}$/;

/** The article's live publication, if any. */
export async function currentPublication(actor: Actor, articleId: string) {
  const p = await db.reportPublication.findFirst({
    where: { workspaceId: actor.workspaceId, articleId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { slug: true, createdAt: true, publishedBy: { select: { name: true } } },
  });
  return p && { slug: p.slug, createdAt: p.createdAt.toISOString(), publishedBy: p.publishedBy?.name ?? null };
}

/** Publishes the article's report (editors); publishing again keeps the live URL. */
export async function publishReport(actor: Actor, input: TPublication) {
  assertCan(actor, "report.publish");
  await reportArticle(actor.workspaceId, input.articleId);
  return db.$transaction(async (tx) => {
    // One live publication per article: serialise publishers of the same article.
    await tx.$queryRaw`SELECT id FROM articles WHERE id = ${input.articleId} FOR UPDATE`;
    const live = await tx.reportPublication.findFirst({
      where: { workspaceId: actor.workspaceId, articleId: input.articleId, revokedAt: null },
      select: { slug: true, createdAt: true },
    });
    const p =
      live ??
      (await tx.reportPublication.create({
        data: {
          workspaceId: actor.workspaceId,
          articleId: input.articleId,
          slug: crypto.randomBytes(18).toString("base64url"),
          publishedById: actor.userId,
        },
        select: { slug: true, createdAt: true },
      }));
    return { slug: p.slug, path: routes.publicReport(p.slug), createdAt: p.createdAt.toISOString() };
  });
}

/** Takes the article's public report down (editors): its URL answers 404 from now on. */
export async function unpublishReport(actor: Actor, input: TPublication) {
  assertCan(actor, "report.publish");
  await reportArticle(actor.workspaceId, input.articleId);
  const r = await db.reportPublication.updateMany({
    where: { workspaceId: actor.workspaceId, articleId: input.articleId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { revoked: r.count };
}

export type PublishedReport = {
  workspaceName: string;
  article: TReportArticle;
  claims: TReportClaim[];
  summary: TReportSummary;
  /** The signed-off verdicts as ClaimReview JSON-LD, ready for a <script type="application/ld+json">. */
  jsonLd: string;
};

/** A live publication's report for anyone, signed in or not; NOT_FOUND when revoked or never made. */
export async function publishedReport(
  slug: string,
  opts: { baseUrl: string; locale: Locale },
): Promise<PublishedReport> {
  if (!SLUG.test(slug)) throw notFound();
  const p = await db.reportPublication.findFirst({
    where: { slug, revokedAt: null },
    select: { workspaceId: true, articleId: true, workspace: { select: { name: true } } },
  });
  if (!p) throw notFound();
  const article = await reportArticle(p.workspaceId, p.articleId);
  const pageUrl = `${opts.baseUrl}${routes.publicReport(slug)}`;
  const claims: TReportClaim[] = [];
  for await (const c of claimRows(articleSelection(p.workspaceId, p.articleId, "signedOff"), {
    baseUrl: opts.baseUrl,
    locale: opts.locale,
    // The public page is each ClaimReview's URL (the app's claim pages need an account).
    claimUrl: (id) => `${pageUrl}#claim-${id}`,
  }))
    claims.push(c);
  // Linked claims that are not published here are not linked to (their pages need an account).
  const shown = new Set(claims.map((c) => c.id));
  for (const c of claims) c.links = c.links.map((l) => (shown.has(l.claimId) ? l : { ...l, url: null }));
  const ctx = ZReportContext.parse({
    workspace: { name: p.workspace.name, url: null },
    baseUrl: opts.baseUrl,
    locale: opts.locale,
    generatedAt: new Date().toISOString(),
  });
  const reviews = claims.flatMap((c) => claimReviewFor(ctx, c) ?? []);
  // `<` escaped so a quote holding "</script>" cannot end the script element.
  const jsonLd = JSON.stringify(reviews).replace(/</g, "\\u003c");
  return { workspaceName: p.workspace.name, article, claims, summary: summarise(claims), jsonLd };
}

/** One article's whole report (every claim, any verdict) for the report page. */
export async function articleReport(actor: Actor, articleId: string, opts: { baseUrl: string; locale: Locale }) {
  assertCan(actor, "read");
  const article = await reportArticle(actor.workspaceId, articleId);
  const claims: TReportClaim[] = [];
  for await (const c of claimRows(articleSelection(actor.workspaceId, articleId), opts)) claims.push(c);
  return { article, claims, summary: summarise(claims) };
}
