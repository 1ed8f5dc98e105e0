// The review workflow on the claim page (docs/decisions/0014), as the people on a desk use it: each in
// their own browser session. Steps that are not what a test is about are done through the API the
// page itself calls, so each test sets up only its own claim and shows one thing a user relies on.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";

type Role = Parameters<Desk["signInAs"]>[1];

/** One signed-in browser context per desk member, as separate people would have. */
function sessions(browser: Browser, desk: Desk) {
  const pages = new Map<Role, Page>();
  return async (role: Role) => {
    let page = pages.get(role);
    if (!page) {
      page = await (await browser.newContext({ locale: "en-GB" })).newPage();
      await desk.signInAs(page, role);
      pages.set(role, page);
    }
    return page;
  };
}

async function api(page: Page, method: "PUT" | "POST" | "GET", url: string, data?: unknown) {
  const res = await page.request.fetch(url, { method, data, headers: { "accept-language": "en" } });
  const body = await res.json();
  expect(res.status(), `${method} ${url}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body.data;
}

/** The claim's current version, as the page would have it. */
async function versionOf(page: Page, claimId: string): Promise<number> {
  return (await api(page, "GET", `/api/claims/${claimId}/changes-since?version=1`)).version;
}

async function setVerdict(page: Page, claimId: string, verdict: string, rationale: string, reason?: string) {
  const version = await versionOf(page, claimId);
  await api(page, "PUT", `/api/claims/${claimId}/verdict`, { version, verdict, rationale, reason });
}

const panel = (page: Page) => page.getByTestId("review-panel");

test("a reviewer cannot sign off, an editor who changed the verdict is told why, and a second editor signs it off", async ({
  browser,
  desk,
}) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;

  // The editor assigns the claim to a reviewer from the panel.
  const editor = await as("editor");
  await editor.goto(`/claims/${claimId}`);
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Open/);
  await panel(editor).getByRole("button", { name: "Assign" }).click();
  await expect(editor.getByRole("combobox", { name: "Reviewer", exact: true })).toBeFocused();
  await editor
    .getByRole("combobox", { name: "Reviewer", exact: true })
    .selectOption({ label: "Rina Reviewer (Reviewer)" });
  await editor.getByLabel("Priority").selectOption({ label: "High" });
  await panel(editor).getByRole("button", { name: "Assign", exact: true }).last().click();
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/In review/);
  await expect(panel(editor).getByTestId("review-assignee")).toHaveText("Rina Reviewer");
  await expect(panel(editor)).toContainText("High");

  // The reviewer gives the verdict; it goes to sign-off, which is not theirs to give.
  const reviewer = await as("reviewer");
  await reviewer.goto(`/claims/${claimId}`);
  await reviewer.getByRole("radio", { name: /Disputed/ }).check();
  await reviewer.getByLabel("Rationale").fill("Only Kyiv gives this figure.");
  await reviewer.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Awaiting sign-off/);
  await expect(panel(reviewer).getByRole("button", { name: "Sign off" })).toHaveCount(0);
  await expect(panel(reviewer).getByTestId("signoff-why")).toHaveText(
    "This verdict is waiting for an editor to sign it off.",
  );

  // The editor changes the verdict: now they are one of its authors and cannot sign it off.
  await editor.reload();
  await expect(panel(editor).getByRole("button", { name: "Sign off" })).toBeVisible();
  await editor.getByRole("button", { name: "Change verdict" }).click();
  await editor.getByRole("radio", { name: /Contradicted/ }).check();
  await editor.getByLabel("Rationale").fill("Seoul's own estimate is lower.");
  await editor.getByRole("button", { name: "Save verdict" }).click();
  await expect(editor.getByTestId("verdict-current")).toContainText("Contradicted");
  await expect(panel(editor).getByRole("button", { name: "Sign off" })).toHaveCount(0);
  await expect(panel(editor).getByTestId("signoff-why")).toHaveText(
    "You gave or changed this verdict, so someone else must sign it off.",
  );

  // A second editor signs it off; the history shows it.
  const editor2 = await as("editor2");
  await editor2.goto(`/claims/${claimId}`);
  await panel(editor2).getByRole("button", { name: "Sign off" }).click();
  await expect(panel(editor2).getByTestId("review-status")).toHaveText(/Signed off/);
  await expect(panel(editor2).getByTestId("signed-off-by")).toContainText("Signed off by Eva Editor");
  const history = editor2.getByRole("region", { name: "History" });
  await expect(history.getByTestId("history-event").first()).toContainText("Verdict signed off");
  await expect(history.getByTestId("history-event").first()).toContainText("Eva Editor");
});

test("an editor requests changes with a note, and the reviewer sees the note on the claim page", async ({
  browser,
  desk,
}) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  const reviewer = await as("reviewer");
  await setVerdict(reviewer, claimId, "verified", "Seoul confirms the figure.");

  const editor = await as("editor");
  await editor.goto(`/claims/${claimId}`);
  await panel(editor).getByRole("button", { name: "Request changes" }).click();
  const note = editor.getByLabel("What needs to change");
  await expect(note).toBeFocused();
  await editor.getByRole("button", { name: "Send back with this note" }).click();
  await expect(editor.getByText("Say what needs to change.")).toBeVisible();
  await expect(note).toBeFocused();
  await note.fill("Name the Ukrainian officials and link their statement.");
  await editor.getByRole("button", { name: "Send back with this note" }).click();
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Changes requested/);

  await reviewer.goto(`/claims/${claimId}`);
  await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Changes requested/);
  await expect(panel(reviewer).getByTestId("changes-note")).toContainText(
    "Name the Ukrainian officials and link their statement.",
  );
});

test("a correction after sign-off needs a reason and is listed on the claim page", async ({ browser, desk }) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  const reviewer = await as("reviewer");
  await setVerdict(reviewer, claimId, "disputed", "Only Kyiv gives this figure.");
  const editor = await as("editor");
  await api(editor, "POST", `/api/claims/${claimId}/signoff`, { version: await versionOf(editor, claimId) });

  await reviewer.goto(`/claims/${claimId}`);
  await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Signed off/);
  await reviewer.getByRole("button", { name: "Correct the verdict" }).click();
  await reviewer.getByRole("radio", { name: /Verified/ }).check();
  await reviewer.getByLabel("Rationale").fill("Seoul now confirms the figure.");
  await reviewer.getByRole("button", { name: "Save verdict" }).click();
  const reason = reviewer.getByLabel("Reason for the correction");
  await expect(reviewer.getByText("Give the reason for the correction.")).toBeVisible();
  await expect(reason).toBeFocused();
  await reason.fill("South Korea's intelligence service confirmed it on 30 April.");
  await reviewer.getByRole("button", { name: "Save verdict" }).click();

  const corrections = panel(reviewer).getByTestId("corrections");
  await expect(corrections).toContainText("Disputed");
  await expect(corrections).toContainText("Verified");
  await expect(corrections).toContainText("South Korea's intelligence service confirmed it on 30 April.");
  await expect(corrections).toContainText("Rina Reviewer");
  await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/Awaiting sign-off/);
  await expect(reviewer.getByRole("region", { name: "History" }).getByTestId("history-event").first()).toContainText(
    "Verdict corrected after sign-off",
  );
});

test("a comment with an @mention picked from the list notifies that member; its author edits and deletes it", async ({
  browser,
  desk,
}) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  const reviewer = await as("reviewer");
  await reviewer.goto(`/claims/${claimId}`);
  const box = reviewer.getByRole("combobox", { name: "Add a comment" });

  // Escape closes the list without leaving the box.
  await box.fill("");
  await box.pressSequentially("Ask @Ev");
  await expect(reviewer.getByRole("listbox", { name: "Members to mention" })).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Escape");
  await expect(reviewer.getByRole("listbox")).toHaveCount(0);
  await expect(box).toBeFocused();

  await box.fill("");
  await box.pressSequentially("Please check the figure @R");
  const list = reviewer.getByRole("listbox", { name: "Members to mention" });
  await expect(list.getByRole("option")).toHaveText([/Raka Reviewer/, /Rina Reviewer/]);
  await expect(list.getByRole("option", { name: /Raka Reviewer/ })).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowDown");
  await expect(list.getByRole("option", { name: /Rina Reviewer/ })).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowUp");
  await box.press("Enter");
  await expect(list).toHaveCount(0);
  await box.pressSequentially("thanks");
  await expect(box).toHaveValue(`Please check the figure @[Raka Reviewer](${desk.users.reviewer2.id}) thanks`);
  await reviewer.getByRole("button", { name: "Post comment" }).click();

  const comment = reviewer.getByTestId("comment").first();
  await expect(comment.getByTestId("mention")).toHaveText("@Raka Reviewer");
  await expect(box).toHaveValue("");

  // The mentioned member has a notification.
  const mentioned = await as("reviewer2");
  const { notifications } = await api(mentioned, "GET", "/api/notifications");
  expect(notifications).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        kind: "mentioned",
        claim: expect.objectContaining({ id: claimId }),
        actor: { id: desk.users.reviewer.id, name: "Rina Reviewer" },
      }),
    ]),
  );

  // The author edits it; the history keeps the text before.
  await comment.getByRole("button", { name: "Edit" }).click();
  const edit = reviewer.getByRole("combobox", { name: "Edit your comment" });
  await expect(edit).toBeFocused();
  await edit.fill("Please check the figure again.");
  await reviewer.getByRole("button", { name: "Save changes" }).click();
  await expect(comment).toContainText("Please check the figure again.");
  await expect(comment).toContainText("edited");
  const history = reviewer.getByRole("region", { name: "History" });
  await expect(history.getByTestId("history-event").first()).toContainText("Comment edited");
  await expect(history.getByTestId("history-event").first()).toContainText("Please check the figure @Raka Reviewer");

  // …and deletes it, in two steps; another member sees no edit or delete on it.
  await comment.getByRole("button", { name: "Delete" }).click();
  await reviewer.getByRole("group").getByRole("button", { name: "Delete" }).click();
  await expect(comment).toHaveText("Comment deleted");
  await expect(history.getByTestId("history-event").first()).toContainText("Comment deleted");
});

test("the live banner says who changed the claim since the page opened, and Reload shows it", async ({
  browser,
  desk,
}) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  const editor = await as("editor");
  await editor.goto(`/claims/${claimId}`);
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Open/);
  await expect(editor.getByTestId("live-banner")).toHaveCount(0);

  const reviewer = await as("reviewer");
  await setVerdict(reviewer, claimId, "disputed", "Only Kyiv gives this figure.");

  // Coming back to the window asks the server at once (the page also asks on an interval).
  await editor.evaluate(() => window.dispatchEvent(new Event("focus")));
  const banner = editor.getByRole("status").filter({ has: editor.getByTestId("live-banner") });
  await expect(banner).toContainText("This claim has changed since you opened it.");
  await expect(banner).toContainText("Rina Reviewer: Verdict set");
  await banner.getByRole("button", { name: "Reload to see the latest" }).click();
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Awaiting sign-off/);
  await expect(editor.getByTestId("live-banner")).toHaveCount(0);

  // A comment does not make the page's forms stale, but it is news too; the editor's own change
  // (made from this page, which then reloaded itself) is not listed as someone else's.
  await panel(editor).getByRole("button", { name: "Request changes" }).click();
  await editor.getByLabel("What needs to change").fill("Add the source.");
  await editor.getByRole("button", { name: "Send back with this note" }).click();
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Changes requested/);
  await api(reviewer, "POST", `/api/claims/${claimId}/comments`, { body: "Adding it now." });
  await editor.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(banner).toContainText("New activity on this claim.");
  await expect(banner).toContainText("Rina Reviewer: Comment added");
  await expect(banner).not.toContainText("Eko Editor");
});

test("two editors sign off at once: the second sees a conflict saying who signed it off", async ({ browser, desk }) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  await setVerdict(await as("reviewer"), claimId, "disputed", "Only Kyiv gives this figure.");

  const editor = await as("editor");
  await editor.goto(`/claims/${claimId}`);
  await expect(panel(editor).getByRole("button", { name: "Sign off" })).toBeVisible();

  const editor2 = await as("editor2");
  await api(editor2, "POST", `/api/claims/${claimId}/signoff`, { version: await versionOf(editor2, claimId) });

  await panel(editor).getByRole("button", { name: "Sign off" }).click();
  const alert = panel(editor).getByTestId("review-alert");
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText(
    "Someone else changed this claim after you opened it, so nothing was changed. This is where it stands now.",
  );
  await expect(alert).toContainText("Signed off");
  await expect(alert).toContainText("Verdict signed off, by Eva Editor");
  // The page has caught up: the claim is signed off, and there is nothing left to sign.
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Signed off/);
  await expect(panel(editor).getByRole("button", { name: "Sign off" })).toHaveCount(0);
});

test("a reviewer picks up an unassigned claim; an editor assigning from a stale page sees who assigned it meanwhile", async ({
  browser,
  desk,
}) => {
  const as = sessions(browser, desk);
  const claimId = desk.claim("nk-troops-14000").id;
  const editor = await as("editor");
  await editor.goto(`/claims/${claimId}`);
  await expect(panel(editor).getByTestId("review-assignee")).toHaveText("Unassigned");

  const reviewer = await as("reviewer2");
  await reviewer.goto(`/claims/${claimId}`);
  await expect(panel(reviewer).getByRole("button", { name: "Assign" })).toHaveCount(0);
  await panel(reviewer).getByRole("button", { name: "Pick up" }).click();
  await expect(panel(reviewer).getByTestId("review-assignee")).toHaveText("Raka Reviewer");
  await expect(panel(reviewer).getByTestId("review-status")).toHaveText(/In review/);
  await expect(panel(reviewer).getByRole("button", { name: "Pick up" })).toHaveCount(0);

  // The editor's page still shows the claim unassigned; assigning from it is refused with what happened.
  await panel(editor).getByRole("button", { name: "Assign" }).click();
  await editor
    .getByRole("combobox", { name: "Reviewer", exact: true })
    .selectOption({ label: "Rina Reviewer (Reviewer)" });
  await panel(editor).getByRole("button", { name: "Assign", exact: true }).last().click();
  const alert = panel(editor).getByTestId("assign-alert");
  await expect(alert).toContainText("Someone else changed this claim after you opened it");
  await expect(alert).toContainText("Raka Reviewer");
  await expect(alert).toContainText("Picked up, by Raka Reviewer");
  await expect(panel(editor).getByTestId("review-assignee")).toHaveText("Raka Reviewer");

  // Now up to date, the editor can reassign and unassign it.
  await panel(editor).getByRole("button", { name: "Reassign", exact: true }).last().click();
  await expect(panel(editor).getByTestId("review-assignee")).toHaveText("Rina Reviewer");
  await panel(editor).getByRole("button", { name: "Unassign" }).click();
  await expect(panel(editor).getByTestId("review-assignee")).toHaveText("Unassigned");
  await expect(panel(editor).getByTestId("review-status")).toHaveText(/Open/);
});

for (const language of ["English", "Bahasa Indonesia"] as const) {
  test(`the review panel and comments pass the WCAG 2.1 AA checks and fit a phone (${language})`, async ({
    page,
    desk,
  }) => {
    const claimId = desk.claim("nk-troops-14000").id;
    await desk.signInAs(page, "editor");
    await setVerdict(page, claimId, "disputed", "Only Kyiv gives this figure.");
    await page.goto(`/claims/${claimId}`);
    await page.getByRole("button", { name: language }).click();
    await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true");
    await page.setViewportSize({ width: 390, height: 844 });

    const review = panel(page);
    await expect(review).toBeVisible();
    // Open the assign form and the mention list, so they are checked too.
    await review.getByRole("button", { name: language === "English" ? "Assign" : "Tugaskan", exact: true }).click();
    await expect(review.getByRole("form")).toBeVisible();
    const box = page.getByRole("combobox", { name: language === "English" ? "Add a comment" : "Tambahkan komentar" });
    await box.pressSequentially("@R");
    await expect(page.getByRole("listbox")).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target) }))).toEqual(
      [],
    );

    // Usable at 390×844: nothing wider than the screen, the panel's controls within reach.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const control of await review.getByRole("button").all()) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
  });
}
