// Two app instances from one build on one database (decision 0022, docs/deploy.md): no sticky sessions,
// no per-process state. The first instance is Playwright's web server; this file starts a second
// `next start` itself, with the same environment (same AUTH_SECRET, same DATABASE_URL).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { test, expect, unique } from "./fixtures";

let second: ChildProcess | undefined;
let secondUrl = "";

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

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  second = spawn(
    process.execPath,
    [path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { env: process.env, stdio: "ignore" },
  );
  // Ready when it serves the sign-in page (a busy machine may take a while: poll, don't guess).
  await expect
    .poll(
      async () => {
        if (second?.exitCode !== null) throw new Error(`the second instance exited (${second?.exitCode})`);
        return fetch(`${secondUrl}/signin`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 150_000, intervals: [250, 500, 1000] },
    )
    .toBe(200);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

test("a verdict saved through one instance is seen through the other at once, in the same session", async ({
  page,
  desk,
}) => {
  const claimId = desk.claim("nk-troops-14000").id;
  await desk.signInAs(page, "editor"); // on the first instance
  // Cookies belong to the host, not the port: the same browser is signed in on the second instance.
  const other = await page.context().newPage();
  await other.goto(`${secondUrl}/claims/${claimId}`);
  await expect(other).toHaveURL(`${secondUrl}/claims/${claimId}`);
  await expect(other.getByRole("radio", { name: /Disputed/ })).toBeVisible();

  const rationale = unique("Only Ukrainian officials give this figure");
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("radio", { name: /Disputed/ }).check();
  await page.getByLabel("Rationale").fill(rationale);
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("toast").filter({ hasText: "Verdict saved" })).toBeVisible();

  // One fresh load of the second instance shows it: nothing cached per process.
  await other.goto(`${secondUrl}/claims/${claimId}`);
  await expect(other.getByTestId("verdict-current")).toContainText("Disputed");
  await expect(other.getByText(rationale).first()).toBeVisible();
  // And its claims list counts it (the counters live in the database).
  await other.goto(`${secondUrl}/claims?verdict=disputed`);
  await expect(
    other.getByRole("navigation", { name: "Filter by verdict" }).getByRole("link", { name: /Disputed/ }),
  ).toContainText("1");
  await expect(other.locator(`a[href="/claims/${claimId}"]`).first()).toBeVisible();
});

test("signing out through one instance ends the session on the other", async ({ page, desk, browser }) => {
  await desk.signInAs(page, "reviewer"); // on the first instance
  const captured = await page.context().cookies();
  const other = await page.context().newPage();
  await other.goto(`${secondUrl}/claims`);
  await expect(other).toHaveURL(`${secondUrl}/claims`);
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other).toHaveURL(/\/signin/);
  // The cookie as it was before signing out, replayed against the first instance, no longer works:
  // the session's version lives in the database, not in either process.
  const replay = await browser.newContext();
  await replay.addCookies(captured);
  const again = await replay.newPage();
  await again.goto("/claims");
  await expect(again).toHaveURL(/\/signin/);
  await replay.close();
});
