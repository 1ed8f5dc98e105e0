// The one journey across intake and discovery: an editor pastes a new English wire story,
// accepts two suggested claims, creates a third claim by selecting text, links it as contradicting a
// seed claim, then finds the new claim by an English query and the linked seed claim by an Indonesian
// one, from the header search box, in the English and the Indonesian UI.
import { expect, test, unique } from "./fixtures";
import { addArticle, chooseLanguage, pressSlashUntilFocused, selectText } from "./ui-helpers";

const HOLDING = "Ukrainian units were still holding ground inside the Kursk region this week";

/** An English wire story on the North Korea / Kursk news; the reporting line makes each one a new text. */
function wireStory() {
  return [
    "KYIV, April 28 (Wire) - Ukraine's military said on Monday that 25 North Korean soldiers were killed in fighting near Sudzha.",
    "Russia's defence ministry said 3,000 more troops had arrived in the Kursk region, a claim Kyiv denied.",
    `"We will not give up a single metre," a Ukrainian commander told reporters.`,
    `${HOLDING}. ${unique("Reporting by Dana Wire")}.`,
  ].join("\n\n");
}

test("an editor pastes an English story, accepts two suggestions, claims a selection, links it as contradicting a seed claim and finds both by search in English and Indonesian", async ({
  page,
  desk,
}) => {
  const seed = desk.claim("ru-last-village-expelled");
  await desk.signInAs(page, "editor");

  // Intake: the pasted story (its language detected as English) and its suggestions.
  const title = unique("North Korean troops near Sudzha");
  await addArticle(page, { title, body: wireStory() });
  await expect(page).toHaveURL(/\/articles\/[^/]+\/suggestions$/);
  const articleUrl = page.url().replace(/\/suggestions$/, "");

  const suggestions = page.getByTestId("suggestion");
  for (const phrase of ["25 North Korean soldiers", "3,000 more troops"]) {
    const suggestion = suggestions.filter({ hasText: phrase });
    await suggestion.getByRole("button", { name: "Accept…" }).click();
    await suggestion.getByRole("button", { name: "Create claim" }).click();
    await expect(suggestion).toHaveAttribute("data-status", "accepted");
  }

  // A claim from a selected passage on the article page.
  await page.goto(articleUrl);
  const claims = page.getByRole("complementary");
  await expect(claims.getByRole("listitem")).toHaveCount(2);
  await selectText(page, HOLDING);
  await page.getByRole("button", { name: "New claim from selection" }).last().click();
  await expect(page.getByLabel("Quote")).toHaveValue(HOLDING);
  await page.getByLabel("Claimant").fill("Wire");
  await page.getByLabel("Category").selectOption({ label: "Statement" });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Claim created." })).toBeVisible();
  await expect(claims.getByRole("listitem")).toHaveCount(3);

  // Linked as contradicting the seed's (Indonesian) claim that Ukraine's troops were expelled.
  await claims.getByRole("listitem").filter({ hasText: "holding ground" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  const claimUrl = new URL(page.url()).pathname;
  const tools = page.getByTestId("link-tools");
  await tools.getByLabel("Relation").selectOption("contradicts");
  await tools.getByLabel("Find the other claim").fill("diusir dari desa");
  await tools
    .getByTestId("link-candidates")
    .getByRole("listitem")
    .filter({ hasText: "Rusia mengatakan minggu lalu" })
    .getByRole("button", { name: "Link: this claim contradicts the claim by Rusia" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Link added." })).toBeVisible();
  const linked = page.getByTestId("linked-claim");
  await expect(linked).toHaveCount(1);
  await expect(linked.locator("[data-link-type='contradicts'][data-direction='outgoing']")).toHaveText(/contradicts/);
  await expect(linked.locator(`a[href="/claims/${seed.id}"]`)).toBeVisible();

  // English: the header box ('/') finds the new claim; "hold" finds "holding" (English stemmer).
  const box = page.getByRole("searchbox", { name: "Search claims and articles" }).first();
  await page.locator("main").click({ position: { x: 1, y: 1 } });
  await pressSlashUntilFocused(page, box);
  await box.fill("Ukrainian units hold ground");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const hits = page.getByTestId("search-hit");
  const found = hits.filter({ has: page.locator(`a[href="${claimUrl}"]`) });
  await expect(found).toHaveCount(1);
  await expect(found).toContainText("Wire");
  await expect(found.locator("mark", { hasText: "holding" })).toBeVisible();

  // Indonesian UI, Indonesian query: "usir" (the root of "diusir") finds the linked seed claim.
  await chooseLanguage(page, "Bahasa Indonesia");
  const kotak = page.getByRole("searchbox", { name: "Cari klaim dan artikel" }).first();
  await kotak.fill("usir desa terakhir");
  await kotak.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "klaim cocok dengan “usir desa terakhir”" })).toBeVisible();
  const seedHit = hits.filter({ has: page.locator(`a[href="/claims/${seed.id}"]`) });
  await expect(seedHit).toHaveCount(1);
  await expect(seedHit.locator("mark", { hasText: "diusir" })).toBeVisible();
  await seedHit.locator(`a[href="/claims/${seed.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${seed.id}$`));

  // And the seed claim (which has the seed's own links too) shows the new claim the other way round.
  const back = page.getByTestId("linked-claim").filter({ has: page.locator(`a[href="${claimUrl}"]`) });
  await expect(back).toHaveCount(1);
  await expect(back.locator("[data-direction='incoming']")).toHaveText(/dibantah oleh/);
});
