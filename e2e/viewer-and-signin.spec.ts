import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { expect, openTroopsClaim, test } from "./fixtures";

test("a viewer sees no verdict control, and a forged request from the viewer is refused", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  const claimId = await openTroopsClaim(page, desk);
  await expect(page.getByRole("button", { name: "Save verdict" })).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add evidence" })).toHaveCount(0);

  // The viewer's own session, straight at the API, as a hand-made request would be.
  const forged = await page.request.put(`/api/claims/${claimId}/verdict`, {
    data: { verdict: "verified", rationale: "forged by a viewer", version: 1 },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toMatchObject({
    code: "FORBIDDEN",
    message: expect.stringContaining("Viewers cannot set verdicts"),
  });
  const forgedEvidence = await page.request.post(`/api/claims/${claimId}/evidence`, {
    data: { url: "https://example.org/forged", title: "forged", stance: "supports" },
  });
  expect(forgedEvidence.status()).toBe(403);

  await page.reload();
  await expect(page.getByText("forged by a viewer")).toHaveCount(0);
});

test("a member of another workspace cannot see or change this workspace's claim", async ({
  page,
  browser,
  desk,
  otherDesk,
}) => {
  await desk.signInAs(page, "viewer");
  const claimId = await openTroopsClaim(page, desk);
  const outsider = await (await browser.newContext()).newPage();
  await otherDesk.signInAs(outsider, "editor");
  await outsider.goto(`/claims/${claimId}`);
  await expect(outsider.getByText("This claim does not exist in your workspace.")).toBeVisible();
  await expect(outsider.getByText("Pejabat Ukraina")).toHaveCount(0);
  const forged = await outsider.request.put(`/api/claims/${claimId}/verdict`, {
    data: { verdict: "verified", rationale: "from another newsroom", version: 1 },
  });
  expect(forged.status()).toBe(404);
});

test("a wrong password shows an error and does not sign in", async ({ page, desk }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(desk.users.editor.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /wrong email or password/i })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByLabel("Email")).toHaveValue(desk.users.editor.email);
  // Signing in properly afterwards works and clears the failure.
  await desk.signInAs(page, "editor");
});

test("pages need a session: signed-out visitors are sent to sign in, and the API refuses them", async ({ page }) => {
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/signin/);
  const res = await page.request.put("/api/claims/anything/verdict", {
    data: { verdict: "verified", rationale: "x", version: 1 },
  });
  expect(res.status()).toBe(401);
});

test("the language switch turns the interface to Bahasa Indonesia and is remembered", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("link", { name: "Klaim", exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Klaim", exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Claims", exact: true }).first()).toBeVisible();
});

test("the API names the wrong field for bad input from a reviewer, and nothing is saved", async ({ page, desk }) => {
  await desk.signInAs(page, "reviewer");
  const claimId = await openTroopsClaim(page, desk);
  const res = await page.request.put(`/api/claims/${claimId}/verdict`, {
    data: { verdict: "maybe", rationale: "x".repeat(5001), version: 1 },
  });
  expect(res.status()).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe("INVALID");
  expect(error.fields).toEqual({ verdict: "Choose verified, disputed or contradicted.", rationale: "Too long." });
  const unknown = await page.request.post(`/api/claims/no-such-claim/evidence`, {
    data: { url: "https://example.org/a", title: "t", stance: "context" },
  });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toBe("This claim does not exist in your workspace.");
});

test("signing out ends the session", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/signin/);
});

test("the claims list filters by category and shows counts per verdict", async ({ page, desk }) => {
  await desk.signInAs(page, "viewer");
  await page.getByLabel("Category").selectOption({ label: "Troop count" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/category=troop_count/);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Pejabat Ukraina");
  await expect(page.getByText("Showing 1 of 1 claim").first()).toBeVisible();
  // The verdict links count within the other filters: this one claim, whatever its verdict now is.
  const byVerdict = page.getByRole("navigation", { name: "Filter by verdict" });
  await expect(byVerdict.getByRole("link").first()).toContainText("1");
  await expect(byVerdict.getByRole("link", { name: /All/ })).toHaveAttribute("href", /category=troop_count/);
});

test("an account that belongs to no workspace is told so, and can sign out", async ({ page, desk }) => {
  // An account whose memberships were all removed: made directly in the test database, removed after.
  const email = `no-workspace-${Date.now()}@e2e.test`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`INSERT INTO users (id, email, name, "passwordHash") VALUES ($1, $2, 'Nadia Nomember', $3)`, [
    `e2e-${Date.now()}`,
    email,
    await hashPassword(desk.password),
  ]);
  try {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(desk.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/no-workspace/);
    await expect(page.getByText("Your account is not a member of any workspace.")).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
  } finally {
    await client.query(`DELETE FROM users WHERE email = $1`, [email]);
    await client.end();
  }
});
