// Exports and publishing as people use them: an editor filters to the seed article's reviewed claims
// and downloads every format from the exports page, and each file holds exactly the verdicts that were
// given; the export log shows them as completed. An editor publishes the article's report, a
// signed-out browser reads it (signed-off verdicts only, ClaimReview JSON-LD in the page, no CSP
// violation), and after unpublishing the address is a 404.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";

type Given = { key: string; verdict: "verified" | "disputed" | "contradicted"; rationale: string };

const GIVEN: Given[] = [
  { key: "nk-troops-14000", verdict: "verified", rationale: "Seoul's NIS and Kyiv give the same figure." },
  { key: "nk-unit-25-killed", verdict: "disputed", rationale: "Only Ukraine's SOF reports the 25 dead." },
  { key: "ua-denies-expulsion", verdict: "contradicted", rationale: "Russian and Korean statements contradict it." },
];
const LABEL = { verified: "Verified", disputed: "Disputed", contradicted: "Contradicted" } as const;

async function signedInPage(browser: Browser, desk: Desk, role: "editor" | "reviewer"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await desk.signInAs(page, role);
  return page;
}

/** The reviewer gives three verdicts through the API; the editor signs off the first. */
async function review(browser: Browser, desk: Desk): Promise<Page> {
  const reviewer = await signedInPage(browser, desk, "reviewer");
  for (const g of GIVEN) {
    const res = await reviewer.request.put(`/api/claims/${desk.claim(g.key).id}/verdict`, {
      data: { verdict: g.verdict, rationale: g.rationale, version: 1 },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  await reviewer.context().close();
  const editor = await signedInPage(browser, desk, "editor");
  const signed = await editor.request.post(`/api/claims/${desk.claim(GIVEN[0]!.key).id}/signoff`, {
    data: { version: 2 },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  return editor;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((it) => ("str" in it ? it.str : "")).join(" ") + "\n";
  }
  return text.replace(/\s+/g, " ");
}

test("an editor filters to the article's reviewed claims and downloads every format, each holding the verdicts given", async ({
  browser,
  desk,
}) => {
  test.setTimeout(180_000);
  const page = await review(browser, desk);
  // From the claims list filtered to the article: its filters carry over into the export form.
  await page.goto(`/claims?articleId=${desk.article.id}`);
  await page.getByRole("link", { name: "Export these claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  await expect(page.getByLabel("Article", { exact: true })).toHaveValue(desk.article.id);
  await page.getByLabel("Reviewed by").selectOption({ label: desk.users.reviewer.name });

  async function download(format: string): Promise<Buffer> {
    await page.getByLabel("Format").selectOption(format);
    const pending = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download", exact: true }).click();
    const file = await pending;
    await expect(page.getByRole("status").getByText(/^Downloaded /)).toBeVisible();
    return fs.readFileSync((await file.path())!);
  }
  const ids = new Map(GIVEN.map((g) => [desk.claim(g.key).id, g]));

  for (const [format, delimiter] of [
    ["csv", ","],
    ["csv-semicolon", ";"],
  ] as const) {
    const text = (await download(format)).toString("utf8");
    expect(text.charCodeAt(0), "byte-order mark").toBe(0xfeff);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true, delimiter });
    expect(rows.map((r) => r["Claim ID"]).sort()).toEqual([...ids.keys()].sort());
    for (const r of rows) {
      const g = ids.get(r["Claim ID"]!)!;
      expect(r.Verdict).toBe(LABEL[g.verdict]);
      expect(r.Rationale).toBe(g.rationale);
      expect(r["Reviewed by"]).toBe(desk.users.reviewer.name);
    }
  }

  const ndjson = (await download("ndjson"))
    .toString("utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(ndjson).toHaveLength(3);
  for (const row of ndjson)
    expect(row).toMatchObject({ verdict: ids.get(row.id)!.verdict, rationale: ids.get(row.id)!.rationale });
  expect(ndjson.find((r) => r.id === desk.claim(GIVEN[0]!.key).id).signedOffBy).toEqual({
    name: desk.users.editor.name,
  });

  const jsonld = JSON.parse((await download("jsonld")).toString("utf8"));
  expect(jsonld).toHaveLength(3);
  for (const g of GIVEN) {
    const review = jsonld.find((r: { claimReviewed: string }) => r.claimReviewed === desk.claim(g.key).quote);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { alternateName: LABEL[g.verdict], ratingExplanation: g.rationale },
    });
  }

  const markdown = (await download("markdown")).toString("utf8");
  for (const g of GIVEN) {
    expect(markdown).toContain(g.rationale);
    expect(markdown).toContain(`**${LABEL[g.verdict]}**`);
  }

  const pdf = await pdfText(new Uint8Array(await download("pdf")));
  for (const g of GIVEN) expect(pdf).toContain(g.rationale);
  for (const v of ["Verified", "Disputed", "Contradicted"]) expect(pdf).toContain(v);
  expect(pdf).toContain(desk.users.reviewer.name);

  // Every download is in the log, completed, with its three claims.
  await page.reload();
  const log = page.getByRole("table", { name: "Exports, newest first" });
  await expect(log.getByTestId("export-log-row")).toHaveCount(6);
  for (const row of await log.getByTestId("export-log-row").all()) {
    await expect(row).toContainText("Completed");
    // The filters in words, with names rather than ids.
    await expect(row).toContainText(`reviewed by ${desk.users.reviewer.name}`);
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
  }
});

test("an unknown format or filter value is refused with a 400 that names it", async ({ browser, desk }) => {
  const page = await signedInPage(browser, desk, "reviewer");
  const res = await page.request.get("/api/exports/claims?format=xlsx&verdict=maybe", {
    headers: { "accept-language": "en" },
  });
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.error.message).toBe("Cannot export: check format, verdict.");
  expect(Object.keys(body.error.fields).sort()).toEqual(["format", "verdict"]);
  const report = await page.request.get(`/api/articles/${desk.article.id}/report?format=docx`);
  expect(report.status()).toBe(400);
  expect((await report.json()).error.fields).toHaveProperty("format");
});

test("an editor publishes the report, a signed-out reader sees only signed-off verdicts with their JSON-LD, and unpublishing makes it a 404", async ({
  browser,
  desk,
}) => {
  const editor = await review(browser, desk);
  await editor.goto(`/articles/${desk.article.id}`);
  await editor.getByRole("link", { name: "Verdict report" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(desk.article.title);
  // The signed-in report has every claim, reviewed or not.
  await expect(editor.locator("[data-report] li[id^=claim-]")).toHaveCount(desk.claims.size);
  await editor.getByRole("button", { name: "Publish report" }).click();
  const link = editor.getByTestId("public-report-url");
  await expect(link).toBeVisible();
  const url = (await link.textContent())!;
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{24}$/);

  const reader = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  reader.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await reader.goto(url);
  expect(res?.status()).toBe(200);
  const signed = desk.claim(GIVEN[0]!.key);
  await expect(reader.locator("[data-report] li[id^=claim-]")).toHaveCount(1);
  await expect(reader.getByText(signed.quote)).toBeVisible();
  await expect(reader.getByText(desk.claim(GIVEN[1]!.key).quote)).toHaveCount(0);
  const jsonld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonld).toEqual([
    expect.objectContaining({
      "@type": "ClaimReview",
      claimReviewed: signed.quote,
      url: expect.stringContaining(`${new URL(url).pathname}#claim-${signed.id}`),
      reviewRating: expect.objectContaining({ alternateName: "Verified", ratingValue: 3 }),
    }),
  ]);
  expect(violations).toEqual([]);

  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByText("This report is not published.")).toBeVisible();
  const gone = await reader.goto(url);
  expect(gone?.status()).toBe(404);
});
