// The claims list's claimant and article filters are search-as-you-type fields (decision 0021): the
// page no longer carries every option; typing fetches a few matches.
import { test, expect } from "./fixtures";

test("claimant: type part of a name, choose a suggestion with the keyboard, and the list filters to it", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "viewer");
  // The label names the field alone (phone.spec.ts finds it by getByLabel("Claimant")).
  await expect(page.getByLabel("Claimant")).toHaveCount(1);
  const field = page.getByRole("combobox", { name: "Claimant" });
  await field.fill("korea");
  const list = page.getByRole("listbox", { name: "Suggestions" });
  // Names starting with the text come first, then by how often they occur.
  await expect(list.getByRole("option").first()).toHaveText("Korea Utara");
  await expect(list.getByRole("option", { name: "Pejabat Korea Selatan" })).toBeVisible();
  await expect(field).toHaveAttribute("aria-expanded", "true");

  await field.press("ArrowDown");
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await field.press("Enter"); // picks; does not submit yet
  await expect(field).toHaveValue("Korea Utara");
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(/\/claims$/);

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/claimant=Korea(\+|%20)Utara/);
  // Any part of the name: Korea Utara's own 2 claims and those of its party (2) and central commission (1).
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(6); // header + 5
  for (const row of (await rows.all()).slice(1)) await expect(row).toContainText("Korea Utara");
  await expect(page.getByText("Showing 5 of 5 claims").first()).toBeVisible();
});

test("article: type part of the title, click a suggestion, apply; Escape closes the list", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  const field = page.getByRole("combobox", { name: "Article" });
  await field.fill("kursk");
  const option = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option", { name: desk.article.title });
  await expect(option).toBeVisible();
  await field.press("Escape");
  await expect(option).toBeHidden();
  await expect(field).toHaveAttribute("aria-expanded", "false");

  await field.press("ArrowDown"); // opens again
  await option.click();
  await expect(field).toHaveValue(desk.article.title);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`articleId=${desk.article.id}`));
  // The page names the chosen article in the field without listing every article.
  await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue(desk.article.title);
  await expect(page.locator("select#filter-article, datalist")).toHaveCount(0);
});

test("the options endpoint answers only a signed-in member, for their own workspace", async ({
  page,
  desk,
  otherDesk,
}) => {
  const anonymous = await page.request.get("/api/filter-options?kind=claimant&q=korea");
  expect(anonymous.status()).toBe(401);
  await desk.signInAs(page, "viewer");
  const mine = await page.request.get(`/api/filter-options?kind=article&q=${encodeURIComponent("Korea Utara")}`);
  const ids = ((await mine.json()) as { data: { options: { value: string }[] } }).data.options.map((o) => o.value);
  expect(ids).toContain(desk.article.id);
  expect(ids).not.toContain(otherDesk.article.id);
});
