// Playwright fixtures. `desk` is a workspace of the test's own (see desk.ts), created before the test
// and removed after it; `otherDesk` is a second one, for tests about isolation between newsrooms.
import { test as base, expect, type Page } from "@playwright/test";
import { createDesk, removeDesk, type DeskData, type DeskRole } from "./desk";

export { expect };

export type Desk = DeskData & {
  /** Signs in as this desk's member with the given role and waits to land on the claims list. */
  signInAs(page: Page, role: DeskRole): Promise<void>;
  /** A seed claim by its key in seeds/korea-utara-kursk.json; throws on an unknown key. */
  claim(key: string): { id: string; quote: string };
};

function withHelpers(data: DeskData): Desk {
  return {
    ...data,
    async signInAs(page, role) {
      await signIn(page, data.users[role].email, data.password);
    },
    claim(key) {
      const c = data.claims.get(key);
      if (!c) throw new Error(`No seed claim with key ${key}`);
      return c;
    },
  };
}

export const test = base.extend<{ desk: Desk; otherDesk: Desk }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  desk: async ({}, use) => {
    const data = await createDesk();
    await use(withHelpers(data));
    await removeDesk(data);
  },
  // eslint-disable-next-line no-empty-pattern
  otherDesk: async ({}, use) => {
    const data = await createDesk();
    await use(withHelpers(data));
    await removeDesk(data);
  },
});

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims/);
}

/** Opens the desk's article from the articles list and follows the highlighted 14,000-troops claim. */
export async function openTroopsClaim(page: Page, desk: Desk) {
  await page.goto("/articles");
  await page.getByRole("link", { name: desk.article.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Korea Utara");
  await page.locator("mark a", { hasText: "14.000 tentara" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/claims/${desk.claim("nk-troops-14000").id}$`));
  await expect(page.getByText("Pejabat Ukraina").first()).toBeVisible();
  return desk.claim("nk-troops-14000").id;
}

export function unique(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
