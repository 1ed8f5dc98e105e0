// The read-only API over HTTP, as a script uses it: a member makes a personal token in Settings → API
// tokens, then a client with no cookies reads articles and claims with it (filters, cursor pages, a
// claim's history), meets the API's refusals, and is shut out once the token is revoked.
import { expect, test } from "./fixtures";
import { createPrisma } from "../scripts/lib/prisma";

test("a token made in settings reads the API; bad input is named; revoked, it is refused", async ({
  page,
  playwright,
  desk,
  otherDesk,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await desk.signInAs(page, "reviewer");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();

  // An empty name is refused at the field.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Give the token a name.")).toBeVisible();
  await expect(page.getByLabel("Name")).toBeFocused();

  await page.getByLabel("Name").fill("Newsroom script");
  await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("heading", { name: "Copy your new token now" })).toBeFocused();
  const secret = page.getByRole("textbox", { name: "New token" });
  await expect(secret).toHaveValue(/^fct_[A-Za-z0-9_-]{43}$/);
  const token = await secret.inputValue();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Token copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  const row = page.getByRole("row", { name: /Newsroom script/ });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await page.getByRole("button", { name: "I have copied it" }).click();
  await expect(secret).toBeHidden();

  // A client with no session, only the token.
  const api = await playwright.request.newContext({
    extraHTTPHeaders: { authorization: `Bearer ${token}`, "accept-language": "en" },
  });
  try {
    const articles = await api.get("/api/v1/articles");
    expect(articles.status()).toBe(200);
    expect((await articles.json()).data).toEqual([expect.objectContaining({ id: desk.article.id })]);

    // Cursor pages over the desk's claims: no claim twice, none missing, and a way back.
    const all = (await (await api.get(`/api/v1/claims?articleId=${desk.article.id}&pageSize=200`)).json()).data;
    expect(all.length).toBe(desk.claims.size);
    const first = await (await api.get(`/api/v1/claims?articleId=${desk.article.id}&pageSize=5`)).json();
    expect(first.data).toHaveLength(5);
    expect(first.pagination.prevCursor).toBeNull();
    const second = await (
      await api.get(`/api/v1/claims?articleId=${desk.article.id}&pageSize=5&after=${first.pagination.nextCursor}`)
    ).json();
    expect(second.pagination.prevCursor).toBeTruthy();
    const ids = (b: { data: { id: string }[] }) => b.data.map((c) => c.id);
    expect([...ids(first), ...ids(second)]).toEqual(all.slice(0, 10).map((c: { id: string }) => c.id));

    const troops = await (await api.get("/api/v1/claims?category=troop_count")).json();
    expect(troops.data.length).toBeGreaterThan(0);
    expect(troops.data.every((c: { category: string }) => c.category === "troop_count")).toBe(true);

    // The reviewer gives a verdict in the app; the API's claim shows it and its history.
    const claimId = desk.claim("nk-troops-14000").id;
    const before = (await (await api.get(`/api/v1/claims/${claimId}`)).json()).data;
    const verdict = await page.request.put(`/api/claims/${claimId}/verdict`, {
      data: { verdict: "disputed", rationale: "Only Ukrainian officials give the figure.", version: before.version },
    });
    expect(verdict.status()).toBe(200);
    const claim = (await (await api.get(`/api/v1/claims/${claimId}`)).json()).data;
    expect(claim).toMatchObject({
      id: claimId,
      verdict: "disputed",
      reviewedBy: { name: desk.users.reviewer.name },
      review: { status: expect.any(String) },
    });
    expect(claim.history[0]).toMatchObject({
      action: "verdict.set",
      actor: { name: desk.users.reviewer.name },
      change: { after: { verdict: "disputed", rationale: "Only Ukrainian officials give the figure." } },
    });
    expect(claim.history.map((h: { action: string }) => h.action)).toContain("claim.created");

    // Another newsroom's claim does not exist for this token.
    const theirs = await api.get(`/api/v1/claims/${otherDesk.claim("nk-troops-14000").id}`);
    expect(theirs.status()).toBe(404);

    // An unknown filter value is refused by name.
    const bad = await api.get("/api/v1/claims?verdict=maybe");
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.message).toBe("Invalid query parameter: verdict.");
    expect(Object.keys(error.fields)).toEqual(["verdict"]);

    // Downloads: the claims export and the article's report, streamed, and logged as the token's.
    const csv = await api.get(`/api/v1/exports/claims?format=csv&articleId=${desk.article.id}&category=troop_count`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("14.000");
    const report = await api.get(`/api/v1/articles/${desk.article.id}/report?format=ndjson`);
    expect(report.status()).toBe(200);
    const lines = (await report.text()).trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(desk.claims.size);
    const badFormat = await api.get(`/api/v1/articles/${desk.article.id}/report?format=docx`);
    expect(badFormat.status()).toBe(400);
    expect(Object.keys((await badFormat.json()).error.fields)).toEqual(["format"]);
    const prisma = createPrisma(process.env.DATABASE_URL!);
    try {
      const logged = await prisma.exportLog.findMany({
        where: { workspaceId: desk.workspace.id },
        select: { scope: true, format: true, userId: true, token: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      });
      expect(logged).toEqual([
        { scope: "claims", format: "csv", userId: desk.users.reviewer.id, token: { name: "Newsroom script" } },
        { scope: "article", format: "ndjson", userId: desk.users.reviewer.id, token: { name: "Newsroom script" } },
      ]);
    } finally {
      await prisma.$disconnect();
    }

    // The settings page shows the token was used.
    await page.reload();
    await expect(page.getByRole("row", { name: /Newsroom script/ })).not.toContainText("Never");

    // Revoked in settings: the next call is refused at once.
    await page.getByRole("button", { name: "Revoke Newsroom script" }).click();
    await expect(page.getByText("Revoke “Newsroom script”? Anything using it stops working at once.")).toBeVisible();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByTestId("toast").filter({ hasText: "Token “Newsroom script” revoked." })).toBeVisible();
    await expect(page.getByRole("row", { name: /Newsroom script/ })).toContainText("Revoked");
    const refused = await api.get("/api/v1/articles");
    expect(refused.status()).toBe(401);
    expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="api", error="invalid_token"');
    expect((await refused.json()).error.message).toBe("This API token has been revoked.");
  } finally {
    await api.dispose();
  }
});

