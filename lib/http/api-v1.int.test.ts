// The /api/v1 route handlers as Next calls them, against the real database: who the actor is (a Bearer
// token, else the session), what a refusal looks like, and that responses match the documented schemas.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/api-tokens";
import { ZApiArticle, ZApiArticleSummary, ZApiClaim, ZApiClaimSummary } from "@/lib/api-v1/endpoints";
import { setVerdict } from "@/lib/claims/mutations";
import { createWorkspaceFixture, FIXTURE_PASSWORD, type Fixture } from "@/lib/testing/fixtures";

// What only exists inside a Next request: the decoded session cookie, the workspace cookie, headers.
const browser = vi.hoisted(() => ({
  session: null as null | { user: { id: string }; sessionVersion: number; expires: string },
}));
vi.mock("@/lib/auth/nextauth", () => ({ readSession: async () => browser.session }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "en" }),
}));
const { checkCredentials } = await import("@/lib/auth/credentials");
const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[articleId]/route");
const claimsRoute = await import("@/app/api/v1/claims/route");
const claimRoute = await import("@/app/api/v1/claims/[claimId]/route");

const BASE = "http://localhost/api/v1";
const call = (
  route: { GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> },
  path: string,
  opts: { token?: string; authorization?: string; params?: Record<string, string> } = {},
) => {
  const headers = new Headers();
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.authorization !== undefined) headers.set("authorization", opts.authorization);
  return route.GET(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(opts.params ?? {}) });
};

async function signIn(email: string) {
  const r = await checkCredentials(email, FIXTURE_PASSWORD);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  browser.session = { user: { id: r.user.id }, sessionVersion: r.user.sessionVersion, expires: "2999-01-01T00:00:00Z" };
}

let f: Fixture;
let other: Fixture;
let viewerToken: string;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 5 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
  viewerToken = (await createApiToken(f.actors.viewer, { name: "reader" })).token;
});

