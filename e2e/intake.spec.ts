// Article intake (docs/decisions/0019): an editor adds an article (pasted or uploaded), reviews the
// suggested claims, creates a claim from a text selection; the same text twice points to the first.
import { expect, test, unique } from "./fixtures";
import { addArticle, selectText, violations } from "./ui-helpers";

/** A short wire story; the reporting line makes each one a new text. */
function wireStory() {
  return [
    "KYIV, April 28 (Wire) - Ukraine's military said on Monday that 25 North Korean soldiers were killed in fighting near Sudzha.",
    "Russia's defence ministry said 3,000 more troops had arrived in the Kursk region, a claim Kyiv denied.",
    `"We will not give up a single metre," a Ukrainian commander told reporters.`,
    `The weather in the region has been cold and wet for weeks. ${unique("Reporting by Dana Wire")}.`,
  ].join("\n\n");
}

test("an editor pastes a wire story, accepts two suggestions (one corrected), adds a claim from a selection; the same text again points to it", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "editor");
  await page.goto("/articles");
  await page.getByRole("link", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an article" })).toBeVisible();
  expect(await violations(page), "add-article page").toEqual([]);

  const title = unique("North Korean troops near Sudzha");
  const body = wireStory();
  await addArticle(page, { title, body });

  await expect(page).toHaveURL(/\/articles\/[^/]+\/suggestions$/);
  const articleUrl = page.url().replace(/\/suggestions$/, "");
  await expect(page.getByTestId("toast").filter({ hasText: "Article added with 3 suggested claims." })).toBeVisible();
  await expect(page.getByTestId("suggestions-progress")).toHaveText("0 of 3 decided");
  await expect(page.locator("mark[data-suggestion-id]")).toHaveCount(3);
  expect(await violations(page), "suggestions page").toEqual([]);

  // The first suggestion took the dateline into its quote and claimant: correct both, then accept.
  const casualties = page.getByTestId("suggestion").filter({ hasText: "25 North Korean soldiers" });
  await expect(casualties).toContainText("April 28 (Wire) - Ukraine's military");
  await expect(casualties).toContainText("Casualty report");
  await casualties.getByRole("button", { name: "Accept…" }).click();
  const quote = casualties.getByLabel("Quote");
  await expect(quote).toBeFocused();
  await quote.fill(
    "Ukraine's military said on Monday that 25 North Korean soldiers were killed in fighting near Sudzha.",
  );
  await casualties.getByLabel("Claimant").fill("Ukraine's military");
  await casualties.getByLabel("Attribution").fill("Ukraine's military said");
  await casualties.getByRole("button", { name: "Create claim" }).click();
  await expect(casualties).toHaveAttribute("data-status", "accepted");
  await expect(casualties).toContainText("Accepted by Eko Editor");

  const troops = page.getByTestId("suggestion").filter({ hasText: "3,000 more troops" });
  await troops.getByRole("button", { name: "Accept…" }).click();
  await expect(troops.getByLabel("Claimant")).toHaveValue("Russia's defence ministry");
  await troops.getByRole("button", { name: "Create claim" }).click();
  await expect(troops).toHaveAttribute("data-status", "accepted");
  await expect(page.getByTestId("suggestions-progress")).toHaveText("2 of 3 decided");

  // The article page lists both claims, the corrected one with its corrected claimant.
  await casualties.getByRole("link", { name: "Open the claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim by Ukraine's military" })).toBeVisible();
  await expect(page.getByText("“Ukraine's military said”")).toBeVisible();
  await page.goto(articleUrl);
  const claims = page.getByRole("complementary");
  await expect(claims.getByRole("listitem")).toHaveCount(2);
  await expect(claims).toContainText("Ukraine's military");
  await expect(claims).toContainText("Russia's defence ministry");

  // A claim from a selected passage.
  await selectText(page, "cold and wet for weeks");
  await page.getByRole("button", { name: "New claim from selection" }).last().click();
  await expect(page.getByLabel("Quote")).toHaveValue("cold and wet for weeks");
  await expect(page.getByLabel("Claimant")).toBeFocused();
  await page.getByLabel("Claimant").fill("Wire");
  await page.getByLabel("Category").selectOption({ label: "Statement" });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Claim created." })).toBeVisible();
  await expect(claims.getByRole("listitem")).toHaveCount(3);
  await expect(page.locator("mark", { hasText: "cold and wet for weeks" })).toBeVisible();
  expect(await violations(page), "article page with intake").toEqual([]);

  // The same text again, re-wrapped: refused, with the way to the article that has it.
  await addArticle(page, { title: "Same story, other headline", body: body.replace(/\n\n/g, "\n") });
  const alert = page.getByRole("alert").filter({ hasText: "This text is already in the workspace" });
  await expect(alert).toContainText(title);
  await expect(alert).toBeFocused();
  await alert.getByRole("link", { name: "Open the existing article" }).click();
  await expect(page).toHaveURL(articleUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a reviewer creates a claim with the keyboard alone, pasting the passage into the form", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "reviewer");
  await page.goto(`/articles/${desk.article.id}`);
  const action = page.getByRole("button", { name: "New claim from selection" });
  await action.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Quote")).toBeFocused();
  // Not text of the article: refused at the field.
  await page.keyboard.type("words the article never had");
  const claimant = unique("Desk source");
  await page.getByLabel("Claimant").fill(claimant);
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByText("This exact text is not in the article.")).toBeVisible();
  await expect(page.getByLabel("Quote")).toBeFocused();
  await page.getByLabel("Quote").fill("Korea Utara mengonfirmasi untuk pertama kalinya");
  await page.getByLabel("Quote").press("Tab");
  await page.getByRole("button", { name: "Create claim" }).press("Enter");
  await expect(page.getByTestId("toast").filter({ hasText: "Claim created." })).toBeVisible();
  await expect(page.getByRole("complementary").getByText(claimant, { exact: true })).toBeVisible();
});

