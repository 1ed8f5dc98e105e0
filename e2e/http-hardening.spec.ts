// What the HTTP layer promises, checked against the built app: security headers on pages and the API,
// a claim page that works under its CSP with no violation, 4xx (never 5xx) for bad input, bounded
// bodies, 403 for a foreign server action, 503 when the database is down.
import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { expect, openTroopsClaim, test, unique, type Desk } from "./fixtures";

const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;

async function countEvents(desk: Desk): Promise<{ events: number; evidence: number }> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const r = await db.query(
      `SELECT (SELECT count(*)::int FROM claim_events WHERE "workspaceId" = $1) AS events, (SELECT count(*)::int FROM evidence WHERE "workspaceId" = $1) AS evidence`,
      [desk.workspace.id],
    );
    return r.rows[0];
  } finally {
    await db.end();
  }
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => {
    srv.listen(0, "127.0.0.1", resolve);
  });
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => {
    srv.close(() => resolve());
  });
  return port;
}

test.describe("security headers", () => {
  test("a page carries a nonce CSP (every script tag has the nonce), frame, type and referrer policies; HSTS only over https", async ({
    request,
  }) => {
    const res = await request.get("/signin");
    expect(res.status()).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["strict-transport-security"]).toBeUndefined();

    const nonce = NONCE.exec(csp)![1];
    const scripts = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce for every response.
    expect(NONCE.exec((await request.get("/signin")).headers()["content-security-policy"]!)![1]).not.toBe(nonce);

    const overTls = (await request.get("/signin", { headers: { "x-forwarded-proto": "https" } })).headers();
    expect(overTls["strict-transport-security"]).toBe("max-age=31536000");
    expect(overTls["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("an API response carries a CSP that allows nothing, and the same frame, type and referrer policies", async ({
    request,
  }) => {
    const res = await request.post("/api/preferences", { data: { locale: "en" } });
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["strict-transport-security"]).toBeUndefined();
    const overTls = await request.post("/api/preferences", {
      data: { locale: "en" },
      headers: { "x-forwarded-proto": "https" },
    });
    expect(overTls.headers()["strict-transport-security"]).toBe("max-age=31536000");
  });

  test("the claim page works under its CSP: no violation while signing in, reviewing and saving", async ({
    page,
    desk,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });

    await desk.signInAs(page, "reviewer");
    const response = await page.goto(`/claims/${desk.claim("nk-troops-14000").id}`);
    expect(response?.headers()["content-security-policy"]).toMatch(NONCE);
    await openTroopsClaim(page, desk);
    // Client-side scripts run: the evidence form and the verdict form talk to the API.
    const title = unique("CSP evidence");
    await page.getByLabel("Evidence URL").fill("https://www.reuters.com/world/csp");
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
    await page.getByLabel("Stance").selectOption({ label: "Context" });
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByTestId("evidence-item").getByRole("link", { name: title })).toBeVisible();
    await page.getByRole("radio", { name: /Verified/ }).check();
    await page.getByLabel("Rationale").fill(unique("Checked under the CSP"));
    await page.getByRole("button", { name: "Save verdict" }).click();
    // This toast, not the evidence one still on screen: reloading earlier would cancel the save.
    await expect(page.getByTestId("toast").filter({ hasText: "Verdict saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("verdict-current")).toContainText("Verified");
    expect(violations).toEqual([]);
  });

  test("another site cannot frame the claim page (its verdict form)", async ({ page, desk, baseURL }) => {
    await desk.signInAs(page, "reviewer");
    const target = `${baseURL}/claims/${desk.claim("nk-troops-14000").id}`;
    // The other site: another origin on this machine (another port), so the session cookie would go along.
    const framer = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<!doctype html><title>framer</title><iframe title="framed" src="${target}" width="1000" height="700"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => {
      framer.listen(0, "127.0.0.1", resolve);
    });
    try {
      await page.goto(`http://127.0.0.1:${(framer.address() as net.AddressInfo).port}/`);
      // Chromium replaces a frame it refuses to show with its error page.
      const framed = () => page.frames().find((f) => f !== page.mainFrame());
      await expect.poll(() => framed()?.url()).toMatch(/^chrome-error:/);
      await expect(page.frameLocator("iframe").getByRole("button", { name: "Save verdict" })).toHaveCount(0);
    } finally {
      framer.close();
    }
  });
});

