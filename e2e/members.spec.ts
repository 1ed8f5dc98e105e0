// Members admin and invitations, as an admin and the people they invite use them: an invitation link
// shown once and joined through, role changes, the last admin kept, deactivation ending a session at
// once and listing what is left to reassign; the pages pass WCAG 2.1 AA checks on a phone in both languages.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test, unique, type Desk } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function noSidewaysScroll(page: Page) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(clientWidth);
}

async function signedIn(browser: Browser, desk: Desk, role: Parameters<Desk["signInAs"]>[1]) {
  const page = await (await browser.newContext()).newPage();
  await desk.signInAs(page, role);
  return page;
}

/** Removes accounts a test created by joining (the desk removes only its own members). */
async function removeAccounts(emails: string[]) {
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    await prisma.user.deleteMany({ where: { email: { in: emails } } });
  } finally {
    await prisma.$disconnect();
  }
}

function member(page: Page, name: string) {
  return page.getByTestId("member").filter({ has: page.getByText(name, { exact: true }) });
}

async function createInvitation(page: Page, role: string, days = 7) {
  const panel = page.getByRole("region", { name: "Invitation links" });
  await panel.getByRole("combobox", { name: /^Role/ }).selectOption({ label: role });
  await panel.getByLabel("Valid for (days)").fill(String(days));
  const shown = panel.getByLabel("Invitation link");
  const previous = (await shown.count()) > 0 ? await shown.inputValue() : null;
  await panel.getByRole("button", { name: "Create invitation link" }).click();
  await expect(panel.getByText("Copy this link now: it is shown only once.")).toBeVisible();
  if (previous) await expect(shown).not.toHaveValue(previous);
  const link = await shown.inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return new URL(link).pathname;
}

