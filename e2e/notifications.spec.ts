// Notifications as a reviewer meets them: the header's bell picks up new ones by itself (no reload),
// the list says what happened and links to the claim, and they can be marked read one by one or all
// at once. "Due within a day" reminders are created when the count is read. The page passes WCAG 2.1
// AA checks on a phone in both languages.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
/** The bell polls every 15 s; one poll, with room for a loaded machine. */
const POLL = { timeout: 30_000 };

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function signedIn(browser: Browser, desk: Desk, role: Parameters<Desk["signInAs"]>[1]) {
  const page = await (await browser.newContext()).newPage();
  await desk.signInAs(page, role);
  return page;
}

/** The editor assigns a claim to the reviewer through the API, as the claim page does. */
async function assign(editor: Page, claimId: string, assigneeId: string, dueAt?: Date) {
  const res = await editor.request.put(`/api/claims/${claimId}/assignment`, {
    data: { version: 1, assigneeId, priority: "normal", ...(dueAt ? { dueAt: dueAt.toISOString() } : {}) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

test("rendering a page writes nothing: the header only reads the count, and the bell's poll delivers a due-soon reminder", async ({
  page,
  browser,
  desk,
}) => {
  await desk.signInAs(page, "reviewer");
  const editor = await signedIn(browser, desk, "editor");
  const troops = desk.claim("nk-troops-14000");
  await assign(editor, troops.id, desk.users.reviewer.id, new Date(Date.now() + 6 * 3600_000));
  const kinds = async () => {
    const res = await page.request.get("/api/notifications");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { data: { notifications: { kind: string }[] } };
    return body.data.notifications.map((n) => n.kind).sort();
  };

  // Pages fetched as documents (no script runs, so the bell does not poll): a list, a claim, a 404.
  for (const path of ["/claims", `/claims/${troops.id}`, "/no-such-page"]) {
    const res = await page.request.get(path);
    expect(await res.text()).toContain("Notifications, 1 unread");
  }
  expect(await kinds(), "no page render delivered the reminder").toEqual(["assigned"]);

  // What the bell asks every 15 s delivers it.
  const count = await page.request.get("/api/notifications/unread-count");
  expect(((await count.json()) as { data: { count: number } }).data.count).toBe(2);
  expect(await kinds()).toEqual(["assigned", "due_soon"]);
});

test("a reviewer sees new notifications in the header without reloading, follows one, marks one and then all read", async ({
  page,
  browser,
  desk,
}) => {
  test.setTimeout(120_000);
  const troops = desk.claim("nk-troops-14000");
  const casualties = desk.claim("nk-unit-25-killed");
  const deployment = desk.claim("nk-confirms-deployment");

  await desk.signInAs(page, "reviewer");
  const bell = page.getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");

  const editor = await signedIn(browser, desk, "editor");
  await assign(editor, troops.id, desk.users.reviewer.id, new Date(Date.now() + 6 * 3600_000));
  await assign(editor, casualties.id, desk.users.reviewer.id);
  await assign(editor, deployment.id, desk.users.reviewer.id);

  // No reload: the bell asks on its own. Three assignments, and the troops claim is due within a day,
  // so reading the count also delivered its reminder.
  await expect(bell).toHaveAccessibleName("Notifications, 4 unread", POLL);
  await expect(bell).toHaveText("4");
  await expect(page.getByRole("status").filter({ hasText: "You have 4 unread notifications." })).toBeAttached();

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(4);
  await expect(page.locator("[data-testid=notification][data-unread]")).toHaveCount(4);
  const reminder = items.filter({ hasText: "A claim assigned to you is due within a day" });
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText(/Due \d/);
  await expect(reminder.getByRole("link")).toHaveAttribute("href", `/claims/${troops.id}`);
  await expect(items.filter({ hasText: "Eko Editor assigned you a claim" })).toHaveCount(3);

  // Following a notification opens its claim and counts as reading it.
  const casualtiesItem = items.filter({ has: page.locator(`a[href="/claims/${casualties.id}"]`) });
  await casualtiesItem.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/claims/${casualties.id}$`));
  await expect(bell).toHaveAccessibleName("Notifications, 3 unread");
  await bell.click();
  await expect(page.locator("[data-testid=notification][data-unread]")).toHaveCount(3);
  await expect(items.filter({ has: page.locator(`a[href="/claims/${casualties.id}"]`) })).not.toHaveAttribute(
    "data-unread",
    "true",
  );

  // One by one.
  const deploymentItem = items.filter({ has: page.locator(`a[href="/claims/${deployment.id}"]`) });
  await deploymentItem.getByRole("button", { name: /^Mark as read/ }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Marked as read." })).toBeVisible();
  await expect(deploymentItem.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await expect(deploymentItem.getByRole("link")).toBeFocused();
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");

  // All at once.
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "All notifications marked as read." })).toBeVisible();
  await expect(page.locator("[data-testid=notification][data-unread]")).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications");
  await page.getByRole("link", { name: "Unread only" }).click();
  await expect(page.getByText("You are all caught up.")).toBeVisible();

  // The reminder is made once per claim and due date: asking again makes no new one.
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications");
});

test("changes requested shows the editor's note, and another person's notifications are not one's own", async ({
  page,
  browser,
  desk,
}) => {
  const troops = desk.claim("nk-troops-14000");
  const editor = await signedIn(browser, desk, "editor");
  await assign(editor, troops.id, desk.users.reviewer.id);
  await desk.signInAs(page, "reviewer");
  const verdict = await page.request.put(`/api/claims/${troops.id}/verdict`, {
    data: { verdict: "disputed", rationale: "Only one source, and it is a party to the conflict.", version: 2 },
  });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const version = (await verdict.json()).data.version as number;
  const changes = await editor.request.post(`/api/claims/${troops.id}/changes`, {
    data: { version, note: "Add the ministry's own statement as evidence." },
  });
  expect(changes.status(), await changes.text()).toBe(200);

  await page.goto("/notifications");
  const item = page.getByTestId("notification").filter({ hasText: "Eko Editor requested changes to your verdict" });
  await expect(item).toContainText("Note: Add the ministry's own statement as evidence.");

  // The second reviewer has none of these.
  const other = await signedIn(browser, desk, "reviewer2");
  await other.goto("/notifications");
  await expect(other.getByText("You have no notifications.")).toBeVisible();
  await expect(other.getByRole("link", { name: "Notifications" })).toHaveAccessibleName("Notifications");
});

for (const language of ["English", "Bahasa Indonesia"] as const) {
  test(`the notifications page passes the WCAG 2.1 AA checks on a phone (${language})`, async ({ browser, desk }) => {
    const editor = await signedIn(browser, desk, "editor");
    await assign(editor, desk.claim("nk-troops-14000").id, desk.users.reviewer.id, new Date(Date.now() + 3600_000));
    await assign(editor, desk.claim("nk-unit-25-killed").id, desk.users.reviewer.id);

    const page = await (await browser.newContext(PHONE)).newPage();
    await desk.signInAs(page, "reviewer");
    await page.getByRole("button", { name: language }).click();
    await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true");
    const bell = page.getByTestId("notification-bell");
    // Two assignments from the page; the due-soon reminder with the bell's first poll.
    await expect(bell).toHaveText("3", POLL);
    expect(await violations(page), "header with the bell").toEqual([]);
    await bell.click();
    await expect(page.getByTestId("notification")).toHaveCount(3);
    expect(await violations(page), "notifications page").toEqual([]);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(clientWidth);
    // Marking read is within a thumb's reach: on screen and large enough to tap.
    const mark = page.getByTestId("notification").first().getByRole("button");
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
}
