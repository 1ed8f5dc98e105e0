import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, openTroopsClaim, test } from "./fixtures";

// WCAG 2.1 A and AA rules (labels, names, contrast, landmarks, ARIA use) on every page a reviewer uses.
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
}

async function chooseLanguage(page: Page, language: "English" | "Bahasa Indonesia") {
  await page.getByRole("button", { name: language }).click();
  await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true");
}

for (const language of ["English", "Bahasa Indonesia"] as const) {
  test(`the reviewer's pages pass the WCAG 2.1 AA checks (${language})`, async ({ page, desk }) => {
    await page.goto("/signin");
    await chooseLanguage(page, language);
    expect(await violations(page), "sign-in page").toEqual([]);

    await chooseLanguage(page, "English");
    await desk.signInAs(page, "reviewer");
    await chooseLanguage(page, language);
    expect(await violations(page), "claims list").toEqual([]);

    await openTroopsClaim(page, desk);
    expect(await violations(page), "claim page").toEqual([]);

    await page.goto("/articles");
    expect(await violations(page), "articles list").toEqual([]);
    await page.locator("main a[href^='/articles/']").first().click();
    await expect(page.locator("mark").first()).toBeVisible();
    expect(await violations(page), "article page").toEqual([]);
  });
}
