// The review workflow through its HTTP API, as the pages will call it: statuses, messages and the
// details a page needs to recover, plus the claim page's history reading the new events.
import type { Browser, Page } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function call(
  page: Page,
  method: "PUT" | "POST",
  url: string,
  data: unknown,
  headers: Record<string, string> = {},
) {
  const res = await page.request.fetch(url, { method, data, headers: { "accept-language": "en", ...headers } });
  return { status: res.status(), body: await res.json() };
}

/** One signed-in browser context per desk member, as separate people would have. */
function sessions(browser: Browser, desk: Desk) {
  const pages = new Map<string, Page>();
  return async (role: Parameters<Desk["signInAs"]>[1]) => {
    let page = pages.get(role);
    if (!page) {
      page = await (await browser.newContext()).newPage();
      await desk.signInAs(page, role);
      pages.set(role, page);
    }
    return page;
  };
}

test("assign, set a verdict, sign off and correct through the API; each refusal says why", async ({
  browser,
  desk,
  otherDesk,
}) => {
  const as = sessions(browser, desk);
  const troops = desk.claim("nk-troops-14000").id;
  const casualties = desk.claim("nk-unit-25-killed").id;
  const { reviewer, reviewer2 } = desk.users;

  let page = await as("editor");
  const assigned = await call(page, "PUT", `/api/claims/${troops}/assignment`, {
    version: 1,
    assigneeId: reviewer.id,
    dueAt: inDays(2),
    priority: "high",
  });
  expect(assigned).toMatchObject({ status: 200, body: { data: { claimId: troops, version: 2, status: "in_review" } } });

  // A second editor's stale page: 409 with who did what, when.
  const stale = await call(page, "PUT", `/api/claims/${troops}/assignment`, { version: 1, assigneeId: reviewer2.id });
  expect(stale.status).toBe(409);
  expect(stale.body.error).toMatchObject({
    code: "CONFLICT",
    message:
      "Someone else changed this claim after you opened it, so nothing was changed. This is where it stands now.",
    details: {
      current: {
        version: 2,
        status: "in_review",
        assignee: { id: reviewer.id, name: reviewer.name },
        priority: "high",
        lastChange: { action: "review.assigned", by: "Eko Editor" },
      },
    },
  });
  // Input is checked at the edge: a version must be a number, a due date an instant.
  const bad = await call(page, "PUT", `/api/claims/${troops}/assignment`, {
    version: "2",
    assigneeId: reviewer.id,
    dueAt: "tomorrow",
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields).toEqual({
    version: "The page is out of date; reload it.",
    dueAt: "Enter a valid due date and time.",
  });
  const viewerAsAssignee = await call(page, "PUT", `/api/claims/${troops}/assignment`, {
    version: 2,
    assigneeId: desk.users.viewer.id,
  });
  expect(viewerAsAssignee.body.error.fields).toEqual({
    assigneeId: "Choose an active reviewer, editor or admin of this workspace.",
  });
  // Another newsroom's claim does not exist here.
  const foreign = await call(page, "PUT", `/api/claims/${otherDesk.claim("nk-troops-14000").id}/assignment`, {
    version: 1,
    assigneeId: reviewer.id,
  });
  expect(foreign.status).toBe(404);

  page = await as("reviewer");
  const verdict = await call(page, "PUT", `/api/claims/${troops}/verdict`, {
    version: 2,
    verdict: "disputed",
    rationale: "Only Kyiv gives this figure",
  });
  expect(verdict).toMatchObject({ status: 200, body: { data: { version: 3, status: "awaiting_signoff" } } });
  const ownSignoff = await call(page, "POST", `/api/claims/${troops}/signoff`, { version: 3 });
  expect(ownSignoff).toMatchObject({
    status: 403,
    body: { error: { message: "Only editors and admins can sign off verdicts." } },
  });
  const pickedUp = await call(page, "POST", `/api/claims/${casualties}/pickup`, { version: 1 });
  expect(pickedUp).toMatchObject({ status: 200, body: { data: { status: "in_review" } } });

  page = await as("editor");
  const back = await call(page, "POST", `/api/claims/${troops}/changes`, {
    version: 3,
    note: "Name the Ukrainian officials.",
  });
  expect(back).toMatchObject({ status: 200, body: { data: { version: 4, status: "changes_requested" } } });
  const noNote = await call(page, "POST", `/api/claims/${troops}/changes`, { version: 4, note: "  " });
  expect(noNote.body.error.fields).toEqual({ note: "Say what needs to change." });

  page = await as("reviewer");
  expect(
    (
      await call(page, "PUT", `/api/claims/${troops}/verdict`, {
        version: 4,
        verdict: "disputed",
        rationale: "Per Ukraine's HUR; Seoul differs",
      })
    ).status,
  ).toBe(200);

  page = await as("editor");
  // An editor who never touched the verdict signs it off; in Indonesian the refusals read in Indonesian.
  const signed = await call(page, "POST", `/api/claims/${troops}/signoff`, { version: 5 });
  expect(signed).toMatchObject({ status: 200, body: { data: { version: 6, status: "signed_off" } } });
  const again = await call(page, "POST", `/api/claims/${troops}/signoff`, { version: 6 }, { "accept-language": "id" });
  expect(again).toMatchObject({
    status: 409,
    body: { error: { message: "Putusan ini sudah disahkan.", details: { current: { status: "signed_off" } } } },
  });

  // Changing a signed-off verdict is a correction: it needs a reason.
  const noReason = await call(page, "PUT", `/api/claims/${troops}/verdict`, {
    version: 6,
    verdict: "verified",
    rationale: "Seoul now agrees",
  });
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.fields).toEqual({ reason: "Give the reason for the correction." });
  const corrected = await call(page, "PUT", `/api/claims/${troops}/verdict`, {
    version: 6,
    verdict: "verified",
    rationale: "Seoul now agrees",
    reason: "NIS confirmed 14,000",
  });
  expect(corrected).toMatchObject({ status: 200, body: { data: { version: 7, status: "awaiting_signoff" } } });
  expect(corrected.body.data.correctionId).toEqual(expect.any(String));
  // The editor made the correction, so they cannot sign it off.
  const own = await call(page, "POST", `/api/claims/${troops}/signoff`, { version: 7 });
  expect(own).toMatchObject({
    status: 403,
    body: { error: { message: "You gave or changed this verdict, so someone else must sign it off." } },
  });
});

