import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_IDS,
  exportFileName,
  exportHeaders,
  exportStream,
  ZExportFormat,
} from "@/lib/reports/registry";
import { collectBytes } from "@/lib/reports/stream";
import { fromArray, sampleArticle, sampleClaims, sampleContext } from "@/lib/reports/testing";
import { catalogs } from "@/lib/i18n/messages";

describe("export formats", () => {
  it("offers csv, csv with semicolons, ndjson, markdown, ClaimReview JSON-LD and pdf, each named in both languages", () => {
    expect([...EXPORT_FORMAT_IDS].sort()).toEqual(["csv", "csv-semicolon", "jsonld", "markdown", "ndjson", "pdf"]);
    for (const id of EXPORT_FORMAT_IDS) {
      for (const locale of ["en", "id"] as const)
        expect(
          (catalogs[locale] as Record<string, string>)[EXPORT_FORMATS[id].labelKey],
          `${locale} ${id}`,
        ).toBeTruthy();
    }
    expect(ZExportFormat.safeParse("csv-semicolon").success).toBe(true);
    expect(ZExportFormat.safeParse("xlsx").success).toBe(false);
  });

  it("builds every format as a web stream with the right start and headers", async () => {
    const starts: Record<string, (b: Uint8Array) => boolean> = {
      csv: (b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf,
      "csv-semicolon": (b) => new TextDecoder().decode(b).split("\r\n")[0]!.includes(";"),
      ndjson: (b) => JSON.parse(new TextDecoder().decode(b).split("\n")[0]!).id === "clm_nk-confirms-deployment",
      jsonld: (b) => Array.isArray(JSON.parse(new TextDecoder().decode(b))),
      markdown: (b) => new TextDecoder().decode(b).startsWith("# Verdict report: Korea Utara"),
      pdf: (b) => new TextDecoder().decode(b.slice(0, 5)) === "%PDF-",
    };
    for (const id of EXPORT_FORMAT_IDS) {
      const bytes = await collectBytes(
        exportStream(id, sampleContext(), fromArray(sampleClaims()), { article: sampleArticle() }),
      );
      expect(starts[id]!(bytes), id).toBe(true);
      expect(exportHeaders(id, "Korea Utara")["Content-Type"]).toBe(EXPORT_FORMATS[id].contentType);
    }
  }, 60_000);

  it("names the download safely for any file system and header", () => {
    expect(exportFileName("csv", "Klaim: Korea Utara — Kursk (28/4)")).toBe("klaim-korea-utara-kursk-28-4.csv");
    expect(exportFileName("markdown", "Pernyataan résmi")).toBe("pernyataan-resmi.md");
    expect(exportFileName("pdf", "“”")).toBe("export.pdf");
    expect(exportHeaders("jsonld", 'a"b\r\nc')["Content-Disposition"]).toBe('attachment; filename="a-b-c.jsonld"');
  });
});
