import { describe, expect, it } from "vitest";
import MarkdownIt from "markdown-it";
import { buildMarkdown, escapeMarkdown, markdownLink } from "@/lib/reports/formats/markdown";
import { summarise } from "@/lib/reports/labels";
import { collectText } from "@/lib/reports/stream";
import { awkwardClaim, fromArray, sampleArticle, sampleClaims, sampleContext } from "@/lib/reports/testing";
import type { TReportClaim } from "@/lib/reports/types";

// A CommonMark renderer stands in for whatever the reader opens the file with.
const md = new MarkdownIt({ html: true, linkify: false });

async function report(claims: TReportClaim[], locale: "en" | "id" = "en", withArticle = true) {
  const text = await collectText(
    buildMarkdown(sampleContext({ locale }), fromArray(claims), withArticle ? { article: sampleArticle() } : {}),
  );
  return { text, html: md.render(text) };
}

/** The text a reader sees: tags dropped, entities decoded, whitespace collapsed. */
function visible(html: string) {
  return html
    .replace(/<br\s*\/?>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("Markdown report", () => {
  it("holds every claim: quote, claimant, cue, category, verdict, rationale, evidence and its archive, reviewer, sign-off", async () => {
    const claims = sampleClaims();
    const { html } = await report(claims);
    const seen = visible(html);
    for (const c of claims) {
      expect(seen, c.id).toContain(squash(c.quote));
      expect(seen).toContain(c.claimant);
      if (c.cue) expect(seen).toContain(c.cue);
      if (c.rationale) expect(seen).toContain(c.rationale);
      if (c.reviewer) expect(seen).toContain(c.reviewer.name);
      if (c.signedOffBy) expect(seen).toContain(c.signedOffBy.name);
      for (const e of c.evidence) {
        expect(html).toContain(`href="${e.url}"`);
        expect(html).toContain(`href="${e.archivedUrl}"`);
        expect(seen).toContain(e.excerpt!);
      }
      expect(html).toContain(`href="${c.url}"`);
    }
    // One section per claim, numbered in order.
    expect(html.match(/<h3>/g)).toHaveLength(claims.length);
    expect(html).toContain("<h3>18. Rusia</h3>");
  });

  it("opens with the article's metadata and a summary of verdicts and sign-offs", async () => {
    const claims = sampleClaims();
    const { html } = await report(claims);
    const seen = visible(html);
    const article = sampleArticle();
    expect(html).toContain(`<h1>Verdict report: ${article.title}</h1>`);
    for (const text of [
      article.title,
      "Reuters",
      "Indonesian",
      "28 Apr 2025, 12:00 GMT+7",
      "Meja Cek Fakta, generated 29 Nov 2026, 16:30 GMT+7",
    ])
      expect(seen).toContain(text);
    expect(html).toContain(`href="${article.url}"`);
    const s = summarise(claims);
    expect(html).toContain(`<td>Verified</td>\n<td style="text-align:right">${s.byVerdict.verified}</td>`);
    expect(html).toContain(`<td>Unreviewed</td>\n<td style="text-align:right">${s.byVerdict.unreviewed}</td>`);
    expect(seen).toContain(`Signed off: ${s.signedOff} of ${claims.length}`);
  });

  it("shows quantities, dates and corrections in the reader's language", async () => {
    const troops = sampleClaims().filter((c) => c.id === "clm_nk-troops-14000");
    const id = visible((await report(troops, "id")).html);
    expect(id).toContain("Angka: sekitar 14.000 tentara; sekitar 3.000 tentara");
    expect(id).toContain("Putusan: Terverifikasi");
    expect(id).toContain(
      "Koreksi: Terverifikasi → Diperdebatkan, oleh Dewi Lestari, 1 Mei 2025, 11.00 WIB: Seoul's NIS gave a lower figure on 30 April.",
    );
    const en = visible((await report(troops, "en")).html);
    expect(en).toContain("Quantities: about 14,000 soldiers; about 3,000 soldiers");
    expect(en).toContain("Corrections: Verified → Disputed, by Dewi Lestari, 1 May 2025, 11:00 GMT+7");
  });

  it("prints what people wrote as text: no headings, links, emphasis or HTML smuggled in through a quote or rationale", async () => {
    const claim = awkwardClaim();
    const { html } = await report([claim]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain("<em>tidak</em>");
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const seen = visible(html);
    // The quote reads as written, its line break kept.
    expect(html).toContain("Dia berkata, &quot;hanya 1,5 juta&quot;; lalu<br>");
    expect(seen).toContain("menambahkan: =SUM(A1:A9) ~ *tidak* [benar](javascript:alert(1)) <script>alert(1)</script>");
    expect(seen).toContain("@kemhan_ri");
    expect(seen).toContain("-- kata juru bicara");
    expect(seen).toContain("+62 21 555: the number is a phone number. Second line | with a pipe # not a heading");
  });

  it("links only web addresses", () => {
    expect(md.renderInline(markdownLink("Sumber (arsip)", "https://example.org/a b)c"))).toBe(
      '<a href="https://example.org/a%20b)c">Sumber (arsip)</a>',
    );
    expect(md.renderInline(markdownLink("klik", "javascript:alert(1)"))).toBe("javascript:alert(1)");
    expect(md.render(escapeMarkdown("1. not a list\n# not a heading\n> not a quote\n- not an item"))).toBe(
      "<p>1. not a list<br>\n# not a heading<br>\n&gt; not a quote<br>\n- not an item</p>\n",
    );
  });

  it("names each claim's article in a report on a set of claims", async () => {
    const claims = sampleClaims().slice(0, 2);
    const { html } = await report(claims, "en", false);
    expect(html).toContain("<h1>Verdict report</h1>");
    expect(html).not.toContain("<h2>Article</h2>");
    expect(html).toContain(
      `<strong>Article:</strong> <a href="${claims[0]!.articleUrl}">${claims[0]!.articleTitle}</a>`,
    );
  });

  it("streams the claims after the head when the caller supplies the summary", async () => {
    const claims = sampleClaims();
    let pulled = 0;
    async function* source() {
      for (const c of claims) {
        pulled += 1;
        yield c;
      }
    }
    const chunks = buildMarkdown(sampleContext(), source(), { summary: summarise(claims) })[Symbol.asyncIterator]();
    await chunks.next(); // head
    await chunks.next(); // summary
    expect(pulled).toBe(0);
    await chunks.next(); // first claim
    expect(pulled).toBe(1);
  });

  it("says so when there are no claims", async () => {
    const { html } = await report([]);
    expect(html).toContain("No claims to report.");
    expect(visible(html)).toContain("Signed off: 0 of 0");
  });
});