test.describe("bad input gets a 4xx, never a 500", () => {
  test("NUL and control characters are refused at the field, bad ids are not found, versions are integers; nothing is written", async ({
    page,
    desk,
  }) => {
    await desk.signInAs(page, "reviewer");
    const api = page.request;
    const claimId = desk.claim("nk-troops-14000").id;
    const before = await countEvents(desk);

    const verdict = { verdict: "disputed", rationale: "Sources disagree", version: 1 };
    const nul = await api.put(`/api/claims/${claimId}/verdict`, {
      data: { ...verdict, rationale: "Sources\u0000 disagree" },
    });
    expect(nul.status()).toBe(400);
    expect((await nul.json()).error.fields).toEqual({
      rationale: "Remove the control characters (such as NUL) or broken characters from this text.",
    });

    const evidence = {
      url: "https://www.reuters.com/x",
      title: "Report",
      publisher: "Reuters",
      archivedUrl: "https://archive.org/x",
      excerpt: "An excerpt",
      stance: "refutes",
    };
    for (const field of ["url", "title", "publisher", "archivedUrl", "excerpt"] as const) {
      for (const bad of ["\u0000", "\u001b", "\ud800"]) {
        const res = await api.post(`/api/claims/${claimId}/evidence`, {
          data: { ...evidence, [field]: `${evidence[field]}${bad}` },
        });
        expect(res.status(), `${field} ${JSON.stringify(bad)}`).toBe(400);
        expect(Object.keys((await res.json()).error.fields), field).toEqual([field]);
      }
    }

    for (const version of [2 ** 31, 1e308, " 2 ", [3], true, "1", 0, 1.5]) {
      const res = await api.put(`/api/claims/${claimId}/verdict`, { data: { ...verdict, version } });
      expect(res.status(), JSON.stringify(version)).toBe(400);
      expect((await res.json()).error.fields, JSON.stringify(version)).toEqual({
        version: "The page is out of date; reload it.",
      });
    }

    for (const path of [
      `/api/claims/%00/verdict`,
      `/api/claims/a%00b/evidence`,
      `/api/claims/${claimId}/evidence/%00`,
      `/api/claims/${"x".repeat(65)}/verdict`,
    ]) {
      const method = path.includes("/evidence/") ? "DELETE" : path.endsWith("/evidence") ? "POST" : "PUT";
      const res = await api.fetch(path, { method, data: path.endsWith("/evidence") ? evidence : verdict });
      expect(res.status(), path).toBe(404);
      expect((await res.json()).error.code, path).toBe("NOT_FOUND");
    }

    const malformed = await api.put("/api/claims/%ff/verdict", { data: verdict });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({
      error: { code: "INVALID", message: "This address is malformed (broken %-encoding)." },
    });

    expect(await countEvents(desk)).toEqual(before);
  });

  test("a malformed or control-character page path shows the not-found page with 404", async ({ page, desk }) => {
    await desk.signInAs(page, "reviewer");
    for (const path of ["/claims/%ff", "/claims/%00", "/articles/%E0%A4%A"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });
});

test.describe("request bodies", () => {
  test("a body over the limit gets 413 with a message, whether declared or chunked, and the server stops reading", async ({
    request,
    baseURL,
  }) => {
    const declared = await request.post("/api/preferences", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(`{"locale":"en","pad":"${"x".repeat(1024 * 1024)}"}`),
    });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).error).toEqual({
      code: "TOO_LARGE",
      message: "The request is too large (the limit is 64 KB). Nothing was saved.",
    });

    // 200 MB, chunked (no Content-Length): the answer must come long before the upload could finish.
    const total = 200 * 1024 * 1024;
    const { status, sentWhenAnswered } = await new Promise<{ status: number; sentWhenAnswered: number }>(
      (resolve, reject) => {
        const target = new URL("/api/preferences", baseURL);
        const req = http.request({
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: { "content-type": "application/json" },
        });
        let sent = 0;
        const state = { answered: false };
        const chunk = Buffer.alloc(256 * 1024, 0x78);
        req.on("response", (res) => {
          state.answered = true;
          resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
          res.resume();
          req.destroy();
        });
        req.on("error", (e) => {
          if (!state.answered) reject(e);
        });
        req.write('{"locale":"en","pad":"');
        const pump = () => {
          while (!state.answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", pump);
          }
          if (!state.answered) req.end('"}');
        };
        pump();
      },
    );
    expect(status).toBe(413);
    expect(sentWhenAnswered).toBeLessThan(total / 4);
  });

  test("a JSON route refuses other media types with 415, signed in or not", async ({ page, desk, request }) => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await request.post("/api/preferences", {
        headers: { "content-type": type },
        data: Buffer.from('{"locale":"en"}'),
      });
      expect(res.status(), type).toBe(415);
      expect((await res.json()).error.message).toBe(
        "The request must be sent as JSON (Content-Type: application/json). Nothing was saved.",
      );
      expect(res.headers()["set-cookie"]).toBeUndefined();
    }
    await desk.signInAs(page, "reviewer");
    const before = await countEvents(desk);
    const form = await page.request.post(`/api/claims/${desk.claim("nk-troops-14000").id}/evidence`, {
      form: { url: "https://www.reuters.com/x", title: "Form post", stance: "context" },
    });
    expect(form.status()).toBe(415);
    expect(await countEvents(desk)).toEqual(before);
  });
});

