import "server-only";
// One export from selection to byte stream, logged: the request-free core under lib/exports/http.ts
// (routes) and scripts/bench-export.ts. The claims come through a cursor (source.ts), the chosen format
// renders them (lib/reports), and the stream pulls (lib/reports/stream.ts): the cursor reads only as
// fast as the reader takes bytes, and a reader that goes away closes it.
import { EXPORT_FORMATS, type ExportFormatId } from "@/lib/reports/registry";
import { toReadableStream, type Chunk } from "@/lib/reports/stream";
import type { TReportArticle, TReportContextInput, TReportSummary } from "@/lib/reports/types";
import type { Locale } from "@/lib/i18n/locales";
import { claimRows, summariseSelection, type ClaimSelection } from "@/lib/exports/source";
import { finishExportLog, startExportLog, type ExportLogStart } from "@/lib/exports/log";

export type ExportRun = {
  format: ExportFormatId;
  selection: ClaimSelection;
  context: TReportContextInput & { locale: Locale; baseUrl: string };
  article?: TReportArticle;
  log: Omit<ExportLogStart, "format">;
  signal?: AbortSignal;
  /** Rows per cursor read (default 500). */
  batchSize?: number;
};

export async function runExport(run: ExportRun): Promise<{
  stream: ReadableStream<Uint8Array>;
  summary: TReportSummary;
  logId: string;
}> {
  // Counted first: the readable reports open with the summary, and the UI shows how many claims to expect.
  const summary = await summariseSelection(run.selection);
  const logId = await startExportLog({ ...run.log, format: run.format });
  let rows = 0;
  const source = claimRows(run.selection, {
    baseUrl: run.context.baseUrl,
    locale: run.context.locale,
    batchSize: run.batchSize,
    onRow: () => {
      rows += 1;
    },
  });
  const chunks = EXPORT_FORMATS[run.format].build(run.context, source, { article: run.article, summary });

  async function* logged(): AsyncGenerator<Chunk> {
    let completed = false;
    try {
      for await (const chunk of chunks) yield chunk;
      // Every byte is with the stream: only now is the export a success.
      await finishExportLog(logId, rows, true);
      completed = true;
    } finally {
      // Failed, or the reader went away (return() lands here): recorded as not completed.
      if (!completed)
        await finishExportLog(logId, rows, false).catch((e: unknown) => console.error("Export log not updated", e));
    }
  }
  return { stream: toReadableStream(logged(), { signal: run.signal }), summary, logId };
}
