// Sign-in and session security: forged cookies, a server without a secret, redirects after sign-in,
// and sessions that end on the server when their user signs out.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { MISSING_AUTH_SECRET } from "../lib/env";
import { expect, test } from "./fixtures";

// Auth.js's session cookie over plain http (the e2e server), which is also the token's salt.
const SESSION_COOKIE = "authjs.session-token";
// The fallback secret the app used to print in its source; kept here only, to prove it signs nothing.
const OLD_DEMO_SECRET = "local-demo-secret-change-me-in-production-0000";

function forgeSession(secret: string, user: { id: string; email: string; name: string }) {
  return encode({
    secret,
    salt: SESSION_COOKIE,
    token: { sub: user.id, uid: user.id, sv: 1, email: user.email, name: user.name },
  });
}

test("a session cookie forged with the old demo secret signs nobody in", async ({ page, desk, baseURL }) => {
  const admin = desk.users.admin;
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: await forgeSession(OLD_DEMO_SECRET, admin), url: baseURL }]);
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByLabel("Email")).toBeVisible();

  // The same token sealed with the server's real secret is a session: the forgery itself is sound,
  // only the secret is wrong.
  const secret = process.env.AUTH_SECRET;
  expect(secret, "the e2e server's AUTH_SECRET").toBeTruthy();
  expect(secret).not.toBe(OLD_DEMO_SECRET);
  await page.context().addCookies([{ name: SESSION_COOKIE, value: await forgeSession(secret!, admin), url: baseURL }]);
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByText(admin.name)).toBeVisible();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

test("a server started without AUTH_SECRET refuses to serve, saying why in one line", async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.AUTH_SECRET;
  const nextBin = path.resolve(import.meta.dirname, "../node_modules/next/dist/bin/next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(await freePort()), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  server.stderr.on("data", (d) => (stderr += d));
  server.stdout.resume();
  const code = await new Promise<number | null>((resolve) => {
    // A server that starts serving never exits by itself: stop it and fail.
    const timer = setTimeout(() => {
      server.kill("SIGTERM");
      resolve(null);
    }, 30_000);
    server.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, "exit code (null: it kept serving)").toBe(1);
  expect(stderr.trim().split("\n")).toEqual([MISSING_AUTH_SECRET]);
});

test("a callback URL that resolves to another site is ignored after signing in", async ({
  page,
  desk,
  baseURL,
  browser,
}) => {
  const site = new URL(baseURL!).host;
  // Should the browser ever head off-site, it lands here (the machine has no internet) and the URL shows it.
  const offSite = async (route: { fulfill: (r: { body: string; contentType: string }) => Promise<void> }) =>
    route.fulfill({ body: "<h1>Somewhere else</h1>", contentType: "text/html" });
  const isOffSite = (url: URL) => url.host !== site;

  // From the link a phishing mail would carry.
  await page.context().route(isOffSite, offSite);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/.//evil.example")}`);
  await page.getByLabel("Email").fill(desk.users.reviewer.email);
  await page.getByLabel("Password").fill(desk.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  expect(new URL(page.url()).host).toBe(site);

  // Straight at the sign-in action, past the page's own check, as a hand-made form would post it.
  const context = await browser.newContext();
  await context.route(isOffSite, offSite);
  const other = await context.newPage();
  await other.goto("/signin");
  await other
    .locator('input[name="callbackUrl"]')
    .evaluate((el, v) => ((el as HTMLInputElement).value = v), "/claims/../..//evil.example");
  await other.getByLabel("Email").fill(desk.users.editor.email);
  await other.getByLabel("Password").fill(desk.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/claims$/);
  expect(new URL(other.url()).host).toBe(site);
  await context.close();
});

test("a session cookie captured before signing out no longer works after it", async ({ page, desk, browser }) => {
  await desk.signInAs(page, "reviewer");
  const captured = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(captured, "the session cookie").toBeTruthy();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // Someone who copied the cookie earlier replays it in a browser of their own.
  const replay = await browser.newContext();
  await replay.addCookies([captured!]);
  const stolen = await replay.newPage();
  await stolen.goto("/claims");
  await expect(stolen).toHaveURL(/\/signin/);
  await expect(stolen.getByLabel("Email")).toBeVisible();
  await expect(stolen.getByText(desk.users.reviewer.name)).toHaveCount(0);
  const api = await stolen.request.put(`/api/claims/${desk.claim("nk-troops-14000").id}/verdict`, {
    data: { verdict: "verified", rationale: "with a cookie from before sign-out", version: 1 },
  });
  expect(api.status()).toBe(401);
  await replay.close();

  // Signing in again works as before.
  await desk.signInAs(page, "reviewer");
  await expect(page.getByText(desk.users.reviewer.name)).toBeVisible();
});
