// Every export format in one table: what routes serve (content type, file name) and what the UI offers
// (its label key). Building an export is `exportStream(format, context, claims, options)`; the claims
// are any async iterable, typically a database cursor whose iterator closes it on return().
import { z } from "zod";
import { buildCsv } from "@/lib/reports/formats/csv";
import { buildJsonLd } from "@/lib/reports/formats/jsonld";
import { buildMarkdown } from "@/lib/reports/formats/markdown";
import { buildNdjson } from "@/lib/reports/formats/ndjson";
import { buildPdf } from "@/lib/reports/formats/pdf";
import { toReadableStream, type Chunk, type StreamOptions } from "@/lib/reports/stream";
import type { TReportClaim, TReportContextInput, ReportOptions } from "@/lib/reports/types";

type BuildExport = (
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
  options: ReportOptions,
) => AsyncIterable<Chunk>;

export type ExportFormatSpec = {
  contentType: string;
  extension: string;
  /** Message key of the format's name in the export UI. */
  labelKey: `reports.format.${string}`;
  /**
   * True when the file grows row by row with flat memory and no cap (data files). The reports
   * (Markdown, PDF) also stream their claims when given a summary, but are meant for one article
   * or a modest selection: they are documents for people to read.
   */
  dataFile: boolean;
  build: BuildExport;
};

export const EXPORT_FORMATS = {
  csv: {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    labelKey: "reports.format.csv",
    dataFile: true,
    build: (ctx, claims) => buildCsv(ctx, claims, { delimiter: "," }),
  },
  "csv-semicolon": {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    labelKey: "reports.format.csv-semicolon",
    dataFile: true,
    build: (ctx, claims) => buildCsv(ctx, claims, { delimiter: ";" }),
  },
  ndjson: {
    contentType: "application/x-ndjson; charset=utf-8",
    extension: "ndjson",
    labelKey: "reports.format.ndjson",
    dataFile: true,
    build: (ctx, claims) => buildNdjson(ctx, claims),
  },
  jsonld: {
    contentType: "application/ld+json; charset=utf-8",
    extension: "jsonld",
    labelKey: "reports.format.jsonld",
    dataFile: true,
    build: (ctx, claims) => buildJsonLd(ctx, claims),
  },
  markdown: {
    contentType: "text/markdown; charset=utf-8",
    extension: "md",
    labelKey: "reports.format.markdown",
    dataFile: false,
    build: buildMarkdown,
  },
  pdf: {
    contentType: "application/pdf",
    extension: "pdf",
    labelKey: "reports.format.pdf",
    dataFile: false,
    build: buildPdf,
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormatId, ...ExportFormatId[]];
/** For a route's query string: `?format=csv-semicolon`. */
export const ZExportFormat = z.enum(EXPORT_FORMAT_IDS);

/** The export as a web stream, ready to be a Response body. */
export function exportStream(
  format: ExportFormatId,
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
  options: ReportOptions & StreamOptions = {},
): ReadableStream<Uint8Array> {
  const { chunkBytes, signal, ...reportOptions } = options;
  return toReadableStream(EXPORT_FORMATS[format].build(context, claims, reportOptions), { chunkBytes, signal });
}

/**
 * A file name for the download: the stem made safe for every file system and header (letters, digits,
 * dashes; accents dropped), then the format's extension. E.g. "verdicts-korea-utara-konfirmasi.csv".
 */
export function exportFileName(format: ExportFormatId, stem: string): string {
  const safe =
    stem
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/g, "") || "export";
  return `${safe}.${EXPORT_FORMATS[format].extension}`;
}

/** Headers for a download response (routes add caching and the rest). */
export function exportHeaders(format: ExportFormatId, stem: string): Record<string, string> {
  return {
    "Content-Type": EXPORT_FORMATS[format].contentType,
    "Content-Disposition": `attachment; filename="${exportFileName(format, stem)}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
