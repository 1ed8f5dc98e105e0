// The editorial workflow's lists (decision 0015): an editor bulk-assigns from the claims list, the
// reviewer works through My queue with the keyboard alone, the editor's desk counts link to the
// claims they count, a bulk assignment refused for a claim that changed names it, and reviewers get
// neither bulk controls nor the desk. Accessible (axe) in both languages and usable on a phone.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

const DAY = 86_400_000;
/** A date input's value some days ahead (the browser and this process share the machine's zone). */
function dateInput(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function signedIn(browser: Browser, desk: Desk, role: Parameters<Desk["signInAs"]>[1], phone = false) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : {},
  );
  const page = await context.newPage();
  await desk.signInAs(page, role);
  return page;
}

/** The table row of a claim on the claims list (desktop). */
const row = (page: Page, quote: string) => page.getByTestId("claim-row").filter({ hasText: quote.slice(0, 60) });

async function bulkAssign(page: Page, desk: Desk, keys: string[]) {
  const res = await page.request.post("/api/claims/bulk-assignment", {
    data: {
      claims: keys.map((k) => ({ id: desk.claim(k).id, version: 1 })),
      assigneeId: desk.users.reviewer.id,
      dueAt: new Date(Date.now() + 3 * DAY).toISOString(),
    },
  });
  expect(res.status()).toBe(200);
}

test("an editor bulk-assigns two claims; the reviewer gives both verdicts from My queue with the keyboard only", async ({
  page,
  browser,
  desk,
}) => {
  const troops = desk.claim("nk-troops-14000");
  const casualties = desk.claim("nk-unit-25-killed");
  await desk.signInAs(page, "editor");
  await expect(page.getByRole("link", { name: "Desk", exact: true })).toBeVisible();

  // Select with the keyboard: focus a row's checkbox and press Space; the mouse for the second.
  await row(page, troops.quote).getByRole("checkbox").focus();
  await page.keyboard.press("Space");
  await row(page, casualties.quote).getByRole("checkbox").check();
  const bar = page.getByRole("region", { name: "Bulk assignment" });
  await expect(bar.getByText("2 selected")).toBeVisible();
  expect(await violations(page), "claims list with the action bar").toEqual([]);

  await bar.getByLabel("Assign to").selectOption({ label: "Rina Reviewer (Reviewer)" });
  await bar.getByLabel("Due date").fill(dateInput(3));
  await bar.getByLabel("Priority").selectOption({ label: "High" });
  await bar.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "2 claims assigned to Rina Reviewer" })).toBeVisible();
  await expect(bar).toBeHidden();
  for (const c of [troops, casualties]) {
    await expect(row(page, c.quote)).toContainText("Rina Reviewer");
    await expect(row(page, c.quote)).toContainText("In review");
    await expect(row(page, c.quote)).toContainText("High");
  }

  // The reviewer: My queue, by the nav.
  const reviewer = await signedIn(browser, desk, "reviewer");
  await reviewer.getByRole("link", { name: "My queue", exact: true }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  const items = reviewer.getByTestId("queue-item");
  await expect(items).toHaveCount(2);
  await expect(reviewer.getByTestId("queue-tab-in_review")).toContainText("2");
  const first = (await items.nth(0).getByRole("link").first().textContent())!;
  const second = (await items.nth(1).getByRole("link").first().textContent())!;
  expect([first, second].sort()).toEqual([troops.quote, casualties.quote].sort());

  // ? lists the keys; Escape closes the list and the focus comes back.
  await reviewer.keyboard.press("j");
  const firstLink = items.nth(0).getByRole("link", { name: first });
  await expect(firstLink).toBeFocused();
  await reviewer.keyboard.press("?");
  const keys = reviewer.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText("Next claim");
  expect(await violations(reviewer), "queue with the keys dialog").toEqual([]);
  await reviewer.keyboard.press("Escape");
  await expect(keys).toBeHidden();
  await expect(firstLink).toBeFocused();

  // v: the verdict form under the focused claim, "Verified" chosen, the cursor in the rationale. The
  // rationale has j, k, v, d and c in it: typing is typing.
  await reviewer.keyboard.press("v");
  const form = items.nth(0).getByTestId("queue-verdict-form");
  await expect(form.getByRole("radio", { name: "Verified" })).toBeChecked();
  await expect(form.getByLabel("Rationale")).toBeFocused();
  const rationale1 = "Kyiv's JCS and Seoul's NIS give the same count; checked by desk.";
  await reviewer.keyboard.type(rationale1);
  await expect(form.getByLabel("Rationale")).toHaveValue(rationale1);
  expect(await violations(reviewer), "queue with the verdict form").toEqual([]);
  await reviewer.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Save verdict" })).toBeFocused();
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByTestId("toast").filter({ hasText: "Verdict saved" })).toBeVisible();
  await expect(items.nth(0)).toContainText("Awaiting sign-off");
  await expect(firstLink).toBeFocused();

  // j to the next claim, d for disputed, Ctrl+Enter saves from the rationale.
  await reviewer.keyboard.press("j");
  await expect(items.nth(1).getByRole("link", { name: second })).toBeFocused();
  await reviewer.keyboard.press("d");
  const form2 = items.nth(1).getByTestId("queue-verdict-form");
  await expect(form2.getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(form2.getByLabel("Rationale")).toBeFocused();
  await reviewer.keyboard.type("Only one side's video; no independent count.");
  await reviewer.keyboard.press("Control+Enter");
  await expect(items.nth(1)).toContainText("Awaiting sign-off");
  await expect(reviewer.getByTestId("queue-tab-awaiting_signoff")).toContainText("2");

  // k back to the first, Enter opens it.
  await reviewer.keyboard.press("k");
  await expect(firstLink).toBeFocused();
  await reviewer.keyboard.press("Enter");
  await expect(reviewer).toHaveURL(/\/claims\/[^/?]+$/);

  // The editor filters the list by review status: both are awaiting sign-off, with their verdicts.
  await page.goto("/claims");
  await page.getByLabel("Review status").selectOption({ label: "Awaiting sign-off" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=awaiting_signoff/);
  await expect(page.getByTestId("claim-row")).toHaveCount(2);
  await expect(row(page, first)).toContainText("Verified");
  await expect(row(page, second)).toContainText("Disputed");
});

