// Status codes a client can trust: raw HTTP, redirects not followed. A signed-out page request is a
// real redirect to sign in, a missing record a real 404, and the page title is in the first <head>
// (not streamed in later), whatever the server's load.
import { createRequire } from "node:module";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const GET = { maxRedirects: 0 } as const;

/** The page request of a signed-in browser page, with its cookies, redirects not followed. */
function get(page: Page, path: string) {
  return page.request.get(path, GET);
}

async function expectSignInRedirect(request: APIRequestContext, path: string, callbackUrl: string) {
  const res = await request.get(path, GET);
  expect(res.status(), path).toBeGreaterThanOrEqual(300);
  expect(res.status(), path).toBeLessThan(400);
  const location = new URL(res.headers()["location"] ?? "", "http://app.invalid");
  expect(location.pathname, path).toBe("/signin");
  expect(location.searchParams.get("callbackUrl"), path).toBe(callbackUrl);
}

test("every page sends a signed-out visitor to sign in with a redirect, coming back to where they were", async ({
  request,
  desk,
}) => {
  const claim = desk.claim("nk-troops-14000").id;
  const article = desk.article.id;
  const pages: [string, string][] = [
    ["/", "/claims"],
    ["/claims", "/claims"],
    ["/claims?claimant=ukraina&verdict=unreviewed", "/claims?verdict=unreviewed&claimant=ukraina"],
    [`/claims/${claim}`, `/claims/${claim}`],
    ["/claims/no-such-claim", "/claims/no-such-claim"],
    ["/articles", "/articles"],
    ["/articles?page=2", "/articles?page=2"],
    [`/articles/${article}`, `/articles/${article}`],
    ["/articles/no-such-article", "/articles/no-such-article"],
    ["/no-workspace", "/claims"],
    ["/notifications", "/notifications"],
    ["/notifications?unread=1", "/notifications?unread=1"],
    ["/settings", "/settings"],
    ["/settings/members", "/settings/members"],
  ];
  for (const [path, callbackUrl] of pages) await expectSignInRedirect(request, path, callbackUrl);
});

test("a claim or article that is missing or another workspace's is a real 404", async ({ page, desk, otherDesk }) => {
  await desk.signInAs(page, "viewer");
  const cases = [
    "/claims/no-such-claim",
    `/claims/${otherDesk.claim("nk-troops-14000").id}`,
    "/articles/no-such-article",
    `/articles/${otherDesk.article.id}`,
  ];
  for (const path of cases) {
    const res = await get(page, path);
    expect(res.status(), path).toBe(404);
    const html = await res.text();
    expect(html, path).toMatch(/does not exist in your workspace/);
    // Nothing of the other workspace's record leaks into the page.
    expect(html, path).not.toContain("Pejabat Ukraina");
  }
  // The desk's own records are there, with a 200.
  expect((await get(page, `/claims/${desk.claim("nk-troops-14000").id}`)).status()).toBe(200);
  expect((await get(page, `/articles/${desk.article.id}`)).status()).toBe(200);
});

/** The document's <head> as first sent, and where the body begins. */
function headOf(html: string) {
  const headEnd = html.indexOf("</head>");
  expect(headEnd, "the document has a head").toBeGreaterThan(0);
  return html.slice(0, headEnd);
}

test("the claim and article pages have their title in the initial <head>, in both languages", async ({
  page,
  desk,
}) => {
  await desk.signInAs(page, "reviewer");
  const claimPath = `/claims/${desk.claim("nk-troops-14000").id}`;
  const articlePath = `/articles/${desk.article.id}`;
  for (const [locale, claimTitle] of [
    ["en", "Claim by Pejabat Ukraina"],
    ["id", "Klaim dari Pejabat Ukraina"],
  ] as const) {
    await page.context().addCookies([{ name: "locale", value: locale, url: page.url() }]);
    const claimHead = headOf(await (await get(page, claimPath)).text());
    expect(claimHead).toMatch(new RegExp(`<title>${claimTitle}[^<]*</title>`));
    const articleHead = headOf(await (await get(page, articlePath)).text());
    expect(articleHead).toContain(`<title>${desk.article.title}`);
  }
});

test("every browser gets its metadata in the head, not streamed: Next's own decision for common user agents", async ({
  page,
}) => {
  // On an idle machine the title often arrives in time anyway; what makes it certain under load is that
  // Next renders metadata blocking for the user agent. Ask Next's own function, with our config.
  const { shouldServeStreamingMetadata } = createRequire(import.meta.url)(
    "next/dist/server/lib/streaming-metadata.js",
  ) as {
    shouldServeStreamingMetadata: (userAgent: string, htmlLimitedBots: string | undefined) => boolean;
  };
  const config = (await import(new URL("../next.config.js", import.meta.url).href)) as {
    default: { htmlLimitedBots?: RegExp };
  };
  const limited = config.default.htmlLimitedBots?.source;
  const agents = [
    await page.evaluate(() => navigator.userAgent),
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
  ];
  for (const ua of agents) expect(shouldServeStreamingMetadata(ua, limited), ua).toBe(false);
});