describe("who is calling", () => {
  it("a token acts as its owner in its workspace: the claim, with its typed history", async () => {
    browser.session = null;
    const claim = f.claims[0]!;
    await setVerdict(f.actors.editor, {
      claimId: claim.id,
      verdict: "disputed",
      rationale: "Kyiv denies it.",
      version: claim.version,
    });
    const res = await call(claimRoute, `/claims/${claim.id}`, { token: viewerToken, params: { claimId: claim.id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const { data } = await res.json();
    ZApiClaim.parse(data);
    expect(data).toMatchObject({ id: claim.id, verdict: "disputed", rationale: "Kyiv denies it." });
    expect(data.history[0]).toMatchObject({
      action: "verdict.set",
      actor: { id: f.actors.editor.userId },
      change: { action: "verdict.set", before: { verdict: "unreviewed" }, after: { verdict: "disputed" } },
    });
  });

  it("a claim of another workspace is not found, whoever asks", async () => {
    const theirs = other.claims[0]!;
    const res = await call(claimRoute, `/claims/${theirs.id}`, { token: viewerToken, params: { claimId: theirs.id } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
    const bad = await call(claimRoute, "/claims/x%00", { token: viewerToken, params: { claimId: "x\u0000" } });
    expect(bad.status).toBe(404);
  });

  it("no session and no token, or a malformed, unknown or revoked token: 401 with WWW-Authenticate: Bearer", async () => {
    browser.session = null;
    const none = await call(articlesRoute, "/articles");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    expect((await none.json()).error.message).toMatch(/Authorization: Bearer/);

    for (const authorization of ["Basic dXNlcjpwYXNz", "Bearer nope", `Bearer fct_${"B".repeat(43)}`]) {
      const res = await call(articlesRoute, "/articles", { authorization });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="api", error="invalid_token"');
    }

    const { token, apiToken } = await createApiToken(f.actors.reviewer, { name: "soon revoked" });
    expect((await call(articlesRoute, "/articles", { token })).status).toBe(200);
    await revokeApiToken(f.actors.reviewer, { tokenId: apiToken.id });
    const revoked = await call(articlesRoute, "/articles", { token });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toBe("This API token has been revoked.");
  });

  it("a session works too; a token sent with it wins, so a revoked token is refused even when signed in", async () => {
    await signIn(f.actors.editor.email);
    const res = await call(articlesRoute, "/articles");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.map((a: { id: string }) => a.id)).toEqual([f.article.id]);
    const { token, apiToken } = await createApiToken(f.actors.editor, { name: "revoked" });
    await revokeApiToken(f.actors.editor, { tokenId: apiToken.id });
    expect((await call(articlesRoute, "/articles", { token })).status).toBe(401);
    browser.session = null;
  });
});

describe("what comes back", () => {
  it("articles: a page with pagination, and one article with its claims, as documented", async () => {
    const list = await (await call(articlesRoute, "/articles?page=1", { token: viewerToken })).json();
    expect(list.pagination).toEqual({ page: 1, pageCount: 1, total: 1 });
    for (const a of list.data) ZApiArticleSummary.parse(a);
    expect(list.data[0]).toMatchObject({ id: f.article.id, claimCount: 5 });

    const one = await call(articleRoute, `/articles/${f.article.id}`, {
      token: viewerToken,
      params: { articleId: f.article.id },
    });
    const { data } = await one.json();
    ZApiArticle.parse(data);
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual(f.claims.map((c) => c.id));
    expect(data).not.toHaveProperty("workspaceId");
  });

  it("claims: filters, and cursor pages that together give every claim once, newest first", async () => {
    const seen: string[] = [];
    let path = "/claims?pageSize=2";
    for (let i = 0; i < 5; i++) {
      const body = await (await call(claimsRoute, path, { token: viewerToken })).json();
      for (const c of body.data) ZApiClaimSummary.parse(c);
      seen.push(...body.data.map((c: { id: string }) => c.id));
      expect(body.pagination.pageSize).toBe(2);
      if (!body.pagination.nextCursor) break;
      path = `/claims?pageSize=2&after=${body.pagination.nextCursor}`;
    }
    const expected = [...f.claims].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
    );
    expect(seen).toEqual(expected.map((c) => c.id));

    const statements = await (await call(claimsRoute, "/claims?category=statement", { token: viewerToken })).json();
    expect(statements.data.map((c: { id: string }) => c.id).sort()).toEqual(
      f.claims
        .filter((c) => c.category === "statement")
        .map((c) => c.id)
        .sort(),
    );
    const claimant = await (await call(claimsRoute, "/claims?claimant=claimant%201", { token: viewerToken })).json();
    expect(claimant.data.every((c: { claimant: string }) => c.claimant === "Claimant 1")).toBe(true);
    expect(claimant.data.length).toBeGreaterThan(0);
  });

  it("an unknown filter value, parameter or cursor is a 400 that names it", async () => {
    const cases: [string, string][] = [
      ["/claims?verdict=maybe", "verdict"],
      ["/claims?category=gossip", "category"],
      ["/claims?verdit=verified", "verdit"],
      ["/claims?pageSize=0", "pageSize"],
      ["/claims?after=not-a-cursor", "after"],
      ["/claims?overdue=yes", "overdue"],
      ["/claims?verdict=verified&verdict=disputed", "verdict"],
    ];
    for (const [path, field] of cases) {
      const res = await call(claimsRoute, path, { token: viewerToken });
      expect(res.status, path).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe("INVALID");
      expect(Object.keys(error.fields), path).toEqual([field]);
      expect(error.message).toBe(`Invalid query parameter: ${field}.`);
    }
    const page = await call(articlesRoute, "/articles?page=abc", { token: viewerToken });
    expect((await page.json()).error.fields).toHaveProperty("page");
  });
});

describe("the database stays as it was", () => {
  it("reading through the API writes nothing but the token's lastUsedAt", async () => {
    const before = await db.claim.findMany({ where: { workspaceId: f.workspace.id }, orderBy: { id: "asc" } });
    await call(claimsRoute, "/claims", { token: viewerToken });
    expect(await db.claim.findMany({ where: { workspaceId: f.workspace.id }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
