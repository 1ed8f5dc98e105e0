import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { buildCsv } from "@/lib/reports/formats/csv";
import { collectBytes, collectText } from "@/lib/reports/stream";
import { awkwardClaim, fromArray, sampleClaims, sampleContext } from "@/lib/reports/testing";
import type { TReportClaim } from "@/lib/reports/types";

async function csv(claims: TReportClaim[], locale: "en" | "id" = "en", delimiter: "," | ";" = ",") {
  return collectText(buildCsv(sampleContext({ locale }), fromArray(claims), { delimiter }));
}

/**
 * Reads the file the way a spreadsheet would: header row, then one record per claim, and any line
 * break outside quotes (CRLF, a lone LF or a lone CR) ends a row.
 */
function read(text: string, delimiter: "," | ";" = ",") {
  const rows: string[][] = parse(text, {
    delimiter,
    bom: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: false,
  });
  const [header, ...records] = rows;
  return { header: header!, records, column: (name: string) => header!.indexOf(name) };
}

describe("CSV export", () => {
  it("starts with a UTF-8 byte-order mark so Excel reads Indonesian text correctly", async () => {
    const bytes = await collectBytes(buildCsv(sampleContext(), fromArray(sampleClaims())));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Exactly one BOM, not one per row.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).split("\uFEFF").length).toBe(2);
  });

  it("has one row per claim with every field, each cell reading back exactly as stored", async () => {
    const claims = sampleClaims();
    const { header, records, column } = read(await csv(claims));
    expect(records).toHaveLength(claims.length);
    for (const [i, claim] of claims.entries()) {
      const row = records[i]!;
      expect(row).toHaveLength(header.length);
      expect(row[column("Claim ID")]).toBe(claim.id);
      expect(row[column("Quote")]).toBe(claim.quote);
      expect(row[column("Claimant")]).toBe(claim.claimant);
      expect(row[column("Claim page")]).toBe(claim.url);
      expect(row[column("Rationale")]).toBe(claim.rationale ?? "");
      expect(row[column("Claimed on")]).toBe(claim.claimedAt ?? "");
    }
  });

  it("quotes commas, double quotes and line breaks so they stay inside their cell", async () => {
    const claim = awkwardClaim({
      quote: 'Dia berkata, "hanya 1,5 juta";\nlalu pergi.\rSelesai.',
      rationale: "Line one\r\nLine two",
      // Nothing but a lone line feed or carriage return: these too must not end the row.
      claimedAtNote: "baris satu\nbaris dua",
      cue: "kata dia\rkemarin",
    });
    for (const delimiter of [",", ";"] as const) {
      const text = await csv([claim], "en", delimiter);
      const { records, column } = read(text, delimiter);
      expect(records).toHaveLength(1);
      expect(records[0]![column("Quote")]).toBe(claim.quote);
      expect(records[0]![column("Rationale")]).toBe(claim.rationale);
      expect(records[0]![column("Note on the date")]).toBe(claim.claimedAtNote);
      expect(records[0]![column("Attributed as")]).toBe(claim.cue);
      // RFC 4180 quoting: the quote characters are doubled inside a quoted cell.
      expect(text).toContain('"Dia berkata, ""hanya 1,5 juta"";\nlalu pergi.\rSelesai."');
    }
  });

  it("neutralises cells starting with = + - @, tab or carriage return against formula injection", async () => {
    const payloads = [
      '=HYPERLINK("https://evil.example","klik")',
      "+62 21 555 0100",
      "-2+3",
      "@SUM(A1:A2)",
      "\tcmd",
      "\r=1+1",
    ];
    const claims = payloads.map((p, i) => awkwardClaim({ id: `clm_${i}`, quote: p, claimant: p, rationale: p }));
    const { records, column } = read(await csv(claims));
    for (const [i, payload] of payloads.entries()) {
      for (const name of ["Quote", "Claimant", "Rationale"]) {
        // A leading apostrophe makes spreadsheets show the cell as text instead of evaluating it.
        expect(records[i]![column(name)], `${name} ${JSON.stringify(payload)}`).toBe(`'${payload}`);
      }
    }
    // Ordinary text is left alone.
    const plain = read(await csv(sampleClaims().slice(0, 1)));
    expect(plain.records[0]![plain.column("Quote")]!.startsWith("'")).toBe(false);
  });

  it("keeps Indonesian text intact and labels in Bahasa Indonesia, with ; between cells for Indonesian Excel", async () => {
    const claims = sampleClaims();
    const text = await csv(claims, "id", ";");
    const { header, records, column } = read(text, ";");
    expect(header).toContain("Kutipan");
    expect(header).toContain("Putusan");
    const troops = records.find((r) => r[column("ID klaim")] === "clm_nk-troops-14000")!;
    expect(troops[column("Kutipan")]).toBe(
      "Korea Utara diperkirakan mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur, kata pejabat Ukraina.",
    );
    // Numbers the Indonesian way, and the quantities in words.
    expect(troops[column("Angka")]).toBe("sekitar 14.000 tentara\nsekitar 3.000 tentara");
    expect(troops[column("Kategori")]).toBe("Jumlah pasukan");
    expect(troops[column("Koreksi")]).toContain("Terverifikasi → Diperdebatkan");
    // A semicolon file is not split at the commas inside the quote.
    expect(text.split("\r\n")[0]!.split(";").length).toBe(header.length);

    const en = read(await csv(claims, "en", ","));
    const enTroops = en.records.find((r) => r[en.column("Claim ID")] === "clm_nk-troops-14000")!;
    expect(enTroops[en.column("Quantities")]).toBe("about 14,000 soldiers\nabout 3,000 soldiers");
    expect(enTroops[en.column("Verdict")]).toBe("Verified");
  });

  it("ends every record with CRLF and writes only the header for an empty selection", async () => {
    const text = await csv([]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(read(text).records).toEqual([]);
  });
});
