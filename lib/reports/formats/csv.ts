// CSV for spreadsheet apps: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), a comma or a
// semicolon between cells (Excel set to Indonesian expects `;`), and any cell starting with = + - @,
// a tab or a carriage return prefixed with ' so a spreadsheet shows it as text instead of running it
// as a formula. csv-stringify does the quoting and both of those; we only choose the columns.
import { stringify, type Options } from "csv-stringify/sync";
import { labelsFor, type Labels } from "@/lib/reports/labels";
import { ZReportContext, type TReportClaim, type TReportContextInput } from "@/lib/reports/types";

export type CsvOptions = { delimiter?: "," | ";" };

type Column = { header: string; cell: (c: TReportClaim, l: Labels) => string | number | null };

// Headers and labels (verdict, category, stance) are in the reader's language; dates stay ISO 8601
// (YYYY-MM-DD, and UTC timestamps) because every spreadsheet in every locale reads those the same way.
const COLUMNS: Column[] = [
  { header: "reports.claim.id", cell: (c) => c.id },
  { header: "reports.claim.page", cell: (c) => c.url },
  { header: "reports.claim.article", cell: (c) => c.articleTitle },
  { header: "reports.column.articleUrl", cell: (c) => c.articleUrl },
  { header: "reports.article.outlet", cell: (c) => c.articleOutlet },
  { header: "reports.claim.quote", cell: (c) => c.quote },
  { header: "reports.claim.claimant", cell: (c) => c.claimant },
  { header: "reports.claim.cue", cell: (c) => c.cue },
  { header: "reports.claim.category", cell: (c, l) => l.category(c.category) },
  { header: "reports.claim.claimedAt", cell: (c) => c.claimedAt },
  { header: "reports.claim.claimedAtNote", cell: (c) => c.claimedAtNote },
  { header: "reports.claim.quantities", cell: (c, l) => c.quantities.map(l.quantity).join("\n") },
  { header: "reports.claim.verdict", cell: (c, l) => l.verdict(c.verdict) },
  { header: "reports.claim.rationale", cell: (c) => c.rationale },
  { header: "reports.claim.reviewer", cell: (c) => c.reviewer?.name ?? null },
  { header: "reports.claim.reviewedAt", cell: (c) => c.reviewedAt },
  { header: "reports.claim.reviewStatus", cell: (c, l) => (c.reviewStatus ? l.reviewStatus(c.reviewStatus) : null) },
  { header: "reports.claim.signedOffBy", cell: (c) => c.signedOffBy?.name ?? null },
  { header: "reports.claim.signedOffAt", cell: (c) => c.signedOffAt },
  {
    header: "reports.claim.corrections",
    cell: (c, l) =>
      c.corrections
        .map((x) => `${l.verdict(x.fromVerdict)} → ${l.verdict(x.toVerdict)}, ${l.person(x.by)}, ${x.at}: ${x.reason}`)
        .join("\n"),
  },
  { header: "reports.column.evidenceCount", cell: (c) => c.evidence.length },
  {
    header: "reports.claim.evidence",
    cell: (c, l) =>
      c.evidence
        .map((e) => {
          const parts = [`${l.stance(e.stance)}: ${e.title}`];
          if (e.publisher) parts.push(`(${e.publisher})`);
          parts.push(e.url);
          if (e.archivedUrl) parts.push(`[${l.t("reports.claim.archived")}: ${e.archivedUrl}]`);
          return parts.join(" ");
        })
        .join("\n"),
  },
  {
    header: "reports.claim.links",
    cell: (c, l) => c.links.map((x) => `${l.link(x)} ${x.url ?? ""}`.trim()).join("\n"),
  },
];

export async function* buildCsv(
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  const ctx = ZReportContext.parse(context);
  const labels = labelsFor(ctx);
  const base: Options = {
    delimiter: options.delimiter ?? ",",
    record_delimiter: "windows",
    escape_formulas: true,
    // With an explicit record delimiter csv-stringify quotes only cells holding all of it (\r\n); a
    // lone \n or \r would then split the row in a spreadsheet. This quotes cells with either.
    quote_record_delimiter: true,
  };
  yield stringify([COLUMNS.map((c) => labels.t(c.header))], { ...base, bom: true });
  // One row per claim, stringified as it comes, so the export holds one row in memory at a time.
  for await (const claim of claims) {
    yield stringify([COLUMNS.map((c) => c.cell(claim, labels))], base);
  }
}
