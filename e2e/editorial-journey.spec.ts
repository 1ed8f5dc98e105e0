// The editorial workflow's whole journey (issue 6) on the merged app, through the browser only: an
// editor bulk-assigns two claims, the reviewer hears of it in the header and gives both verdicts from
// My queue with the keyboard, cannot sign them off, a second editor signs one off and sends the other
// back with a note, the reviewer reads the note, the editor who changes a verdict is told why they
// cannot sign it off, a correction after sign-off is listed, and an admin's invitation link lets a new
// person in. Each person has a browser context of their own, as separate people would.
import type { Browser, Page } from "@playwright/test";
import { expect, test, unique, type Desk } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

type Role = Parameters<Desk["signInAs"]>[1];

const DAY = 86_400_000;
/** A date input's value some days ahead (the browser and this process share the machine's zone). */
function dateInput(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function signedIn(browser: Browser, desk: Desk, role: Role) {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await desk.signInAs(page, role);
  return page;
}

const row = (page: Page, quote: string) => page.getByTestId("claim-row").filter({ hasText: quote.slice(0, 60) });
const panel = (page: Page) => page.getByTestId("review-panel");

test("the editorial journey: assign, verdicts from the queue, sign-off, changes requested, correction, a new member", async ({
  page,
  browser,
  desk,
}) => {
  test.setTimeout(300_000);
  const troops = desk.claim("nk-troops-14000");
  const casualties = desk.claim("nk-unit-25-killed");
  const joinerEmail = `journey-${Date.now().toString(36)}@e2e.test`;
  const joinerName = unique("Joko Journey");
  let first = "";
  let second = "";
  let firstId = "";
  let secondId = "";

  try {
    const editor = page;
    await test.step("1. the editor bulk-assigns two claims to the reviewer with a due date", async () => {
      await desk.signInAs(editor, "editor");
      await row(editor, troops.quote).getByRole("checkbox").check();
      await row(editor, casualties.quote).getByRole("checkbox").check();
      const bar = editor.getByRole("region", { name: "Bulk assignment" });
      await expect(bar.getByText("2 selected")).toBeVisible();
      await bar.getByLabel("Assign to").selectOption({ label: "Rina Reviewer (Reviewer)" });
      await bar.getByLabel("Due date").fill(dateInput(3));
      await bar.getByRole("button", { name: "Assign", exact: true }).click();
      await expect(editor.getByTestId("toast").filter({ hasText: "2 claims assigned to Rina Reviewer" })).toBeVisible();
      for (const c of [troops, casualties]) {
        await expect(row(editor, c.quote)).toContainText("Rina Reviewer");
        await expect(row(editor, c.quote)).toContainText("In review");
      }
    });

    const reviewer = await signedIn(browser, desk, "reviewer");
    const bell = reviewer.getByRole("link", { name: /^Notifications/ });
    await test.step("2. the reviewer sees the count, opens My queue and gives both verdicts by keyboard", async () => {
      await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
      await reviewer.getByRole("link", { name: "My queue", exact: true }).click();
      await expect(reviewer.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
      const items = reviewer.getByTestId("queue-item");
      await expect(items).toHaveCount(2);
      // Both carry the due date the editor chose.
      for (const i of [0, 1]) await expect(items.nth(i)).toContainText(/Due/);
      first = (await items.nth(0).getByRole("link").first().textContent())!;
      second = (await items.nth(1).getByRole("link").first().textContent())!;
      expect([first, second].sort()).toEqual([troops.quote, casualties.quote].sort());
      firstId = first === troops.quote ? troops.id : casualties.id;
      secondId = first === troops.quote ? casualties.id : troops.id;

      await reviewer.keyboard.press("j");
      await expect(items.nth(0).getByRole("link", { name: first })).toBeFocused();
      await reviewer.keyboard.press("v");
      const form = items.nth(0).getByTestId("queue-verdict-form");
      await expect(form.getByRole("radio", { name: "Verified" })).toBeChecked();
      await expect(form.getByLabel("Rationale")).toBeFocused();
      await reviewer.keyboard.type("Seoul's NIS gives the same figure as Kyiv.");
      await reviewer.keyboard.press("Tab");
      await expect(form.getByRole("button", { name: "Save verdict" })).toBeFocused();
      await reviewer.keyboard.press("Enter");
      await expect(items.nth(0)).toContainText("Awaiting sign-off");

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
    });

    await test.step("3. the reviewer cannot sign off, and is told why", async () => {
      await reviewer.keyboard.press("k");
      await expect(reviewer.getByTestId("queue-item").nth(0).getByRole("link", { name: first })).toBeFocused();
      await reviewer.keyboard.press("Enter");
      await expect(reviewer).toHaveURL(new RegExp(`/claims/${firstId}$`));
      await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Awaiting sign-off/);
      await expect(reviewer.getByTestId("verdict-current")).toContainText("Verified");
      await expect(panel(reviewer).getByRole("button", { name: "Sign off" })).toHaveCount(0);
      await expect(panel(reviewer).getByTestId("signoff-why")).toHaveText(
        "This verdict is waiting for an editor to sign it off.",
      );
    });

    const editor2 = await signedIn(browser, desk, "editor2");
    await test.step("4. a second editor signs one off and requests changes on the other with a note", async () => {
      await editor2.goto(`/claims/${firstId}`);
      await panel(editor2).getByRole("button", { name: "Sign off" }).click();
      await expect(panel(editor2).getByTestId("review-status")).toHaveText(/Signed off/);
      await expect(panel(editor2).getByTestId("signed-off-by")).toContainText("Signed off by Eva Editor");

      await editor2.goto(`/claims/${secondId}`);
      await panel(editor2).getByRole("button", { name: "Request changes" }).click();
      await editor2.getByLabel("What needs to change").fill("Link the video and say who filmed it.");
      await editor2.getByRole("button", { name: "Send back with this note" }).click();
      await expect(panel(editor2).getByTestId("review-status")).toHaveText(/Changes requested/);
    });

    await test.step("5. the reviewer gets the changes-requested notification and reads the note", async () => {
      await reviewer.reload();
      await bell.click();
      await expect(reviewer).toHaveURL(/\/notifications$/);
      const sentBack = reviewer
        .getByTestId("notification")
        .filter({ hasText: "Eva Editor requested changes to your verdict" });
      await expect(sentBack).toHaveCount(1);
      await expect(sentBack).toHaveAttribute("data-unread", "true");
      await expect(
        reviewer.getByTestId("notification").filter({ hasText: "Eva Editor signed off your verdict" }),
      ).toHaveCount(1);
      await sentBack.getByRole("link").click();
      await expect(reviewer).toHaveURL(new RegExp(`/claims/${secondId}$`));
      await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Changes requested/);
      await expect(panel(reviewer).getByTestId("changes-note")).toContainText("Link the video and say who filmed it.");

      // The reviewer answers the note with a revised verdict, which goes back for sign-off.
      await reviewer.getByRole("button", { name: "Change verdict" }).click();
      await reviewer.getByRole("radio", { name: /Disputed/ }).check();
      await reviewer.getByLabel("Rationale").fill("Video from a Ukrainian unit's channel; no independent count.");
      await reviewer.getByRole("button", { name: "Save verdict" }).click();
      await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Awaiting sign-off/);
    });

    await test.step("6. the editor who changes a verdict cannot sign it off, and is told why", async () => {
      await editor.goto(`/claims/${secondId}`);
      await expect(panel(editor).getByRole("button", { name: "Sign off" })).toBeVisible();
      await editor.getByRole("button", { name: "Change verdict" }).click();
      await editor.getByRole("radio", { name: /Contradicted/ }).check();
      await editor.getByLabel("Rationale").fill("Russia's own count is far lower.");
      await editor.getByRole("button", { name: "Save verdict" }).click();
      await expect(editor.getByTestId("verdict-current")).toContainText("Contradicted");
      await expect(panel(editor).getByRole("button", { name: "Sign off" })).toHaveCount(0);
      await expect(panel(editor).getByTestId("signoff-why")).toHaveText(
        "You gave or changed this verdict, so someone else must sign it off.",
      );
    });

    await test.step("7. a correction after sign-off, with its reason, shows on the claim page", async () => {
      await reviewer.goto(`/claims/${firstId}`);
      await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Signed off/);
      await reviewer.getByRole("button", { name: "Correct the verdict" }).click();
      await reviewer.getByRole("radio", { name: /Disputed/ }).check();
      await reviewer.getByLabel("Rationale").fill("Seoul has since withdrawn its estimate.");
      await reviewer.getByLabel("Reason for the correction").fill("The NIS withdrew its figure on 2 May.");
      await reviewer.getByRole("button", { name: "Save verdict" }).click();
      const corrections = panel(reviewer).getByTestId("corrections");
      await expect(corrections).toContainText("Verified");
      await expect(corrections).toContainText("Disputed");
      await expect(corrections).toContainText("The NIS withdrew its figure on 2 May.");
      await expect(corrections).toContainText("Rina Reviewer");
      // Anyone opening the claim sees it too.
      await editor2.goto(`/claims/${firstId}`);
      await expect(panel(editor2).getByTestId("corrections")).toContainText("The NIS withdrew its figure on 2 May.");
    });

    await test.step("8. an admin invites a member by link; they join in a fresh browser and land signed in", async () => {
      const admin = await signedIn(browser, desk, "admin");
      await admin.getByRole("link", { name: "Settings" }).click();
      await expect(admin).toHaveURL(/\/settings\/members$/);
      const invitations = admin.getByRole("region", { name: "Invitation links" });
      await invitations.getByRole("combobox", { name: /^Role/ }).selectOption({ label: "Reviewer" });
      await invitations.getByRole("button", { name: "Create invitation link" }).click();
      await expect(invitations.getByText("Copy this link now: it is shown only once.")).toBeVisible();
      const link = await invitations.getByLabel("Invitation link").inputValue();
      expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

      const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
      await guest.goto(new URL(link).pathname);
      await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Join ${desk.workspace.name}`);
      await guest.getByLabel("Your name").fill(joinerName);
      await guest.getByLabel("Email").fill(joinerEmail);
      await guest.getByLabel("Choose a password").fill("a long enough passphrase");
      await guest.getByRole("button", { name: "Create account and join" }).click();
      await expect(guest).toHaveURL(/\/claims$/);
      const account = guest.getByRole("region", { name: "Your account" });
      await expect(account).toContainText(joinerName);
      await expect(account).toContainText(`Reviewer · ${desk.workspace.name}`);
      // Signed in as a reviewer of this desk: My queue is theirs, and empty.
      await guest.getByRole("link", { name: "My queue", exact: true }).click();
      await expect(guest.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
      await expect(guest.getByTestId("queue-item")).toHaveCount(0);
    });
  } finally {
    const prisma = createPrisma(process.env.DATABASE_URL!);
    try {
      await prisma.user.deleteMany({ where: { email: joinerEmail } });
    } finally {
      await prisma.$disconnect();
    }
  }
});
