// Browser helpers shared by the intake, discovery and intake-to-search journey specs.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

export async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

export async function chooseLanguage(page: Page, language: "English" | "Bahasa Indonesia") {
  await page.getByRole("button", { name: language }).click();
  await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true");
}

/** Selects a phrase of the article text the way a reader's drag would (one run of body text). */
export async function selectText(page: Page, phrase: string) {
  await page.evaluate((p) => {
    for (const el of document.querySelectorAll("[data-seg-start]")) {
      const node = el.firstChild;
      const i = node?.nodeType === Node.TEXT_NODE ? (node.textContent ?? "").indexOf(p) : -1;
      if (node && i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + p.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
    }
    throw new Error(`not in the text: ${p}`);
  }, phrase);
}

/** Fills and submits the add-article form (English UI). */
export async function addArticle(page: Page, { title, body }: { title: string; body: string }) {
  await page.goto("/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Outlet").fill("Wire");
  await page.getByLabel("Publication date").fill("2025-04-28");
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Add article" }).click();
}

/**
 * "/" only works once the page has hydrated and its key listener is attached; a press before that goes
 * nowhere (as it would for a person on a slow connection), so press again until the box has focus.
 */
export async function pressSlashUntilFocused(page: Page, box: Locator) {
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 1000 });
  }).toPass();
}
