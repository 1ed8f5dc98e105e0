// The reviewer's pages on a phone (390×844, touch): the lists read as cards with the quote or title
// as a tappable link, nothing on a page overlaps anything else, the page never scrolls sideways, the
// claims filters fold behind a keyboard-operable "Filters" button, and saving a verdict shows the
// saved verdict in the form's place with a toast that covers no field.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

/** Pairs of visible elements whose boxes cross though neither contains the other (one box per line for inline text). */
async function overlaps(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate((root) => {
    const selector =
      "a, button, input, select, textarea, label, summary, h1, h2, h3, p, dt, dd, th, td, li > span, mark, blockquote";
    const describe = (el: Element) => `${el.tagName.toLowerCase()}“${(el.textContent ?? "").trim().slice(0, 40)}”`;
    // Inside a screen-reader-only box (1 px, overflow hidden: the list's column headers on a phone) nothing is drawn.
    const readerOnly = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow === "hidden") return true;
      }
      return false;
    };
    const items = [...(document.querySelector(root) ?? document).querySelectorAll(selector)].flatMap((el) => {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return [];
      if (el.closest("[data-testid=toast]")) return [];
      if (readerOnly(el)) return [];
      // One rectangle per line box, so wrapped inline text is not taken for a large block.
      const rects = [...el.getClientRects()].filter((r) => r.width > 2 && r.height > 2);
      return rects.length ? [{ el, rects }] : [];
    });
    const found: string[] = [];
    const cross = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // A label and the control it names, and a legend's parts, are drawn together on purpose.
        if (a.el instanceof HTMLLabelElement && a.el.control === b.el) continue;
        if (b.el instanceof HTMLLabelElement && b.el.control === a.el) continue;
        if (a.rects.some((ra) => b.rects.some((rb) => cross(ra, rb))))
          found.push(`${describe(a.el)} × ${describe(b.el)}`);
      }
    }
    return found;
  }, root);
}

async function expectPhoneLayout(page: Page) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(clientWidth);
  expect(await overlaps(page)).toEqual([]);
}

/** A link a thumb can hit: on screen after scrolling to it, wide and tall enough, and the topmost thing where it is tapped. */
async function expectTappable(link: Locator) {
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeInViewport();
  const box = (await link.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.width).toBeGreaterThanOrEqual(120);
}

