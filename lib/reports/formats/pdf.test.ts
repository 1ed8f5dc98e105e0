import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildPdf } from "@/lib/reports/formats/pdf";
import { summarise } from "@/lib/reports/labels";
import { collectBytes } from "@/lib/reports/stream";
import { awkwardClaim, fromArray, sampleArticle, sampleClaims, sampleContext } from "@/lib/reports/testing";
import type { TReportClaim } from "@/lib/reports/types";

/** Reads the PDF back with Mozilla's pdf.js: its text, its metadata and its link targets. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = "";
  const links: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    for (const a of await page.getAnnotations()) if (a.url) links.push(a.url as string);
  }
  const meta = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text, links, info: meta.info as Record<string, unknown>, markInfo, pages };
}

// Lines wrap wherever the page ends (after a space or a hyphen), so compare without whitespace.
const bare = (s: string) => s.replace(/\s+/g, "");

async function pdf(claims: TReportClaim[], locale: "en" | "id" = "en") {
  const bytes = await collectBytes(
    buildPdf(sampleContext({ locale }), fromArray(claims), { article: sampleArticle() }),
  );
  return { bytes, ...(await readPdf(bytes)) };
}

describe("PDF report", () => {
  it("is a PDF that holds every claim: quote, claimant, verdict, rationale, evidence, reviewer and sign-off", async () => {
    const claims = sampleClaims();
    const { bytes, text, links, pages } = await pdf(claims);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(pages).toBeGreaterThan(1);
    // Each page repeats its running head ("Meja Cek Fakta · Page 4"); a paragraph that flows onto the
    // next page has that head in the middle of its extracted text, so it is taken out first.
    const all = bare(text).replace(/MejaCekFakta·Page\d+/g, "");
    for (const c of claims) {
      expect(all, c.id).toContain(bare(c.quote));
      expect(all).toContain(bare(c.claimant));
      if (c.cue) expect(all).toContain(bare(c.cue));
      if (c.rationale) expect(all).toContain(bare(c.rationale));
      if (c.reviewer) expect(all).toContain(bare(c.reviewer.name));
      if (c.signedOffBy) expect(all).toContain(bare(`${c.signedOffBy.name}`));
      for (const e of c.evidence) {
        expect(all).toContain(bare(e.url));
        expect(all).toContain(bare(e.archivedUrl!));
        // Printed and clickable.
        expect(links).toContain(e.url);
        expect(links).toContain(e.archivedUrl);
      }
      expect(links).toContain(c.url);
    }
    for (const verdict of ["Verified", "Disputed", "Contradicted", "Unreviewed"]) expect(text).toContain(verdict);
  }, 60_000);

  it("opens with the article's metadata and the summary, in Bahasa Indonesia for Indonesian readers", async () => {
    const claims = sampleClaims();
    const { text, info, markInfo } = await pdf(claims, "id");
    const article = sampleArticle();
    const all = bare(text);
    expect(all).toContain(bare(`Laporan putusan: ${article.title}`));
    for (const value of [
      "Judul",
      "Media",
      "Reuters",
      "Bahasa",
      "Indonesia",
      "Terbit",
      "28 Apr 2025, 12.00 WIB",
      "Penulis",
      article.url!,
    ])
      expect(all).toContain(bare(value));
    const s = summarise(claims);
    expect(all).toContain(bare(`Terverifikasi ${s.byVerdict.verified}`));
    expect(all).toContain(bare(`Belum diperiksa ${s.byVerdict.unreviewed}`));
    expect(all).toContain(bare(`Disetujui: ${s.signedOff} dari ${claims.length}`));
    // Numbers the Indonesian way; corrections with who, when and why.
    expect(all).toContain(bare("Angka: sekitar 14.000 tentara; sekitar 3.000 tentara"));
    expect(all).toContain(
      bare(
        "Terverifikasi → Diperdebatkan, oleh Dewi Lestari, 1 Mei 2025, 11.00 WIB: Seoul's NIS gave a lower figure on 30 April.",
      ),
    );
    // Tagged, titled and in the reader's language, for screen readers.
    expect(markInfo?.Marked).toBe(true);
    expect(info.Title).toBe(`Laporan putusan: ${article.title}`);
    expect(info.Language).toBe("id");
  }, 60_000);

  it("prints Indonesian and other non-ASCII text as written, with the embedded font", async () => {
    const claim = awkwardClaim({
      quote: "“Ini bukan ‘kebetulan’,” kata Pak Ñoño — Rp 1.500.000 untuk 3.000 prajurit; ±25 % lebih dari é/ü/ö.",
      rationale: "Baris satu.\r\nBaris dua.\tKolom.",
    });
    const { text, bytes } = await pdf([claim]);
    expect(bare(text)).toContain(bare(claim.quote));
    // Windows line ends and tabs print as line breaks and spaces, not as boxes for missing glyphs
    // (which pdf.js reads back as U+0000).
    expect(bare(text)).toContain("Barissatu.Barisdua.Kolom.");
    // eslint-disable-next-line no-control-regex -- U+0000 is how a missing glyph reads back
    expect(text).not.toMatch(/[\u0000\r\t]/);
    expect(new TextDecoder("latin1").decode(bytes)).toContain("DejaVuSans");
  }, 60_000);

  it("draws claims as they arrive when the caller supplies the summary", async () => {
    const claims = sampleClaims();
    let pulled = 0;
    async function* source() {
      for (const c of claims) {
        pulled += 1;
        yield c;
      }
    }
    const chunks = buildPdf(sampleContext(), source(), { summary: summarise(claims) })[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect(pulled).toBe(0);
    let total = (first.value as Uint8Array).byteLength;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) total += r.value.byteLength;
    expect(pulled).toBe(claims.length);
    expect(total).toBeGreaterThan(10_000);
  }, 60_000);
});
