import { expect, openTroopsClaim, test, unique } from "./fixtures";

test("a reviewer marks the 14,000-troops claim disputed with a rationale and evidence, and it is kept", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "reviewer");
  const claimId = await openTroopsClaim(page, desk);

  const evidenceTitle = unique("Ukraine's HUR estimate");
  const evidenceUrl = `https://www.reuters.com/world/europe/${Date.now()}`;
  await page.getByLabel("Evidence URL").fill(evidenceUrl);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(evidenceTitle);
  await page.getByLabel("Stance").selectOption({ label: "Refutes" });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence-item").getByRole("link", { name: evidenceTitle })).toBeVisible();

  const rationale = unique("Only Ukrainian officials give this figure; Seoul's estimate differs.");
  await page.getByRole("radio", { name: /Disputed/ }).check();
  await page.getByLabel("Rationale").fill(rationale);
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Verdict saved" })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(page.getByTestId("verdict-current")).toContainText("Disputed");
  await expect(page.getByTestId("evidence-item").getByRole("link", { name: evidenceTitle })).toHaveAttribute(
    "href",
    evidenceUrl,
  );
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText(rationale).first()).toBeVisible();
  await expect(history.getByText(evidenceTitle).first()).toBeVisible();
  await expect(history.getByText("Rina Reviewer").first()).toBeVisible();
});

test("bad input gets a message at the field and nothing is saved", async ({ page, desk }) => {
  await desk.signInAs(page, "reviewer");
  await openTroopsClaim(page, desk);
  await page.getByLabel("Evidence URL").fill("not a url");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Something");
  await page.getByLabel("Stance").selectOption({ label: "Context" });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();

  await page.getByRole("radio", { name: /Verified/ }).check();
  await page.getByLabel("Rationale").fill("   ");
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByText("Explain the verdict: the rationale is required.")).toBeVisible();
});

test("two reviewers saving from stale pages: the second sees a conflict with the current verdict", async ({
  browser,
  desk,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await desk.signInAs(first, "reviewer");
  await desk.signInAs(second, "reviewer2");
  const claimId = await openTroopsClaim(first, desk);
  await second.goto(`/claims/${claimId}`);

  const winning = unique("First save wins");
  await first.getByRole("radio", { name: /Contradicted/ }).check();
  await first.getByLabel("Rationale").fill(winning);
  await first.getByRole("button", { name: "Save verdict" }).click();
  await expect(first.getByTestId("toast").first()).toBeVisible();

  const losing = unique("Second save from a stale page");
  await second.getByRole("radio", { name: /Verified/ }).check();
  await second.getByLabel("Rationale").fill(losing);
  await second.getByRole("button", { name: "Save verdict" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Someone else saved this claim" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(winning);
  await expect(alert).toContainText("Contradicted");
  // The loser's text is kept for them, and the stored verdict is the winner's.
  await expect(second.getByLabel("Rationale")).toHaveValue(losing);
  await first.reload();
  await expect(first.getByTestId("verdict-current")).toContainText("Contradicted");
  await expect(first.getByText(winning).first()).toBeVisible();
});
