// The verdict report as a PDF, made on the server with pdfkit (no browser): the same content as the
// Markdown report, set in DejaVu Sans (embedded, subset: full Latin, so Indonesian text and the
// curly quotes and arrows of the labels print as written), tagged for screen readers (headings,
// paragraphs, tables, language), with live links. pdfkit writes each page out when the next one
// starts; the builder hands those bytes on as claims are drawn, so a reader that stops reading stops
// the drawing and the claim source with it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import { create as openFont, type Font } from "fontkit";
import { VERDICTS, type TVerdict } from "@/lib/claims/vocabulary";
import { isWebUrl, labelsFor, summarise, type Labels } from "@/lib/reports/labels";
import {
  ZReportContext,
  type TReportArticle,
  type TReportClaim,
  type TReportContext,
  type TReportContextInput,
  type ReportOptions,
  type TReportSummary,
} from "@/lib/reports/types";

const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const;
type FontStyle = keyof typeof FONT_FILES;

let fontCache: Record<FontStyle, Font> | undefined;

/**
 * The committed TTFs (lib/reports/fonts), read and parsed once per process: fontkit decodes a font's
 * tables as they are used and keeps them, so sharing one parsed font across exports makes each PDF
 * several times faster than handing pdfkit the bytes again (pdfkit accepts parsed fontkit fonts).
 */
function fonts(): Record<FontStyle, Font> {
  if (fontCache) return fontCache;
  const open = (file: string) => {
    // Beside this module in the source tree (tests, tsx); from the project root under `next start`,
    // where the module itself is bundled elsewhere.
    const candidates = [
      besideThisModule(`../fonts/${file}`),
      path.join(process.cwd(), "lib", "reports", "fonts", file),
    ].filter((p): p is string => p !== null);
    const found = candidates.find((candidate) => fs.existsSync(candidate));
    if (!found) throw new Error(`Report font ${file} not found (looked in ${candidates.join(", ")})`);
    return openFont(fs.readFileSync(found)) as Font;
  };
  fontCache = { regular: open(FONT_FILES.regular), bold: open(FONT_FILES.bold), italic: open(FONT_FILES.italic) };
  return fontCache;
}

function besideThisModule(relative: string): string | null {
  try {
    return fileURLToPath(new URL(relative, import.meta.url));
  } catch {
    return null; // a bundler gave this module a URL that is not a file
  }
}

/** pdfkit 0.20 takes a parsed fontkit font wherever it takes a font file; its type definitions lag behind. */
const asSource = (font: Font) => font as unknown as string;

// Text colours with at least 4.5:1 contrast on white; the verdict is always written out too.
const COLOURS = { text: "#1f2328", muted: "#59636e", link: "#0550ae", rule: "#d1d9e0" } as const;
const VERDICT_COLOURS: Record<TVerdict, string> = {
  verified: "#1a7f37",
  disputed: "#9a6700",
  contradicted: "#cf222e",
  unreviewed: "#59636e",
};

const MARGIN = 56;
const SIZES = { h1: 18, h2: 14, h3: 12, body: 10, small: 8.5 } as const;

type Doc = PDFKit.PDFDocument;

/** Line breaks as \n and no other control characters: a stray CR or tab would print as a box. */
// eslint-disable-next-line no-control-regex -- control characters are what we replace
const printable = (text: string) => text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");

class PdfReport {
  readonly doc: Doc;
  private readonly root: PDFKit.PDFStructureElement;
  private pageNumber = 1;

