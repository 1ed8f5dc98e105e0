import "server-only";
// Exports over HTTP, for the app's own routes and the read-only API (/api/v1) alike: parse the query
// strictly, check the actor, log the export, and answer with a streaming download. The reader's
// language and time zone come from the request (cookies, Accept-Language); links in the files are
// absolute, on the origin the request came to.
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { exportHeaders, type ExportFormatId } from "@/lib/reports/registry";
import type { TReportArticle } from "@/lib/reports/types";
import { ZClaimsExportQuery, exportFilters, refusedFields, type TClaimsExportQuery } from "@/lib/exports/query";
import { articleSelection, claimsSelection } from "@/lib/exports/selection";
import { runExport } from "@/lib/exports/run";

export { ZClaimsExportQuery, type TClaimsExportQuery };

export type ExportVia = { tokenId?: string };

/**
 * A query string as an export query, or a 400 that names every refused parameter (an unknown format,
 * filter value or parameter), e.g. "Cannot export: check format, verdict."
 */
export function parseClaimsExportQuery(params: URLSearchParams | Record<string, string>): TClaimsExportQuery {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const parsed = ZClaimsExportQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys")
      for (const k of issue.keys) fields[k] ??= "exports.invalid.unknownParameter";
    else fields[String(issue.path[0] ?? "_form")] ??= issue.message;
  }
  throw new AppError("INVALID", "exports.errors.invalidQuery", {
    params: { fields: refusedFields(parsed.error).join(", ") },
    fields,
  });
}

/** The origin the request came to (behind a proxy, the forwarded one), for absolute links in the files. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]!.trim();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0]!.trim().toLowerCase();
  const safeHost = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}

function formatOf(q: TClaimsExportQuery): ExportFormatId {
  return q.format === "csv" && q.separator === ";" ? "csv-semicolon" : q.format;
}

/** The filters in the reader's words, for the head of the readable reports. */
async function describeFilters(actor: Actor, q: TClaimsExportQuery, t: Translate): Promise<string | null> {
  const [article, reviewer] = await Promise.all([
    q.articleId
      ? db.article.findFirst({ where: { id: q.articleId, workspaceId: actor.workspaceId }, select: { title: true } })
      : null,
    q.reviewer && q.reviewer !== "me"
      ? db.membership.findFirst({
          where: { userId: q.reviewer, workspaceId: actor.workspaceId },
          select: { user: { select: { name: true } } },
        })
      : null,
  ]);
  const parts: string[] = [];
  if (q.verdict) parts.push(t("exports.filter.verdict", { value: t(`verdict.${q.verdict}`) }));
  if (q.articleId) parts.push(t("exports.filter.article", { value: article?.title ?? q.articleId }));
  if (q.claimant) parts.push(t("exports.filter.claimant", { value: q.claimant }));
  if (q.category) parts.push(t("exports.filter.category", { value: t(`category.${q.category}`) }));
  if (q.status) parts.push(t("exports.filter.status", { value: t(`reports.reviewStatus.${q.status}`) }));
  if (q.assignee) parts.push(t("exports.filter.assignee", { value: q.assignee }));
  if (q.overdue === "1" || q.overdue === "true") parts.push(t("exports.filter.overdue"));
  if (q.reviewer)
    parts.push(
      t("exports.filter.reviewer", {
        value: q.reviewer === "me" ? actor.name : (reviewer?.user.name ?? q.reviewer),
      }),
    );
  if (q.from) parts.push(t("exports.filter.from", { value: q.from }));
  if (q.to) parts.push(t("exports.filter.to", { value: q.to }));
  return parts.length ? parts.join("; ") : null;
}

function downloadResponse(
  stream: ReadableStream<Uint8Array>,
  format: ExportFormatId,
  stem: string,
  claims: number,
): Response {
  return new Response(stream, {
    headers: {
      ...exportHeaders(format, stem),
      "Cache-Control": "no-store",
      // Streamed as it is made: proxies must not hold it back.
      "X-Accel-Buffering": "no",
      // How many claims the export holds, so a download can show its progress.
      "X-Export-Claims": String(claims),
    },
  });
}

/** A filtered set of claims as a download in the chosen format; logged (completed only if every byte went out). */
export async function claimsExportResponse(
  actor: Actor,
  query: TClaimsExportQuery,
  via: ExportVia,
  signal?: AbortSignal,
): Promise<Response> {
  assertCan(actor, "export");
  const format = formatOf(query);
  const [{ t, locale, timeZone }, baseUrl] = await Promise.all([getI18n(), requestOrigin()]);
  const generatedAt = new Date();
  const { stream, summary } = await runExport({
    format,
    selection: claimsSelection(actor, query),
    context: {
      workspace: { name: actor.workspaceName, url: null },
      baseUrl,
      locale,
      timeZone,
      generatedAt: generatedAt.toISOString(),
      filtersSummary: await describeFilters(actor, query, t),
    },
    log: { actor, tokenId: via.tokenId, scope: "claims", filters: exportFilters(query) },
    signal,
  });
  const stem = `verdicts-${actor.workspaceSlug}-${generatedAt.toISOString().slice(0, 10)}`;
  return downloadResponse(stream, format, stem, summary.total);
}

/** The article's report metadata, or NOT_FOUND outside the actor's workspace. */
export async function reportArticle(workspaceId: string, articleId: string): Promise<TReportArticle> {
  const a = await db.article.findFirst({
    where: { id: articleId, workspaceId },
    select: { id: true, title: true, outlet: true, url: true, language: true, publishedAt: true, byline: true },
  });
  if (!a) throw notFound("errors.articleNotFound");
  return { ...a, publishedAt: a.publishedAt.toISOString() };
}

/** One article's verdict report as a download in the chosen format; logged like any export. */
export async function articleReportResponse(
  actor: Actor,
  articleId: string,
  format: ExportFormatId,
  via: ExportVia,
  signal?: AbortSignal,
): Promise<Response> {
  assertCan(actor, "export");
  const article = await reportArticle(actor.workspaceId, articleId);
  const [{ locale, timeZone }, baseUrl] = await Promise.all([getI18n(), requestOrigin()]);
  const { stream, summary } = await runExport({
    format,
    selection: articleSelection(actor.workspaceId, articleId),
    article,
    context: {
      workspace: { name: actor.workspaceName, url: null },
      baseUrl,
      locale,
      timeZone,
      generatedAt: new Date().toISOString(),
      filtersSummary: null,
    },
    log: { actor, tokenId: via.tokenId, scope: "article", articleId, filters: {} },
    signal,
  });
  return downloadResponse(stream, format, `verdicts-${article.title}`, summary.total);
}