test("bulk assignment is all or nothing and lists the claims that changed under it", async ({ browser, desk }) => {
  const as = sessions(browser, desk);
  const keys = ["nk-troops-14000", "nk-unit-25-killed", "ru-last-village-expelled"];
  const ids = keys.map((k) => desk.claim(k).id);
  expect((await call(await as("reviewer2"), "POST", `/api/claims/${ids[2]}/pickup`, { version: 1 })).status).toBe(200);

  const page = await as("editor");
  const body = {
    claims: ids.map((id) => ({ id, version: 1 })),
    assigneeId: desk.users.reviewer.id,
    priority: "urgent",
  };
  const refused = await call(page, "POST", "/api/claims/bulk-assignment", body);
  expect(refused.status).toBe(409);
  expect(refused.body.error.message).toBe(
    "1 of the selected claims changed after you loaded the page, so nothing was assigned. Check them and try again.",
  );
  expect(refused.body.error.details.changed).toMatchObject([
    {
      id: ids[2],
      current: {
        assignee: { id: desk.users.reviewer2.id },
        lastChange: { action: "review.pickedUp", by: "Raka Reviewer" },
      },
    },
  ]);

  const fixed = { ...body, claims: ids.map((id, i) => ({ id, version: i === 2 ? 2 : 1 })) };
  const done = await call(page, "POST", "/api/claims/bulk-assignment", fixed);
  expect(done.status).toBe(200);
  expect(done.body.data.claims).toHaveLength(3);
});

test("the claim page's history shows the workflow's events, and an event it cannot read as an unknown change", async ({
  page,
  desk,
}) => {
  const claimId = desk.claim("nk-troops-14000").id;
  await desk.signInAs(page, "editor");
  expect(
    (await call(page, "PUT", `/api/claims/${claimId}/assignment`, { version: 1, assigneeId: desk.users.reviewer.id }))
      .status,
  ).toBe(200);
  // A row this code cannot read (from a newer version, or damaged) must not break the page.
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    await prisma.claimEvent.create({
      data: {
        workspaceId: desk.workspace.id,
        claimId,
        actorId: desk.users.admin.id,
        action: "review.assigned",
        after: { assignee: 42 },
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  await page.goto(`/claims/${claimId}`);
  const history = page.getByRole("region", { name: "History" });
  const events = history.getByTestId("history-event");
  await expect(events.first()).toContainText("Changed");
  await expect(events.first()).toContainText("Ayu Admin");
  await expect(events.nth(1)).toContainText("Assigned");
  await expect(events.nth(1)).toContainText("To Rina Reviewer");
});