test("the desk's numbers open the claims they count", async ({ page, desk }) => {
  await desk.signInAs(page, "editor");
  await bulkAssign(page, desk, ["nk-troops-14000", "nk-unit-25-killed"]);
  // One of them falls behind: its due date passes.
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    await prisma.claim.update({
      where: { id: desk.claim("nk-unit-25-killed").id },
      data: { dueAt: new Date(Date.now() - 3_600_000) },
    });
  } finally {
    await prisma.$disconnect();
  }

  await page.getByRole("link", { name: "Desk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor's desk" })).toBeVisible();
  expect(await violations(page), "desk").toEqual([]);

  const rina = page.getByTestId("desk-person").filter({ hasText: "Rina Reviewer" });
  await expect(rina.getByTestId("desk-open")).toHaveText("2");
  await expect(rina.getByTestId("desk-overdue")).toHaveText("1");
  await rina.getByTestId("desk-open").click();
  await expect(page).toHaveURL(new RegExp(`/claims\\?active=1&assignee=${desk.users.reviewer.id}$`));
  await expect(page.getByTestId("claim-row")).toHaveCount(2);
  await expect(page.getByText("Showing 2 of 2 claims").first()).toBeVisible();

  await page.goBack();
  await page.getByTestId("desk-person").filter({ hasText: "Rina Reviewer" }).getByTestId("desk-overdue").click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByTestId("claim-row")).toHaveCount(1);
  await expect(row(page, desk.claim("nk-unit-25-killed").quote)).toContainText("Overdue");
  await expect(page.getByLabel("Overdue only")).toBeChecked();

  await page.goBack();
  const article = page.getByTestId("desk-article").filter({ hasText: desk.article.title });
  await article.getByRole("link", { name: /^In review\s*2$/ }).click();
  await expect(page).toHaveURL(new RegExp(`articleId=${desk.article.id}&status=in_review`));
  await expect(page.getByTestId("claim-row")).toHaveCount(2);

  await page.goBack();
  await page
    .getByTestId("desk-article")
    .filter({ hasText: desk.article.title })
    .getByRole("link", { name: /Unreviewed\s*18$/ })
    .click();
  await expect(page).toHaveURL(/verdict=unreviewed/);
  await expect(page.getByTestId("claim-row")).toHaveCount(18);
});