test("an uploaded .html file shows as its text, without scripts or navigation, on a phone and in Bahasa Indonesia", async ({
  page,
  desk,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await desk.signInAs(page, "editor");
  await page.goto("/articles/new");
  const tag = unique("Geneva");
  const html = `<!doctype html><html><head><title>Talks in ${tag}</title><style>p{color:red}</style></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Talks in ${tag}</h1>
      <p>GENEVA - Kyiv&rsquo;s envoy said on Tuesday that <b>two</b> rounds of talks had <i>ended</i> without a deal.</p>
      <script>document.write("injected")</script>
      <p>Moscow&apos;s delegation said 1,500 prisoners would be exchanged &amp; returned.</p>
    </article><footer>© Wire</footer></body></html>`;
  await page
    .getByLabel("Upload a file")
    .setInputFiles({ name: "talks.html", mimeType: "text/html", buffer: Buffer.from(html) });
  const text = page.getByLabel("Article text");
  await expect(text).toHaveValue(
    `Talks in ${tag}\n\nGENEVA - Kyiv\u2019s envoy said on Tuesday that two rounds of talks had ended without a deal.\n\nMoscow's delegation said 1,500 prisoners would be exchanged & returned.`,
  );
  await expect(page.getByLabel("Headline")).toHaveValue(`Talks in ${tag}`);
  await expect(page.getByText("Read talks.html:")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const reduced = await text.inputValue();
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah artikel" })).toBeVisible();
  expect(await violations(page), "add-article page (id, phone)").toEqual([]);
  await page.getByLabel("Judul").fill(`Talks in ${tag}`);
  await page.getByLabel("Media").fill("Wire");
  await page.getByLabel("Tanggal terbit").fill("2025-04-29");
  await page.getByLabel("Teks artikel").fill(reduced);
  await page.getByRole("button", { name: "Tambah artikel" }).click();
  await expect(page).toHaveURL(/\/suggestions$/);
  await expect(page.getByTestId("suggestion").first()).toBeVisible();
  await expect(page.getByText("sudah diputuskan")).toBeVisible();
  expect(await violations(page), "suggestions page (id, phone)").toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("editing an article's text keeps a claim whose quote is gone, flagged on the article and claim pages", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "editor");
  const [, gone] = [...desk.claims.values()].sort((a, b) => b.quote.length - a.quote.length);
  await page.goto(`/articles/${desk.article.id}`);
  await page.getByRole("link", { name: "Edit the text" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  const text = page.getByRole("textbox", { name: "Article text" });
  const body = await text.inputValue();
  expect(body).toContain(gone!.quote);
  await text.fill(body.replace(gone!.quote, "This sentence was rewritten by the desk."));
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(
    page.getByTestId("toast").filter({ hasText: /Text saved\. \d+ claims moved, \d+ flagged/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/articles/${desk.article.id}$`));
  await expect(page.getByRole("complementary").getByText("Quote not found in the text").first()).toBeVisible();

  await page.goto(`/claims/${gone!.id}`);
  await expect(page.getByTestId("anchor-missing")).toContainText("The quote is no longer in the article text");
  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "Re-anchored after the article text was edited",
  );
});

test("accepting a suggestion offers the similar claims other articles already have, to avoid a duplicate", async ({
  page,
  desk,
}) => {
  const seedClaim = desk.claim("nk-confirms-deployment");
  await desk.signInAs(page, "editor");
  await addArticle(page, {
    title: unique("Pyongyang mengakui kirim pasukan"),
    body: [
      "SEOUL, 29 April (Wire) - Korea Utara mengonfirmasi untuk pertama kalinya pada hari Senin bahwa mereka telah mengirim pasukan untuk berperang bagi Rusia dalam perang di Ukraina.",
      "Kantor berita KCNA mengatakan pasukan itu membantu merebut kembali wilayah Kursk dari tentara Ukraina.",
      `Para analis di Seoul menilai pengakuan itu sebagai perubahan sikap yang penting. ${unique("Laporan oleh Dana Wire")}.`,
    ].join("\n\n"),
  });
  await expect(page).toHaveURL(/\/articles\/[^/]+\/suggestions$/);
  const suggestion = page.getByTestId("suggestion").filter({ hasText: "Korea Utara mengonfirmasi" });
  await suggestion.getByRole("button", { name: "Accept…" }).click();
  const similar = suggestion.getByTestId("similar-claim");
  await expect(similar.first()).toBeVisible();
  await expect(similar.filter({ hasText: seedClaim.quote })).toHaveCount(1);
  await expect(similar.getByRole("link", { name: seedClaim.quote })).toHaveAttribute("href", `/claims/${seedClaim.id}`);
});
