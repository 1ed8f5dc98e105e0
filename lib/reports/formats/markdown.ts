// The verdict report as Markdown (CommonMark): head, the article's metadata (one-article report),
// a summary, then every claim with its quote, attribution, verdict, rationale, evidence, sign-off and
// corrections. Everything people wrote is escaped, so a quote cannot turn into a heading, a link or HTML.
import { labelsFor, summarise, isWebUrl, type Labels } from "@/lib/reports/labels";
import { VERDICTS } from "@/lib/claims/vocabulary";
import {
  ZReportContext,
  type TReportArticle,
  type TReportClaim,
  type TReportContext,
  type TReportContextInput,
  type ReportOptions,
  type TReportSummary,
} from "@/lib/reports/types";

// Characters that mean something anywhere in a line, and constructs that only mean something at its start.
const INLINE_SPECIALS = /[\\`*_[\]<>|~&!]/g;
const LINE_START_BLOCK = /^([#>+=-])/;
const LINE_START_ORDERED = /^(\d+)([.)])/;

/** One line of literal text, safe in running text, a list item or a table cell. */
export function escapeMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(INLINE_SPECIALS, "\\$&")
    .replace(LINE_START_BLOCK, "\\$1")
    .replace(LINE_START_ORDERED, "$1\\$2");
}

/**
 * Literal text that may span lines. Lines are kept as hard line breaks (a backslash before the newline)
 * and indented by `indent`, so the text stays inside the list item or block it belongs to.
 */
export function escapeMarkdown(text: string, indent = ""): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .filter((l) => l !== "")
    .join(`\\\n${indent}`);
}

/** A link for web URLs; anything else (javascript:, data:, typos) stays inert text. */
export function markdownLink(label: string, url: string | null | undefined): string {
  if (!isWebUrl(url)) return url ? escapeMarkdownLine(url) : escapeMarkdownLine(label);
  // The <…> form allows spaces and parentheses; < > and line breaks are all it forbids.
  const target = url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch));
  return `[${escapeMarkdownLine(label)}](<${target}>)`;
}

function blockquote(text: string): string {
  return `> ${escapeMarkdown(text, "> ")}`;
}

function head(ctx: TReportContext, l: Labels, article: TReportArticle | undefined): string {
  const lines = [`# ${escapeMarkdownLine(l.title(article))}`, ""];
  const generated = l.t("reports.generated", { workspace: ctx.workspace.name, date: l.moment(ctx.generatedAt) });
  lines.push(escapeMarkdownLine(generated));
  if (ctx.filtersSummary) lines.push("", escapeMarkdownLine(l.t("reports.filters", { filters: ctx.filtersSummary })));
  lines.push("");
  if (article) {
    const item = (key: string, value: string) => `- **${escapeMarkdownLine(l.t(key))}:** ${value}`;
    lines.push(
      `## ${escapeMarkdownLine(l.t("reports.article.heading"))}`,
      "",
      item("reports.article.title", escapeMarkdownLine(article.title)),
      item("reports.article.outlet", escapeMarkdownLine(article.outlet)),
      item(
        "reports.article.url",
        article.url ? markdownLink(article.url, article.url) : escapeMarkdownLine(l.t("reports.article.noUrl")),
      ),
      item("reports.article.language", escapeMarkdownLine(l.language(article.language))),
      item("reports.article.published", escapeMarkdownLine(l.moment(article.publishedAt))),
      item("reports.article.byline", escapeMarkdownLine(article.byline ?? l.t("common.unknown"))),
      "",
    );
  }
  return lines.join("\n");
}

function summaryBlock(l: Labels, summary: TReportSummary): string {
  const rows = VERDICTS.map((v) => `| ${escapeMarkdownLine(l.verdict(v))} | ${l.number(summary.byVerdict[v])} |`);
  return [
    `## ${escapeMarkdownLine(l.t("reports.summary.heading"))}`,
    "",
    `| ${escapeMarkdownLine(l.t("reports.summary.verdict"))} | ${escapeMarkdownLine(l.t("reports.summary.claims"))} |`,
    "| --- | ---: |",
    ...rows,
    `| **${escapeMarkdownLine(l.t("reports.summary.total"))}** | **${l.number(summary.total)}** |`,
    "",
    escapeMarkdownLine(
      l.t("reports.summary.signedOff", { count: l.number(summary.signedOff), total: l.number(summary.total) }),
    ),
    "",
    `## ${escapeMarkdownLine(l.t("reports.claims.heading"))}`,
    "",
  ].join("\n");
}