  constructor(
    private readonly ctx: TReportContext,
    private readonly l: Labels,
    private readonly title: string,
  ) {
    const f = fonts();
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      // Starting in our own font spares loading the standard Helvetica metrics at all.
      font: asSource(f.regular),
      tagged: true,
      lang: ctx.locale,
      displayTitle: true,
      pdfVersion: "1.7",
      info: {
        Title: title,
        Author: ctx.workspace.name,
        Creator: ctx.workspace.name,
        CreationDate: new Date(ctx.generatedAt),
      },
      autoFirstPage: false,
    });
    this.doc.registerFont("regular", asSource(f.regular));
    this.doc.registerFont("bold", asSource(f.bold));
    this.doc.registerFont("italic", asSource(f.italic));
    this.doc.on("pageAdded", () => this.footer());
    this.doc.addPage();
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  /** Page number and report name at the foot of every page, marked as an artifact (not read aloud as content). */
  private footer() {
    const doc = this.doc;
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(SIZES.small)
      .fillColor(COLOURS.muted)
      .text(
        `${this.ctx.workspace.name} · ${this.l.t("reports.page", { page: this.l.number(this.pageNumber++) })}`,
        MARGIN,
        doc.page.height - MARGIN / 2 - SIZES.small,
        {
          width: doc.page.width - 2 * MARGIN,
          align: "center",
          lineBreak: false,
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    doc.fillColor(COLOURS.text);
  }

  /** Starts a new page when less than `points` of the current one are left (keeps headings with their text). */
  keepTogether(points: number) {
    if (this.doc.y + points > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  text(
    type: string,
    value: string,
    options: {
      font?: FontStyle;
      size?: number;
      colour?: string;
      indent?: number;
      gap?: number;
      parent?: PDFKit.PDFStructureElement;
    } = {},
  ) {
    const doc = this.doc;
    doc
      .font(options.font ?? "regular")
      .fontSize(options.size ?? SIZES.body)
      .fillColor(options.colour ?? COLOURS.text)
      .text(printable(value), MARGIN + (options.indent ?? 0), doc.y, {
        width: doc.page.width - 2 * MARGIN - (options.indent ?? 0),
        structParent: options.parent ?? this.root,
        structType: type,
      });
    if (options.gap) doc.moveDown(options.gap);
    doc.fillColor(COLOURS.text);
  }

  /** "Label: value" on one paragraph, the label in bold. */
  field(
    label: string,
    value: string,
    parent: PDFKit.PDFStructureElement,
    options: { colour?: string; indent?: number } = {},
  ) {
    const doc = this.doc;
    const indent = options.indent ?? 0;
    const width = doc.page.width - 2 * MARGIN - indent;
    const p = doc.struct("P");
    parent.add(p);
    p.add(() => {
      doc
        .font("bold")
        .fontSize(SIZES.body)
        .fillColor(COLOURS.text)
        .text(`${printable(label)}: `, MARGIN + indent, doc.y, { width, continued: true });
      doc
        .font("regular")
        .fillColor(options.colour ?? COLOURS.text)
        .text(printable(value), { width });
    });
    p.end();
    doc.fillColor(COLOURS.text);
  }

  /** A web link shows its address too, so a printed report still says where it points. */
  link(label: string, url: string | null, parent: PDFKit.PDFStructureElement, indent = 0) {
    const doc = this.doc;
    const width = doc.page.width - 2 * MARGIN - indent;
    const p = doc.struct("P");
    parent.add(p);
    p.add(() => {
      doc.font("regular").fontSize(SIZES.body);
      if (isWebUrl(url)) {
        const linkOptions = { width, link: url, underline: true };
        if (label === url) doc.fillColor(COLOURS.link).text(url, MARGIN + indent, doc.y, linkOptions);
        else {
          doc.fillColor(COLOURS.text).text(`${printable(label)}: `, MARGIN + indent, doc.y, { width, continued: true });
          doc.fillColor(COLOURS.link).text(url, linkOptions);
        }
      } else {
        doc
          .fillColor(COLOURS.text)
          .text(printable(url ? `${label}: ${url}` : label), MARGIN + indent, doc.y, { width });
      }
    });
    p.end();
    doc.fillColor(COLOURS.text);
  }

  /** Rows of cells; a header row and a closing total row (when asked) are set in bold, web addresses link. */
  table(rows: string[][], columns: number[], options: { header?: boolean; total?: boolean } = {}) {
    const doc = this.doc;
    doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.text);
    doc.x = MARGIN;
    const cell = (text: string, row: number): PDFKit.Mixins.CellOptions => {
      if (options.header && row === 0) return { text, type: "TH", font: { src: "bold" } };
      if (options.total && row === rows.length - 1) return { text, font: { src: "bold" } };
      if (isWebUrl(text)) return { text, textColor: COLOURS.link, textOptions: { link: text, underline: true } };
      return { text };
    };
    doc.table({
      data: rows.map((row, i) => row.map((text) => cell(printable(text), i))),
      columnStyles: columns,
      defaultStyle: { border: 0.5, borderColor: COLOURS.rule, padding: [4, 6, 4, 6] },
      // pdfkit tags the table (Table/TR/TH/TD) under the given parent.
      ...({ structParent: this.root } as object),
    });
    doc.x = MARGIN;
    doc.moveDown(1);
  }

  head(article: TReportArticle | undefined) {
    const { l, ctx } = this;
    this.text("H1", this.title, { font: "bold", size: SIZES.h1, gap: 0.3 });
    this.text("P", l.t("reports.generated", { workspace: ctx.workspace.name, date: l.moment(ctx.generatedAt) }), {
      colour: COLOURS.muted,
      gap: 0.2,
    });
    if (ctx.filtersSummary)
      this.text("P", l.t("reports.filters", { filters: ctx.filtersSummary }), { colour: COLOURS.muted });
    this.doc.moveDown(1);
    if (article) {
      this.text("H2", l.t("reports.article.heading"), { font: "bold", size: SIZES.h2, gap: 0.4 });
      this.table(
        [
          [l.t("reports.article.title"), article.title],
          [l.t("reports.article.outlet"), article.outlet],
          [l.t("reports.article.url"), article.url ?? l.t("reports.article.noUrl")],
          [l.t("reports.article.language"), l.language(article.language)],
          [l.t("reports.article.published"), l.moment(article.publishedAt)],
          [l.t("reports.article.byline"), article.byline ?? l.t("common.unknown")],
        ],
        [120, 360],
      );
    }
  }

  summary(summary: TReportSummary) {
    const { l } = this;
    this.keepTogether(180);
    this.text("H2", l.t("reports.summary.heading"), { font: "bold", size: SIZES.h2, gap: 0.4 });
    this.table(
      [
        [l.t("reports.summary.verdict"), l.t("reports.summary.claims")],
        ...VERDICTS.map((v) => [l.verdict(v), l.number(summary.byVerdict[v])]),
        [l.t("reports.summary.total"), l.number(summary.total)],
      ],
      [200, 100],
      { header: true, total: true },
    );
    this.text(
      "P",
      l.t("reports.summary.signedOff", { count: l.number(summary.signedOff), total: l.number(summary.total) }),
      { gap: 1 },
    );
    this.text("H2", l.t("reports.claims.heading"), { font: "bold", size: SIZES.h2, gap: 0.5 });
  }

  claim(claim: TReportClaim, n: number, withArticle: boolean) {
    const { l, doc } = this;
    const t = l.t;
    this.keepTogether(120);
    const sect = doc.struct("Sect");
    this.root.add(sect);
    this.text("H3", t("reports.claim.heading", { n: l.number(n), claimant: claim.claimant }), {
      font: "bold",
      size: SIZES.h3,
      gap: 0.3,
      parent: sect,
    });
    this.text("BlockQuote", `“${claim.quote}”`, { font: "italic", indent: 12, gap: 0.4, parent: sect });

    if (withArticle) {
      this.field(t("reports.claim.article"), `${claim.articleTitle} (${claim.articleOutlet})`, sect);
      if (claim.articleUrl) this.link(t("reports.column.articleUrl"), claim.articleUrl, sect);
    }
    this.field(t("reports.claim.claimant"), claim.claimant, sect);
    if (claim.cue) this.field(t("reports.claim.cue"), claim.cue, sect);
    this.field(t("reports.claim.category"), l.category(claim.category), sect);
    this.field(t("reports.claim.claimedAt"), l.claimedAt(claim), sect);
    if (claim.claimedAtNote) this.field(t("reports.claim.claimedAtNote"), claim.claimedAtNote, sect);
    if (claim.quantities.length > 0)
      this.field(t("reports.claim.quantities"), claim.quantities.map(l.quantity).join("; "), sect);
    this.field(t("reports.claim.verdict"), l.verdict(claim.verdict), sect, { colour: VERDICT_COLOURS[claim.verdict] });
    if (claim.verdict !== "unreviewed" || claim.rationale)
      this.field(t("reports.claim.rationale"), claim.rationale ?? t("reports.claim.noRationale"), sect);
    if (claim.reviewer) this.field(t("reports.claim.reviewer"), claim.reviewer.name, sect);
    if (claim.reviewedAt) this.field(t("reports.claim.reviewedAt"), l.moment(claim.reviewedAt), sect);
    if (claim.reviewStatus) this.field(t("reports.claim.reviewStatus"), l.reviewStatus(claim.reviewStatus), sect);
    this.field(t("reports.claim.signedOff"), l.signedOff(claim), sect);

    if (claim.corrections.length > 0) {
      this.text("P", t("reports.claim.corrections"), { font: "bold", parent: sect });
      for (const c of claim.corrections) this.text("P", `• ${l.correction(c)}`, { indent: 12, parent: sect });
    }
    if (claim.evidence.length > 0) {
      this.text("P", t("reports.claim.evidence"), { font: "bold", parent: sect });
      for (const e of claim.evidence) {
        this.text("P", `• ${l.stance(e.stance)}: ${e.title}${e.publisher ? ` (${e.publisher})` : ""}`, {
          indent: 12,
          parent: sect,
        });
        this.link(e.url, e.url, sect, 24);
        if (e.archivedUrl) this.link(t("reports.claim.archived"), e.archivedUrl, sect, 24);
        if (e.excerpt)
          this.text("P", `“${e.excerpt}”`, { font: "italic", indent: 24, colour: COLOURS.muted, parent: sect });
      }
    } else {
      this.field(t("reports.claim.evidence"), t("reports.claim.noEvidence"), sect);
    }
    if (claim.links.length > 0) {
      this.text("P", t("reports.claim.links"), { font: "bold", parent: sect });
      for (const link of claim.links) this.text("P", `• ${l.link(link)}`, { indent: 12, parent: sect });
    }
    this.link(t("reports.claim.page"), claim.url, sect);
    sect.end();
    // A thin rule between claims.
    doc.moveDown(0.6);
    doc.markContent("Artifact", { type: "Layout" });
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(doc.page.width - MARGIN, doc.y)
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .stroke();
    doc.endMarkedContent();
    doc.moveDown(0.8);
  }

  empty() {
    this.text("P", this.l.t("reports.claims.empty"));
  }

  end() {
    this.root.end();
    this.doc.end();
  }

  /** Whatever pdfkit has written since the last call. */
  *drain(): Generator<Uint8Array> {
    let chunk: Uint8Array | null;
    while ((chunk = this.doc.read() as Uint8Array | null) !== null) yield chunk;
  }
}

/**
 * The report as PDF bytes, in pieces as pdfkit writes them. Wrap in toReadableStream for a Response,
 * or Readable.from() where a Node stream is wanted.
 */
export async function* buildPdf(
  context: TReportContextInput,
  claims: AsyncIterable<TReportClaim>,
  options: ReportOptions = {},
): AsyncGenerator<Uint8Array> {
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
  const report = new PdfReport(ctx, l, l.title(options.article));
  report.head(options.article);
  report.summary(summary);
  yield* report.drain();
  let n = 0;
  for await (const claim of source) {
    report.claim(claim, ++n, !options.article);
    yield* report.drain();
  }
  if (n === 0) report.empty();
  report.end();
  yield* report.drain();
}