test("a server action posted from another site gets a 403 with a message", async ({ request, baseURL }) => {
  const foreign = await request.post("/signin", {
    headers: {
      origin: "https://evil.example",
      "next-action": "0".repeat(42),
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({
    error: { code: "FORBIDDEN", message: "This request came from another site and was refused." },
  });
  const foreignForm = await request.post("/claims", {
    headers: { origin: "null", "accept-language": "id" },
    form: { x: "1" },
  });
  expect(foreignForm.status()).toBe(403);
  expect(await foreignForm.text()).toBe("Permintaan ini berasal dari situs lain dan ditolak.");
  // The same request from the site itself is not refused for its origin.
  const own = await request.post("/signin", {
    headers: { origin: baseURL!, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(own.status()).not.toBe(403);
});

test("a malformed callback URL to Auth.js's routes is a 400 or ignored, never its 500", async ({
  playwright,
  baseURL,
}) => {
  // Auth.js reads both as server misconfiguration; any client can send either.
  const client = await playwright.request.newContext({ baseURL });
  try {
    const query = await client.get("/api/auth/csrf?callbackUrl=javascript:alert(1)");
    expect(query.status()).toBe(400);
    expect((await query.json()).error.fields).toHaveProperty("callbackUrl");
    const cookie = await client.get("/api/auth/csrf", { headers: { cookie: "authjs.callback-url=2147483647" } });
    expect(cookie.status()).toBe(200);
    expect(typeof (await cookie.json()).csrfToken).toBe("string");
  } finally {
    await client.dispose();
  }
});

test("with the database down, a write gets 503 with Retry-After and 'nothing was saved'", async ({ page, desk }) => {
  test.setTimeout(90_000);
  await desk.signInAs(page, "reviewer");
  // A second server on the same build whose database is a closed port; the session cookie is valid for both.
  const port = await freePort();
  const closed = await freePort();
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { ...process.env, DATABASE_URL: `postgresql://postgres@127.0.0.1:${closed}/gone` },
      stdio: "ignore",
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    // Ready when it answers (without the session: a signed-in page would need the database).
    await expect(async () => expect((await fetch(`${base}/signin`)).status).toBe(200)).toPass({ timeout: 60_000 });
    const res = await page.request.put(`${base}/api/claims/${desk.claim("nk-troops-14000").id}/verdict`, {
      data: { verdict: "verified", rationale: "Saved during an outage?", version: 1 },
    });
    expect(res.status()).toBe(503);
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await res.json()).error).toEqual({
      code: "UNAVAILABLE",
      message: "The database cannot be reached right now. Nothing was saved; please try again in a moment.",
    });
  } finally {
    server.kill("SIGTERM");
  }
});