test("an admin invites a member by link, who joins through it and lands signed in", async ({ page, browser, desk }) => {
  const email = `joiner-${Date.now().toString(36)}@e2e.test`;
  const name = unique("Nadia Newcomer");
  try {
    await desk.signInAs(page, "admin");
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings\/members$/);
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    const path = await createInvitation(page, "Editor", 3);
    const invitation = page.getByTestId("invitation").first();
    await expect(invitation).toContainText("Waiting");
    await expect(invitation).toContainText("Editor");
    await expect(invitation).toContainText("Anyone with the link");

    // The invited person, signed out, in a browser of their own.
    const guest = await (await browser.newContext()).newPage();
    await guest.goto(path);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Join ${desk.workspace.name}`);
    await expect(guest.getByText("You have been invited as Editor.")).toBeVisible();
    // A short password is refused at its field, and nothing is spent.
    await guest.getByLabel("Your name").fill(name);
    await guest.getByLabel("Email").fill(email);
    await guest.getByLabel("Choose a password").fill("too-short");
    await guest.getByRole("button", { name: "Create account and join" }).click();
    await expect(guest.getByLabel("Choose a password")).toHaveAccessibleDescription("Use at least 12 characters.");
    await expect(guest.getByLabel("Choose a password")).toBeFocused();
    await guest.getByLabel("Choose a password").fill("a long enough passphrase");
    await guest.getByRole("button", { name: "Create account and join" }).click();
    await expect(guest).toHaveURL(/\/claims$/);
    await expect(guest.getByRole("region", { name: "Your account" })).toContainText(name);
    await expect(guest.getByRole("region", { name: "Your account" })).toContainText(`Editor · ${desk.workspace.name}`);

    // The link worked once: opened again, it says so.
    await guest.goto(path);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
    await expect(
      guest.getByText("This invitation link has already been used. Ask an admin for a new one."),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("invitation").first()).toContainText("Used");
    await expect(page.getByTestId("invitation").first()).toContainText(`Used by ${name}`);
    await expect(member(page, name)).toContainText("Editor · Active");
  } finally {
    await removeAccounts([email]);
  }
});

test("someone signed in with an account elsewhere joins with one click and lands in the new workspace", async ({
  page,
  browser,
  desk,
  otherDesk,
}) => {
  await desk.signInAs(page, "admin");
  await page.goto("/settings/members");
  const path = await createInvitation(page, "Reviewer");

  const outsider = await (await browser.newContext()).newPage();
  await otherDesk.signInAs(outsider, "viewer");
  await outsider.goto(path);
  await expect(outsider.getByText(`You are signed in as ${otherDesk.users.viewer.email}.`)).toBeVisible();
  await expect(outsider.getByLabel("Choose a password")).toHaveCount(0);
  await outsider.getByRole("button", { name: "Join the workspace" }).click();
  await expect(outsider).toHaveURL(/\/claims$/);
  // Now in two workspaces, with the one just joined current.
  await expect(outsider.getByLabel("Workspace")).toHaveValue(desk.workspace.slug);
  await expect(outsider.getByRole("region", { name: "Your account" })).toContainText("Reviewer");

  await page.reload();
  // Both desks have a "Vina Viewer": this one is known by her email.
  await expect(page.getByTestId("member").filter({ hasText: otherDesk.users.viewer.email })).toContainText(
    "Reviewer · Active",
  );
});

test("a revoked link, an expired one and an unknown one each get a page saying so", async ({ page, browser, desk }) => {
  await desk.signInAs(page, "admin");
  await page.goto("/settings/members");
  const path = await createInvitation(page, "Reviewer");
  await page.getByRole("button", { name: /^Revoke the Reviewer invitation/ }).click();
  await expect(page.getByTestId("invitation").first()).toContainText("Revoked");
  await expect(page.getByRole("button", { name: /^Revoke the Reviewer invitation/ })).toHaveCount(0);

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(path);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
  await expect(guest.getByText("This invitation link was revoked. Ask an admin for a new one.")).toBeVisible();
  await expect(guest.getByRole("button", { name: "Create account and join" })).toHaveCount(0);

  const expiredPath = await createInvitation(page, "Viewer", 1);
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    await prisma.invitation.updateMany({
      where: { workspaceId: desk.workspace.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
  } finally {
    await prisma.$disconnect();
  }
  await guest.goto(expiredPath);
  await expect(guest.getByText("This invitation link has expired. Ask an admin for a new one.")).toBeVisible();

  const unknown = await guest.goto(`/invite/${"x".repeat(43)}`);
  expect(unknown?.status()).toBe(404);
});

test("an admin changes a role, and the last admin's demotion is refused with its message", async ({ page, desk }) => {
  await desk.signInAs(page, "admin");
  await page.goto("/settings/members");

  const raka = member(page, "Raka Reviewer");
  await raka.getByLabel("Role of Raka Reviewer").selectOption({ label: "Editor" });
  await raka.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Raka Reviewer is now Editor." })).toBeVisible();
  await expect(raka).toContainText("Editor · Active");
  await page.reload();
  await expect(member(page, "Raka Reviewer")).toContainText("Editor · Active");

  // Ayu is the desk's only admin: the server refuses, and the page says why, at her row.
  const ayu = member(page, "Ayu Admin");
  await ayu.getByLabel("Role of Ayu Admin").selectOption({ label: "Reviewer" });
  await ayu.getByRole("button", { name: "Change role" }).click();
  await expect(ayu.getByRole("alert")).toHaveText(
    "The workspace must keep at least one active admin. Make someone else admin first.",
  );
  await ayu.getByRole("button", { name: "Deactivate Ayu Admin" }).click();
  await ayu.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(ayu.getByRole("alert")).toHaveText(
    "The workspace must keep at least one active admin. Make someone else admin first.",
  );
  await page.reload();
  await expect(member(page, "Ayu Admin")).toContainText("Admin · Active");

  // A non-admin is told the page is not theirs, and has no settings link.
  const editor = await (await page.context().browser()!.newContext()).newPage();
  await desk.signInAs(editor, "editor");
  await expect(editor.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await editor.goto("/settings/members");
  await expect(editor.getByText("Only admins can manage members.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Change role" })).toHaveCount(0);
});

test("deactivating a member ends their open session at once and lists their open assignments", async ({
  page,
  browser,
  desk,
}) => {
  const troops = desk.claim("nk-troops-14000");
  const editor = await signedIn(browser, desk, "editor");
  const assigned = await editor.request.put(`/api/claims/${troops.id}/assignment`, {
    data: { version: 1, assigneeId: desk.users.reviewer.id, priority: "high" },
  });
  expect(assigned.status()).toBe(200);

  const reviewer = await signedIn(browser, desk, "reviewer");
  await expect(reviewer.getByRole("region", { name: "Your account" })).toContainText("Rina Reviewer");

  await desk.signInAs(page, "admin");
  await page.goto("/settings/members");
  const rina = member(page, "Rina Reviewer");
  await expect(rina).toContainText("Open assignments: 1");
  await rina.getByRole("button", { name: "Deactivate Rina Reviewer" }).click();
  await expect(rina.getByText(/They are signed out at once/)).toBeVisible();
  await rina.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(
    page.getByTestId("toast").filter({ hasText: "Rina Reviewer was deactivated and signed out." }),
  ).toBeVisible();

  const reassign = page.getByTestId("reassign");
  await expect(reassign.getByRole("heading", { name: "Claims still assigned to Rina Reviewer" })).toBeFocused();
  await expect(reassign.getByRole("link", { name: `“${troops.quote}”` })).toHaveAttribute(
    "href",
    `/claims/${troops.id}`,
  );
  await expect(reassign.getByRole("link", { name: "Open the claims list for Rina Reviewer" })).toHaveAttribute(
    "href",
    `/claims?assignee=${desk.users.reviewer.id}`,
  );
  await expect(member(page, "Rina Reviewer")).toContainText("Reviewer · Deactivated");

  // Her open session ended: the next page she asks for sends her to sign in.
  await reviewer.goto("/claims");
  await expect(reviewer).toHaveURL(/\/signin/);
  // Signing in again does not reach the workspace.
  await reviewer.getByLabel("Email").fill(desk.users.reviewer.email);
  await reviewer.getByLabel("Password").fill(desk.password);
  await reviewer.getByRole("button", { name: "Sign in" }).click();
  await expect(reviewer).toHaveURL(/\/no-workspace$/);
  await reviewer.goto(`/claims/${troops.id}`);
  await expect(reviewer).toHaveURL(/\/no-workspace$/);

  // The reassign link opens the claims list of that assignee.
  await reassign.getByRole("link", { name: "Open the claims list for Rina Reviewer" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims\\?assignee=${desk.users.reviewer.id}$`));
  await expect(page.getByRole("link", { name: troops.quote }).first()).toBeVisible();

  // Reactivated, she can work again.
  await page.goto("/settings/members");
  await member(page, "Rina Reviewer").getByRole("button", { name: "Reactivate Rina Reviewer" }).click();
  await expect(member(page, "Rina Reviewer")).toContainText("Reviewer · Active");
  await desk.signInAs(await (await browser.newContext()).newPage(), "reviewer");
});