export function claimBlock(l: Labels, claim: TReportClaim, n: number, withArticle: boolean): string {
  const t = l.t;
  const item = (key: string, value: string) => `- **${escapeMarkdownLine(t(key))}:** ${value}`.trimEnd();
  const sub = (text: string) => `  - ${text}`;
  const out: string[] = [
    `### ${l.number(n)}\\. ${escapeMarkdownLine(claim.claimant)}`,
    "",
    blockquote(claim.quote),
    "",
  ];

  if (withArticle)
    out.push(
      item(
        "reports.claim.article",
        claim.articleUrl ? markdownLink(claim.articleTitle, claim.articleUrl) : escapeMarkdownLine(claim.articleTitle),
      ),
    );
  out.push(item("reports.claim.claimant", escapeMarkdownLine(claim.claimant)));
  if (claim.cue) out.push(item("reports.claim.cue", escapeMarkdownLine(claim.cue)));
  out.push(item("reports.claim.category", escapeMarkdownLine(l.category(claim.category))));
  out.push(item("reports.claim.claimedAt", escapeMarkdownLine(l.claimedAt(claim))));
  if (claim.claimedAtNote) out.push(item("reports.claim.claimedAtNote", escapeMarkdown(claim.claimedAtNote, "  ")));
  if (claim.quantities.length > 0)
    out.push(item("reports.claim.quantities", escapeMarkdownLine(claim.quantities.map(l.quantity).join("; "))));
  out.push(item("reports.claim.verdict", `**${escapeMarkdownLine(l.verdict(claim.verdict))}**`));
  if (claim.verdict !== "unreviewed" || claim.rationale) {
    out.push(
      item(
        "reports.claim.rationale",
        claim.rationale ? escapeMarkdown(claim.rationale, "  ") : escapeMarkdownLine(t("reports.claim.noRationale")),
      ),
    );
  }
  if (claim.reviewer) out.push(item("reports.claim.reviewer", escapeMarkdownLine(claim.reviewer.name)));
  if (claim.reviewedAt) out.push(item("reports.claim.reviewedAt", escapeMarkdownLine(l.moment(claim.reviewedAt))));
  if (claim.reviewStatus)
    out.push(item("reports.claim.reviewStatus", escapeMarkdownLine(l.reviewStatus(claim.reviewStatus))));
  out.push(item("reports.claim.signedOff", escapeMarkdownLine(l.signedOff(claim))));
  if (claim.corrections.length > 0) {
    out.push(item("reports.claim.corrections", ""));
    for (const c of claim.corrections) out.push(sub(escapeMarkdown(l.correction(c), "    ")));
  }
  if (claim.evidence.length > 0) {
    out.push(item("reports.claim.evidence", ""));
    for (const e of claim.evidence) {
      let line = `${escapeMarkdownLine(l.stance(e.stance))}: ${markdownLink(e.title, e.url)}`;
      if (e.publisher) line += ` (${escapeMarkdownLine(e.publisher)})`;
      if (e.archivedUrl) line += `, ${markdownLink(t("reports.claim.archived"), e.archivedUrl)}`;
      // The excerpt goes on its own line (a hard break) inside the same list item.
      if (e.excerpt) line += `\\\n    ${escapeMarkdown(`“${e.excerpt}”`, "    ")}`;
      out.push(sub(line));
    }
  } else {
    out.push(item("reports.claim.evidence", escapeMarkdownLine(t("reports.claim.noEvidence"))));
  }
  if (claim.links.length > 0) {
    out.push(item("reports.claim.links", ""));
    for (const link of claim.links)
      out.push(sub(link.url ? markdownLink(l.link(link), link.url) : escapeMarkdownLine(l.link(link))));
  }
  out.push(item("reports.claim.page", markdownLink(claim.url, claim.url)));
  return out.join("\n");
}

export async function* buildMarkdown(
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
  options: ReportOptions = {},
): AsyncGenerator<string> {
  const ctx = ZReportContext.parse(context);
  const l = labelsFor(ctx);
  let source: AsyncIterable<TReportClaim> | Iterable<TReportClaim> = claims;
  let summary = options.summary;
  if (!summary) {
    // The summary comes first; without counts from the caller, read the claims first to count them.
    const all: TReportClaim[] = [];
    for await (const c of claims) all.push(c);
    summary = summarise(all);
    source = all;
  }
  // Blocks are separated by one blank line.
  const block = (text: string) => `${text.trimEnd()}\n\n`;
  yield block(head(ctx, l, options.article));
  yield block(summaryBlock(l, summary));
  let n = 0;
  // A set report (no article) names each claim's article, since they differ.
  for await (const claim of source) yield block(claimBlock(l, claim, ++n, !options.article));
  if (n === 0) yield block(escapeMarkdownLine(l.t("reports.claims.empty")));
}
