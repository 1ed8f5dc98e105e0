// The comments, notifications, members and invitations API over HTTP, as the pages to come will call
// it (the pages themselves come later). Each request uses a signed-in member's own session.
import { expect, test } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

test("a mention notifies the member, who reads it; the claim reports the change to a polling page", async ({
  page,
  browser,
  desk,
}) => {
  const claim = desk.claim("nk-troops-14000");
  await desk.signInAs(page, "reviewer");
  const found = await page.request.get(`/api/members/search?q=${encodeURIComponent("eko")}`);
  expect(found.status()).toBe(200);
  const editor = (await found.json()).data.find((m: { userId: string }) => m.userId === desk.users.editor.id);
  expect(editor).toMatchObject({ name: desk.users.editor.name });

  const posted = await page.request.post(`/api/claims/${claim.id}/comments`, {
    data: { body: `@[${editor.name}](${editor.userId}) can you check the 14,000 figure?` },
  });
  expect(posted.status()).toBe(200);

  const editorPage = await (await browser.newContext()).newPage();
  await desk.signInAs(editorPage, "editor");
  const count = await editorPage.request.get("/api/notifications/unread-count");
  expect((await count.json()).data).toEqual({ count: 1 });
  const list = (await (await editorPage.request.get("/api/notifications?unread=1")).json()).data;
  expect(list.notifications).toMatchObject([
    { kind: "mentioned", actor: { name: desk.users.reviewer.name }, claim: { id: claim.id } },
  ]);
  const read = await editorPage.request.post("/api/notifications/read", { data: { ids: [list.notifications[0].id] } });
  expect((await read.json()).data).toEqual({ marked: 1 });
  expect((await (await editorPage.request.get("/api/notifications/unread-count")).json()).data).toEqual({ count: 0 });
  // Someone else's notification id is not found.
  const theirs = await page.request.post("/api/notifications/read", { data: { ids: [list.notifications[0].id] } });
  expect(theirs.status()).toBe(404);

  // Polled without `after` (a page that showed no history): every event, newest first.
  const changes = (await (await editorPage.request.get(`/api/claims/${claim.id}/changes-since?version=1`)).json()).data;
  expect(changes).toMatchObject({ stale: false, changed: true });
  expect(changes.events[0]).toMatchObject({ action: "comment.added", actor: { name: desk.users.reviewer.name } });
  const next = await editorPage.request.get(
    `/api/claims/${claim.id}/changes-since?version=1&after=${changes.latestEventId}`,
  );
  expect((await next.json()).data).toMatchObject({ changed: false, events: [] });
  const bad = await editorPage.request.get(`/api/claims/${claim.id}/changes-since?version=abc`);
  expect(bad.status()).toBe(400);

  // A viewer may not comment; the refusal says why.
  const viewer = await (await browser.newContext()).newPage();
  await desk.signInAs(viewer, "viewer");
  const refused = await viewer.request.post(`/api/claims/${claim.id}/comments`, { data: { body: "hello" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("Viewers cannot comment.");
});

test("an invitation link makes a new member once; deactivating them shuts them out", async ({
  page,
  browser,
  desk,
}) => {
  const email = `invited-${Date.now().toString(36)}@e2e.test`;
  const prisma = createPrisma(process.env.DATABASE_URL!);
  try {
    await desk.signInAs(page, "admin");
    const created = await page.request.post("/api/invitations", { data: { role: "reviewer", expiresInDays: 2 } });
    expect(created.status()).toBe(200);
    const { path, token, invitation } = (await created.json()).data;
    expect(path).toBe(`/invite/${token}`);
    const listed = (await (await page.request.get("/api/invitations")).json()).data;
    expect(listed.find((i: { id: string }) => i.id === invitation.id)).toMatchObject({ status: "pending" });
    expect(JSON.stringify(listed)).not.toContain(token);

    // A signed-out person accepts it, then signs in with the password they chose.
    const stranger = await browser.newContext();
    const accepted = await stranger.request.post("/api/invitations/accept", {
      data: { token, name: "Nina Newcomer", email, password: "joining the desk today" },
    });
    expect(accepted.status()).toBe(200);
    expect((await accepted.json()).data).toMatchObject({
      role: "reviewer",
      email,
      workspace: { slug: desk.workspace.slug },
    });
    const again = await stranger.request.post("/api/invitations/accept", {
      data: { token, name: "Someone Else", email: `x-${email}`, password: "joining the desk today" },
    });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.message).toBe(
      "This invitation link has already been used. Ask an admin for a new one.",
    );

    const newcomer = await stranger.newPage();
    await newcomer.goto("/signin");
    await newcomer.getByLabel("Email").fill(email);
    await newcomer.getByLabel("Password").fill("joining the desk today");
    await newcomer.getByRole("button", { name: "Sign in" }).click();
    await expect(newcomer).toHaveURL(/\/claims/);
    expect((await newcomer.request.get("/api/notifications/unread-count")).status()).toBe(200);

    const members = (await (await page.request.get("/api/members")).json()).data;
    const joined = members.find((m: { email: string }) => m.email === email);
    expect(joined).toMatchObject({ role: "reviewer", deactivatedAt: null });
    const off = await page.request.patch(`/api/members/${joined.userId}`, { data: { action: "deactivate" } });
    expect(off.status()).toBe(200);
    expect((await off.json()).data).toMatchObject({ member: { userId: joined.userId }, openAssignments: { total: 0 } });
    // Their session ended on the server at once.
    const after = await newcomer.request.get("/api/notifications/unread-count");
    expect(after.status()).toBe(401);

    // The last admin cannot step down.
    const demote = await page.request.patch(`/api/members/${desk.users.admin.id}`, {
      data: { action: "changeRole", role: "editor" },
    });
    expect(demote.status()).toBe(409);
    expect((await demote.json()).error.message).toContain("at least one active admin");
  } finally {
    await prisma.user.deleteMany({ where: { email } });
    await prisma.signInThrottle.deleteMany({ where: { email } });
    await prisma.$disconnect();
  }
});