for (const language of ["English", "Bahasa Indonesia"] as const) {
  test(`the members page and the join page pass the WCAG 2.1 AA checks on a phone (${language})`, async ({
    browser,
    desk,
  }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await desk.signInAs(page, "admin");
    await page.getByRole("button", { name: language }).click();
    await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/settings/members");
    await expect(page.getByTestId("member").first()).toBeVisible();
    expect(await violations(page), "members page").toEqual([]);
    await noSidewaysScroll(page);

    await page
      .getByRole("button", { name: language === "English" ? "Create invitation link" : "Buat tautan undangan" })
      .click();
    const link = page.locator("#invite-link");
    await expect(link).toBeVisible();
    const path = new URL(await link.inputValue()).pathname;
    await member(page, "Vina Viewer")
      .getByRole("button", { name: language === "English" ? "Deactivate Vina Viewer" : "Nonaktifkan Vina Viewer" })
      .click();
    await expect(page.getByRole("group", { name: /Vina Viewer/ })).toBeVisible();
    expect(await violations(page), "members page with a new link and a confirmation").toEqual([]);
    await noSidewaysScroll(page);

    const guestContext = await browser.newContext(PHONE);
    await guestContext.addCookies([
      { name: "locale", value: language === "English" ? "en" : "id", url: new URL("/", page.url()).toString() },
    ]);
    const guest = await guestContext.newPage();
    await guest.goto(path);
    await expect(guest.getByRole("heading", { level: 1 })).toContainText(desk.workspace.name);
    expect(await violations(guest), "join page").toEqual([]);
    await noSidewaysScroll(guest);
    // Submitting nothing: every field says what it needs, still clean.
    await guest
      .getByRole("button", { name: language === "English" ? "Create account and join" : "Buat akun dan bergabung" })
      .click();
    await expect(guest.getByText(language === "English" ? "Enter a name." : "Masukkan nama.")).toBeVisible();
    expect(await violations(guest), "join page with errors").toEqual([]);
  });
}