test("a session reads the API too; without either the API says how to authenticate; a token cannot mint tokens", async ({
  page,
  playwright,
  desk,
}) => {
  await desk.signInAs(page, "viewer");
  const mine = await page.request.get("/api/v1/claims?pageSize=3");
  expect(mine.status()).toBe(200);
  expect((await mine.json()).data).toHaveLength(3);

  const anonymous = await playwright.request.newContext({ extraHTTPHeaders: { "accept-language": "en" } });
  const created = await page.request.post("/api/tokens", { data: { name: "viewer's script" } });
  expect(created.status()).toBe(200);
  const { token } = (await created.json()).data;
  try {
    const none = await anonymous.get("/api/v1/claims");
    expect(none.status()).toBe(401);
    expect(none.headers()["www-authenticate"]).toBe('Bearer realm="api"');
    expect((await none.json()).error.message).toContain("Authorization: Bearer");

    const withToken = { authorization: `Bearer ${token}` };
    expect((await anonymous.get("/api/v1/claims?pageSize=1", { headers: withToken })).status()).toBe(200);
    expect((await anonymous.post("/api/tokens", { headers: withToken, data: { name: "minted" } })).status()).toBe(401);
    expect((await anonymous.get("/api/tokens", { headers: withToken })).status()).toBe(401);

    const doc = await anonymous.get("/api/v1/openapi.json");
    expect(doc.status()).toBe(200);
    const spec = await doc.json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/claims", "/api/v1/claims/{claimId}"]));
  } finally {
    await anonymous.dispose();
  }
});
