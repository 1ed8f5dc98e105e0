import { expect, type Page } from "@playwright/test";

// Demo accounts seeded by `npm test` (same as the README's local credentials).
export const PASSWORD = "factcheck-demo";
export const USERS = {
  reviewer: "reviewer@demo.test",
  reviewer2: "reviewer2@demo.test",
  viewer: "viewer@demo.test",
  editor: "editor@demo.test",
  other: "editor@other.test",
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims/);
}

/** Opens the seed article from the articles list and follows the highlighted 14,000-troops claim. */
export async function openTroopsClaim(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: /Korea Utara Konfirmasi Kirim Pasukan/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Korea Utara");
  await page.locator("mark a", { hasText: "14.000 tentara" }).first().click();
  await expect(page).toHaveURL(/\/claims\/[^/?]+$/);
  await expect(page.getByText("Pejabat Ukraina").first()).toBeVisible();
  return page.url().split("/claims/")[1];
}

export function unique(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
