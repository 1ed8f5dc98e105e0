// Claim discovery: linking claims (shown on both), full-text search from the header box in Indonesian
// and English, and the quantity tracker's table and chart; each page axe-checked in both languages.
import { createPrisma } from "../scripts/lib/prisma";
import { expect, test, type Desk } from "./fixtures";
import { chooseLanguage, pressSlashUntilFocused, violations } from "./ui-helpers";

/** An English article with one claim in the desk's workspace (removed with the desk). */
async function addEnglishArticle(desk: Desk) {
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    const quote = "The Pentagon said thousands of North Korean troops were deployed near the border.";
    const article = await prisma.article.create({
      data: {
        workspaceId: desk.workspace.id,
        title: "Pentagon on North Korean deployment",
        outlet: "Wire",
        language: "en",
        publishedAt: new Date("2025-04-29T10:00:00Z"),
        body: quote,
      },
    });
    const claim = await prisma.claim.create({
      data: {
        workspaceId: desk.workspace.id,
        articleId: article.id,
        quote,
        startOffset: 0,
        endOffset: quote.length,
        claimant: "The Pentagon",
        category: "troop_count",
      },
    });
    return { article, claim };
  } finally {
    await prisma.$disconnect();
  }
}

test("a reviewer links two claims as contradicting, and the link shows on both", async ({ page, desk }) => {
  const from = desk.claim("us-state-unsc-violation");
  const to = desk.claim("kr-criminal-act");
  await desk.signInAs(page, "reviewer");
  await page.goto(`/claims/${from.id}`);

  const tools = page.getByTestId("link-tools");
  await tools.getByLabel("Relation").selectOption("contradicts");
  await tools.getByLabel("Find the other claim").fill("tindakan kriminal");
  const candidate = tools
    .getByTestId("link-candidates")
    .getByRole("listitem")
    .filter({ hasText: "pengakuan tindakan kriminal" });
  await candidate.getByRole("button", { name: "Link: this claim contradicts the claim by Korea Selatan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link added." })).toBeVisible();

  const linked = page.getByTestId("linked-claim");
  await expect(linked).toHaveCount(1);
  await expect(linked.locator("[data-link-type='contradicts'][data-direction='outgoing']")).toHaveText(/contradicts/);
  await expect(linked.getByRole("link", { name: /pengakuan tindakan kriminal/ })).toBeVisible();
  await expect(page.locator("#history-heading ~ ol")).toContainText("Link added");
  expect(await violations(page), "claim page with a link").toEqual([]);

  // The other claim shows it the other way round, in both languages.
  await linked.getByRole("link", { name: /pengakuan tindakan kriminal/ }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${to.id}$`));
  const back = page.getByTestId("linked-claim");
  await expect(back.locator("[data-direction='incoming']")).toHaveText(/contradicted by/);
  await expect(back.getByRole("link", { name: /Departemen Luar Negeri AS menuntut/ })).toBeVisible();
  await chooseLanguage(page, "Bahasa Indonesia");
  await expect(back.locator("[data-direction='incoming']")).toHaveText(/dibantah oleh/);
  expect(await violations(page), "linked claim page (id)").toEqual([]);

  // Removed from this end: gone from both.
  await page
    .getByTestId("link-tools")
    .getByRole("button", { name: /Hapus tautan/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Tautan dihapus." })).toBeVisible();
  await expect(page.getByTestId("linked-claim")).toHaveCount(0);
  await page.goto(`/claims/${from.id}`);
  await expect(page.getByTestId("linked-claim")).toHaveCount(0);
});

test("on a phone, a suggested link (another troop figure) is linked as contradicts in one tap", async ({
  page,
  desk,
}) => {
  const troops = desk.claim("nk-troops-14000");
  const prisma = createPrisma(process.env.DATABASE_URL!);
  let other: { id: string };
  try {
    const quote = "Officials said 11,000 North Korean soldiers were sent to Russia.";
    const article = await prisma.article.create({
      data: {
        workspaceId: desk.workspace.id,
        title: "US officials on North Korean troops",
        outlet: "Wire",
        language: "en",
        publishedAt: new Date("2024-12-01T10:00:00Z"),
        body: quote,
      },
    });
    other = await prisma.claim.create({
      data: {
        workspaceId: desk.workspace.id,
        articleId: article.id,
        quote,
        startOffset: 0,
        endOffset: quote.length,
        claimant: "US officials",
        category: "troop_count",
        quantities: {
          create: [
            {
              position: 0,
              value: 11000,
              unit: "soldiers",
              qualifier: "more_than",
              text: "11,000 North Korean soldiers",
            },
          ],
        },
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await desk.signInAs(page, "reviewer");

  // The page's own response has the suggestions' heading but not the suggestions: they are searched
  // for afterwards, when the list comes into view (decision 0023).
  const html = await (await page.request.get(`/claims/${troops.id}`)).text();
  expect(html).toContain("Suggested links");
  expect(html).not.toContain('data-testid="suggested-link"');
  expect(html).not.toContain("Officials said 11,000 North Korean soldiers");

  await page.goto(`/claims/${troops.id}`);
  const list = page.getByTestId("suggested-links");
  await list.scrollIntoViewIfNeeded();
  await expect(list.locator("[aria-busy]")).toHaveAttribute("aria-busy", "false");
  const suggestion = page.getByTestId("suggested-link").filter({ hasText: "US officials" });
  await expect(suggestion).toContainText(
    "Another figure for North Korean troops sent to Russia: about 14,000 soldiers here, more than 11,000 soldiers there.",
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await suggestion.getByRole("button", { name: "Link as contradicts: the claim by US officials" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link added." })).toBeVisible();
  const linked = page.getByTestId("linked-claim").filter({ hasText: "US officials" });
  await expect(linked.locator("[data-direction='outgoing']")).toHaveText(/contradicts/);
  await expect(page.getByTestId("suggested-link").filter({ hasText: "US officials" })).toHaveCount(0);

  await page.goto(`/claims/${other.id}`);
  await expect(
    page.getByTestId("linked-claim").filter({ hasText: "Pejabat Ukraina" }).locator("[data-direction='incoming']"),
  ).toHaveText(/contradicted by/);
});

test("the claim page loads similar claims in other articles after it has rendered, with Retry when that fails", async ({
  page,
  desk,
}) => {
  const seed = desk.claim("nk-kim-decision-treaty");
  const quote =
    "Komisi Militer Pusat Partai Pekerja Korea Utara menyebut Kim Jong Un memutuskan mengerahkan pasukan berdasarkan perjanjian kemitraan strategis komprehensif dengan Presiden Rusia Vladimir Putin.";
  const prisma = createPrisma(process.env.DATABASE_URL!);
  let similar: { id: string };
  try {
    const article = await prisma.article.create({
      data: {
        workspaceId: desk.workspace.id,
        title: "Pyongyang explains the deployment",
        outlet: "Wire",
        language: "id",
        publishedAt: new Date("2025-04-29T10:00:00Z"),
        body: quote,
      },
    });
    similar = await prisma.claim.create({
      data: {
        workspaceId: desk.workspace.id,
        articleId: article.id,
        quote,
        startOffset: 0,
        endOffset: quote.length,
        claimant: "KCNA",
        category: "statement",
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  await desk.signInAs(page, "viewer");

  // The page's own response has the section's heading but not its list: the search runs afterwards.
  const html = await (await page.request.get(`/claims/${seed.id}`)).text();
  expect(html).toContain("Similar claims in other articles");
  expect(html).not.toContain(quote);

  // The first load fails the way a search that ran out of time does; Retry loads the list.
  let failures = 1;
  await page.route(`**/api/claims/${seed.id}/similar`, async (route) => {
    if (failures-- > 0)
      return route.fulfill({
        status: 503,
        json: { error: { code: "UNAVAILABLE", message: "Looking for similar claims took too long and was stopped." } },
      });
    return route.continue();
  });
  await page.goto(`/claims/${seed.id}`);
  const section = page.getByTestId("similar-claims");
  await expect(section.getByRole("heading", { name: "Similar claims in other articles" })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole("alert")).toHaveText(/took too long/);
  await section.getByRole("button", { name: "Retry" }).click();
  const found = section.getByTestId("similar-claim");
  await expect(found).toHaveCount(1);
  await expect(found.getByRole("link", { name: /Komisi Militer Pusat/ })).toHaveAttribute(
    "href",
    `/claims/${similar.id}`,
  );
  await expect(found).toContainText("KCNA");
  await expect(section.locator("[aria-busy]")).toHaveAttribute("aria-busy", "false");
  await expect(section.getByRole("status")).toHaveText("1 similar claim found.");
  expect(await violations(page), "claim page with similar claims").toEqual([]);

  await chooseLanguage(page, "Bahasa Indonesia");
  await expect(section.getByRole("heading", { name: "Klaim serupa di artikel lain" })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByTestId("similar-claim")).toHaveCount(1);
  await expect(section.getByRole("status")).toHaveText("1 klaim serupa ditemukan.");
});

test("the header search box ('/' focuses it) finds claims in Indonesian and in English", async ({ page, desk }) => {
  const english = await addEnglishArticle(desk);
  await desk.signInAs(page, "viewer");
  const box = page.getByRole("searchbox", { name: "Search claims and articles" }).first();

  await page.locator("main").click({ position: { x: 1, y: 1 } });
  await pressSlashUntilFocused(page, box);
  await box.fill("membantah");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=membantah$/);
  const hits = page.getByTestId("search-hit");
  await expect(hits.filter({ hasText: "Kyiv membantah klaim tersebut" })).toHaveCount(1);
  await expect(hits.locator("mark", { hasText: "membantah" }).first()).toBeVisible();
  // "bantah" (the root) finds the same claim: the Indonesian stemmer.
  await page.goto("/claims");
  await pressSlashUntilFocused(page, box);
  await page.keyboard.type("bantah");
  await page.keyboard.press("Enter");
  await expect(hits.filter({ hasText: "Kyiv membantah klaim tersebut" })).toHaveCount(1);

  // "/" typed into a field is just a slash.
  await box.fill("");
  await box.press("/");
  await expect(box).toHaveValue("/");

  // English: "troop" finds "troops" in the English article; numbers match exactly.
  await box.fill("troop deployed");
  await box.press("Enter");
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText("The Pentagon");
  await expect(hits.first().getByRole("link", { name: /thousands of North Korean troops/ })).toHaveAttribute(
    "href",
    `/claims/${english.claim.id}`,
  );
  await box.fill("14.000");
  await box.press("Enter");
  await expect(hits.filter({ hasText: "14.000 tentara" })).toHaveCount(1);
  expect(await violations(page), "search page").toEqual([]);

  await chooseLanguage(page, "Bahasa Indonesia");
  await expect(page.getByRole("status").filter({ hasText: "klaim cocok dengan “14.000”" })).toBeVisible();
  expect(await violations(page), "search page (id)").toEqual([]);
});

test("the quantity tracker shows the seed's troop figures in a table and a chart", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Quantities" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quantity tracker");
  await expect(page.getByTestId("quantity-name")).toHaveText("North Korean troops sent to Russia");
  const table = page.getByRole("table", { name: /Figures claimed for North Korean troops sent to Russia/ });
  const row = table.getByRole("row").filter({ hasText: "about 14,000 soldiers" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Pejabat Ukraina");
  await expect(row).toContainText(desk.article.title);
  await expect(row).toContainText("Unreviewed");
  await expect(page.getByTestId("quantity-chart").locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByTestId("quantity-chart").locator(".recharts-line-dot, .recharts-dot")).toHaveCount(1);
  expect(await violations(page), "quantity tracker").toEqual([]);

  await page.getByLabel("Quantity").selectOption("nk-reinforcements");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "about 3,000 soldiers" })).toHaveCount(1);

  await chooseLanguage(page, "Bahasa Indonesia");
  await page.goto("/quantities");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "sekitar 14.000 tentara" })).toHaveCount(1);
  expect(await violations(page), "quantity tracker (id)").toEqual([]);

  // On a phone the table scrolls inside its box; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("quantity-chart").locator("svg.recharts-surface")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
