// NDJSON: one claim per line, exactly the report row (lib/reports/types.ts), codes not labels, ISO
// timestamps. For scripts and other tools, so nothing here depends on the reader's language.
import { ZReportClaim, ZReportContext, type TReportClaim, type TReportContextInput } from "@/lib/reports/types";

export async function* buildNdjson(
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
): AsyncGenerator<string> {
  ZReportContext.parse(context);
  for await (const claim of claims) {
    // Parsing keeps the file to the documented shape: a field a caller adds by mistake is dropped.
    yield `${JSON.stringify(ZReportClaim.parse(claim))}\n`;
  }
}