function boxesCross(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe("on a phone", () => {
  test.use(PHONE);

  test("the claims list is a list of cards whose quotes open the claim", async ({ page, desk }) => {
    await desk.signInAs(page, "viewer");
    const troops = desk.claim("nk-troops-14000");
    await page.goto("/claims");
    const rows = page.getByRole("table", { name: "Claims, newest first" }).getByTestId("claim-row");
    await expect(rows).toHaveCount(18);
    // Cards, not table rows: each row is a box of its own that names its fields.
    const card = rows.filter({ hasText: troops.quote });
    await expect(card).toHaveCSS("display", "grid");
    await expect(card.getByText("Claimant", { exact: true })).toBeVisible();
    await expectPhoneLayout(page);
    const quote = page.getByRole("link", { name: troops.quote });
    await expectTappable(quote);
    await expect(quote).toContainText("Korea Utara diperkirakan mengirim");
    await quote.tap();
    await expect(page).toHaveURL(new RegExp(`/claims/${troops.id}$`));
  });

  test("the claims filters fold behind a Filters button that works from the keyboard", async ({ page, desk }) => {
    await desk.signInAs(page, "viewer");
    await page.goto("/claims");
    const toggle = page.getByRole("button", { name: "Filters" });
    const claimant = page.getByLabel("Claimant");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(claimant).toBeHidden();

    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(claimant).toBeVisible();
    await expectPhoneLayout(page);
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(claimant).toBeHidden();

    await page.keyboard.press("Enter");
    await claimant.fill("ukraina");
    await claimant.press("Enter");
    await expect(page).toHaveURL(/claimant=ukraina/);
    await expect(page.getByText("Showing 3 of 3 claims").first()).toBeVisible();
    // Folded again over the results, saying a filter is on.
    await expect(page.getByRole("button", { name: "Filters" })).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByText("1 filter on")).toBeVisible();
    await expectPhoneLayout(page);
  });

  test("the articles list is a list of cards whose titles open the article", async ({ page, desk }) => {
    await desk.signInAs(page, "viewer");
    await page.goto("/articles");
    await expectPhoneLayout(page);
    const title = page.getByRole("link", { name: desk.article.title });
    await expectTappable(title);
    await title.tap();
    await expect(page).toHaveURL(new RegExp(`/articles/${desk.article.id}$`));
  });

  test("the article page reads in one column and its highlighted claims open", async ({ page, desk }) => {
    await desk.signInAs(page, "viewer");
    await page.goto(`/articles/${desk.article.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Korea Utara");
    await expectPhoneLayout(page);
    const highlight = page.locator("mark a", { hasText: "14.000 tentara" }).first();
    await highlight.scrollIntoViewIfNeeded();
    await expect(highlight).toBeInViewport();
    await highlight.tap();
    await expect(page).toHaveURL(new RegExp(`/claims/${desk.claim("nk-troops-14000").id}$`));
  });

  test("on the claim page a reviewer reads the quote, saves a verdict and sees it saved, the toast clear of every field", async ({
    page,
    desk,
  }) => {
    await desk.signInAs(page, "reviewer");
    await page.goto(`/claims/${desk.claim("nk-troops-14000").id}`);
    await expect(page.getByTestId("claim-highlight")).toBeVisible();
    await expect(page.getByTestId("claim-highlight")).toContainText("14.000 tentara");
    await expectPhoneLayout(page);
    await saveAndChangeVerdict(page, desk.users.reviewer.name, "tap");
    await expectPhoneLayout(page);
  });

  test("the header holds every nav link, the search box, the bell, the languages and the account without overlap", async ({
    page,
    desk,
  }) => {
    // An admin sees every nav item there is.
    await desk.signInAs(page, "admin");
    for (const path of ["/claims", "/notifications"]) {
      await page.goto(path);
      const header = page.getByRole("banner");
      const nav = header.getByRole("navigation", { name: "Main navigation" });
      await expect(nav.getByRole("link")).toHaveText([
        "Claims",
        "Articles",
        "My queue",
        "Desk",
        "Exports",
        "Quantities",
        "Settings",
      ]);
      await expect(header.getByRole("searchbox", { name: "Search claims and articles" })).toBeVisible();
      await expect(header.getByRole("link", { name: /^Notifications/ })).toBeVisible();
      await expect(header.getByRole("button", { name: "English" })).toBeVisible();
      await expect(header.getByRole("button", { name: "Bahasa Indonesia" })).toBeVisible();
      await expect(header.getByRole("region", { name: "Your account" })).toContainText("Ayu Admin");
      await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
      for (const link of await header.getByRole("link").all()) {
        const box = (await link.boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= 390, `${await link.textContent()} is on screen`).toBe(true);
      }
      expect(await overlaps(page, "header")).toEqual([]);
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(clientWidth);
    }
  });
});

test("on a desktop a saved verdict takes the form's place and the toast covers no field", async ({ page, desk }) => {
  await desk.signInAs(page, "reviewer");
  await page.goto(`/claims/${desk.claim("nk-troops-14000").id}`);
  await saveAndChangeVerdict(page, desk.users.reviewer.name, "click");
});

/** Save a verdict, check what replaces the form, then reopen it with "Change verdict" and cancel. */
async function saveAndChangeVerdict(page: Page, reviewerName: string, press: "tap" | "click") {
  const verdict = page.getByRole("region", { name: "Verdict" });
  const rationale = "Only Ukrainian officials give this figure; Seoul's estimate differs.";
  await verdict.getByRole("radio", { name: /Disputed/ }).check();
  await verdict.getByLabel("Rationale").fill(rationale);
  await verdict.getByRole("button", { name: "Save verdict" })[press]();

  // The saved verdict in the form's place: what, who, when, why; the form is gone, so nothing typed next lands in it.
  const saved = verdict.getByTestId("verdict-current");
  await expect(saved).toContainText("Disputed");
  await expect(saved).toContainText(reviewerName);
  await expect(saved).toContainText(rationale);
  await expect(saved.locator("time")).toHaveCount(1);
  await expect(saved).toBeFocused();
  await expect(verdict.getByRole("textbox")).toHaveCount(0);

  const toast = page.getByTestId("toast").first();
  await expect(toast).toBeVisible();
  await expect(toast).toContainText("Verdict saved");
  const toastBox = (await toast.boundingBox())!;
  for (const area of [
    saved,
    page.getByRole("region", { name: "Evidence" }).locator("input, select, textarea, button"),
  ]) {
    for (const box of await Promise.all((await area.all()).map((l) => l.boundingBox()))) {
      if (box) expect(boxesCross(toastBox, box), "the toast covers no field").toBe(false);
    }
  }

  // "Change verdict" opens the form with the saved values, focus on the chosen verdict.
  await verdict.getByRole("button", { name: "Change verdict" }).click();
  await expect(verdict.getByRole("radio", { name: /Disputed/ })).toBeChecked();
  await expect(verdict.getByRole("radio", { name: /Disputed/ })).toBeFocused();
  await expect(verdict.getByLabel("Rationale")).toHaveValue(rationale);
  await verdict.getByRole("button", { name: "Cancel" }).click();
  await expect(verdict.getByRole("button", { name: "Change verdict" })).toBeFocused();
  await expect(verdict.getByTestId("verdict-current")).toContainText(rationale);

  // And it is what the server kept.
  await page.reload();
  await expect(page.getByRole("region", { name: "Verdict" }).getByTestId("verdict-current")).toContainText(rationale);
}