test("a bulk assignment refused because a claim changed says which one, and goes through once looked at", async ({
  page,
  browser,
  desk,
}) => {
  const troops = desk.claim("nk-troops-14000");
  const casualties = desk.claim("nk-unit-25-killed");
  await desk.signInAs(page, "editor");
  await row(page, troops.quote).getByRole("checkbox").check();
  await row(page, casualties.quote).getByRole("checkbox").check();

  // Meanwhile another editor gives one of them to someone else.
  const other = await signedIn(browser, desk, "editor2");
  const res = await other.request.put(`/api/claims/${casualties.id}/assignment`, {
    data: { version: 1, assigneeId: desk.users.reviewer2.id },
  });
  expect(res.status()).toBe(200);

  const bar = page.getByRole("region", { name: "Bulk assignment" });
  await bar.getByLabel("Assign to").selectOption({ label: "Rina Reviewer (Reviewer)" });
  await bar.getByRole("button", { name: "Assign", exact: true }).click();
  const problem = bar.getByRole("alert");
  await expect(problem).toContainText("1 of the selected claims changed after you loaded the page");
  await expect(problem).toContainText(casualties.quote);
  await expect(problem).toContainText("Eva Editor");
  await expect(problem).not.toContainText(troops.quote);
  await expect(problem).toBeFocused();
  // Nothing was assigned, and the list shows the change.
  await expect(row(page, casualties.quote)).toContainText("Raka Reviewer");
  await expect(row(page, troops.quote)).toContainText("Unassigned");

  // The selection stays; a second try, now at the versions shown, assigns both.
  await expect(bar.getByText("2 selected")).toBeVisible();
  await bar.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "2 claims assigned to Rina Reviewer" })).toBeVisible();
  await expect(row(page, casualties.quote)).toContainText("Rina Reviewer");
  await expect(row(page, troops.quote)).toContainText("Rina Reviewer");

  // And back: unassign both at once.
  await row(page, troops.quote).getByRole("checkbox").check();
  await row(page, casualties.quote).getByRole("checkbox").check();
  await bar.getByRole("button", { name: "Unassign" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "2 claims unassigned" })).toBeVisible();
  await expect(row(page, casualties.quote)).toContainText("Unassigned");
  await expect(row(page, troops.quote)).toContainText("Open");
});

test("a reviewer sees no bulk controls and is refused the desk", async ({ page, desk }) => {
  await desk.signInAs(page, "reviewer");
  await expect(page.getByTestId("claim-row").first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Select all on this page" })).toHaveCount(0);
  await expect(page.getByTestId("select-claim")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "My queue", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Desk", exact: true })).toHaveCount(0);
  await page.goto("/desk");
  await expect(page.getByTestId("desk-refused")).toHaveText("Only editors and admins can see the editor's desk.");
  await expect(page.getByRole("heading", { name: "Workload" })).toHaveCount(0);
});

test("in Bahasa Indonesia and on a phone: queue, desk and bulk assignment read and work", async ({ browser, desk }) => {
  const editor = await signedIn(browser, desk, "editor", true);
  await editor.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(editor.getByRole("button", { name: "Bahasa Indonesia" })).toHaveAttribute("aria-pressed", "true");

  // Cards on a phone: "select all" above them, a checkbox on each, the bar within the screen.
  const cards = editor.getByTestId("claim-row");
  await expect(cards.first()).toHaveCSS("display", "grid");
  await cards
    .filter({ hasText: desk.claim("nk-troops-14000").quote })
    .getByRole("checkbox")
    .check();
  const bar = editor.getByRole("region", { name: "Penugasan sekaligus" });
  await expect(bar.getByText("1 dipilih")).toBeVisible();
  await editor.getByRole("checkbox", { name: "Pilih semua di halaman ini" }).check();
  await expect(bar.getByText("18 dipilih")).toBeVisible();
  await expectNoSidewaysScroll(editor);
  expect(await violations(editor), "claims list, Indonesian, phone").toEqual([]);
  await bar.getByLabel("Tugaskan kepada").selectOption({ label: "Rina Reviewer (Pemeriksa)" });
  await bar.getByRole("button", { name: "Tugaskan", exact: true }).click();
  await expect(
    editor.getByTestId("toast").filter({ hasText: "18 klaim ditugaskan kepada Rina Reviewer" }),
  ).toBeVisible();

  await editor.goto("/desk");
  await expect(editor.getByRole("heading", { level: 1, name: "Meja redaksi" })).toBeVisible();
  await expect(
    editor.getByTestId("desk-person").filter({ hasText: "Rina Reviewer" }).getByTestId("desk-open"),
  ).toHaveText("18");
  await expectNoSidewaysScroll(editor);
  expect(await violations(editor), "desk, Indonesian, phone").toEqual([]);

  const reviewer = await signedIn(browser, desk, "reviewer", true);
  await reviewer.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(reviewer.getByRole("button", { name: "Bahasa Indonesia" })).toHaveAttribute("aria-pressed", "true");
  await reviewer.goto("/queue");
  await expect(reviewer.getByRole("heading", { level: 1, name: "Antrean saya" })).toBeVisible();
  await expect(reviewer.getByTestId("queue-item")).toHaveCount(18);
  await reviewer.getByRole("button", { name: "Pintasan papan ketik" }).click();
  await expect(reviewer.getByRole("dialog", { name: "Pintasan papan ketik" })).toContainText("Klaim berikutnya");
  await reviewer.getByRole("button", { name: "Tutup" }).click();
  await expectNoSidewaysScroll(reviewer);
  expect(await violations(reviewer), "queue, Indonesian, phone").toEqual([]);
});

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(clientWidth);
}
