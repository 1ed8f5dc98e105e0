// Similar claims against the real database: the claim page's endpoint (GET /api/claims/[claimId]/similar,
// as Next calls it), the batched search intake uses, and the statement timeout that bounds both.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addArticleWithClaims } from "@/lib/search/testing";
import { createWorkspaceFixture, FIXTURE_PASSWORD, type Fixture } from "@/lib/testing/fixtures";
import { similarClaims, similarClaimsForMany, similarClaimsOf, type SimilarClaim } from "@/lib/search/similar";
import { errorResponse } from "@/lib/http/errors";
import { AppError } from "@/lib/errors";

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
const similarRoute = await import("@/app/api/claims/[claimId]/similar/route");

async function signIn(email: string | null) {
  if (!email) {
    browser.session = null;
    return;
  }
  const r = await checkCredentials(email, FIXTURE_PASSWORD);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  browser.session = { user: { id: r.user.id }, sessionVersion: r.user.sessionVersion, expires: "2999-01-01T00:00:00Z" };
}

const get = (claimId: string) =>
  similarRoute.GET(new Request(`http://localhost/api/claims/${encodeURIComponent(claimId)}/similar`), {
    params: Promise.resolve({ claimId }),
  });

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return { code: e.code, key: e.messageKey };
}

let f: Fixture;
let other: Fixture;
let elsewhere: Awaited<ReturnType<typeof addArticleWithClaims>>;
let here: Awaited<ReturnType<typeof addArticleWithClaims>>;

beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 1 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
  elsewhere = await addArticleWithClaims(f.workspace.id, {
    language: "en",
    claims: [
      { quote: "Pyongyang sent about 14,000 soldiers to the Kursk region to fight for Russia.", claimant: "Kyiv" },
      { quote: "The harbour bridge reopened to traffic after three weeks of repairs.", claimant: "City hall" },
      { quote: "Seoul says Pyongyang sent 3,000 more soldiers to the Kursk region.", claimant: "Seoul" },
    ],
  });
  here = await addArticleWithClaims(f.workspace.id, {
    language: "en",
    claims: [
      { quote: "Pyongyang sent roughly 14,000 soldiers to the Kursk region to fight for Russia." },
      // Same article: never offered as "similar" to its neighbour.
      { quote: "Pyongyang sent nearly 14,000 soldiers to the Kursk region to fight for Russia." },
    ],
  });
  // The same sentence in another workspace: never visible from this one.
  await addArticleWithClaims(other.workspace.id, {
    language: "en",
    claims: [{ quote: "Pyongyang sent about 14,000 soldiers to the Kursk region to fight for Russia." }],
  });
});

describe("GET /api/claims/[claimId]/similar", () => {
  it("answers the claims in other articles of the reader's workspace that read like this one", async () => {
    await signIn(f.actors.viewer.email);
    const res = await get(here.claims[0]!.id);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: SimilarClaim[] };
    expect(data.map((s) => s.id)).toEqual([elsewhere.claims[0]!.id, elsewhere.claims[2]!.id]);
    expect(data[0]).toEqual({
      id: elsewhere.claims[0]!.id,
      quote: elsewhere.claims[0]!.quote,
      claimant: "Kyiv",
      verdict: "unreviewed",
      article: { id: elsewhere.article.id, title: elsewhere.article.title },
      similarity: expect.any(Number),
    });
    expect(data[0]!.similarity).toBeGreaterThan(data[1]!.similarity);
  });

  it("is 401 signed out, and 404 for a claim in another workspace or no claim at all", async () => {
    await signIn(null);
    expect((await get(here.claims[0]!.id)).status).toBe(401);
    await signIn(f.actors.editor.email);
    const foreign = await db.claim.findFirstOrThrow({ where: { workspaceId: other.workspace.id } });
    const res = await get(foreign.id);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain(foreign.quote);
    expect((await get("no-such-claim")).status).toBe(404);
    expect((await get("not an id!")).status).toBe(404);
    await signIn(other.actors.viewer.email);
    expect((await get(here.claims[0]!.id)).status).toBe(404);
  });
});

describe("one query for many texts (the suggestions page)", () => {
  it("gives each text what the one-text search gives it", async () => {
    const texts = [
      { key: "a", text: here.claims[0]!.quote },
      { key: "b", text: "The harbour bridge reopened to traffic after weeks of repairs." },
      { key: "c", text: "Something else entirely, about the weather in Jakarta." },
      { key: "d", text: "   " },
      { key: "e", text: elsewhere.claims[2]!.quote },
    ];
    for (const limit of [1, 3]) {
      const many = await similarClaimsForMany(f.actors.viewer, { texts, articleId: here.article.id, limit });
      expect([...many.keys()]).toEqual(["a", "b", "c", "d", "e"]);
      for (const { key, text } of texts) {
        const one = await similarClaims(f.actors.viewer, { text, articleId: here.article.id, limit });
        expect(many.get(key)).toEqual(one);
      }
      expect(many.get("a")!.length).toBe(Math.min(limit, 2));
      expect(many.get("b")!.map((s) => s.id)).toEqual([elsewhere.claims[1]!.id]);
      expect(many.get("c")).toEqual([]);
      expect(many.get("d")).toEqual([]);
    }
  });

  it("stays in the actor's workspace", async () => {
    const many = await similarClaimsForMany(other.actors.viewer, {
      texts: [{ key: "a", text: here.claims[0]!.quote }],
      limit: 5,
    });
    expect(many.get("a")!.every((s) => s.id !== elsewhere.claims[0]!.id && s.id !== here.claims[1]!.id)).toBe(true);
    expect(many.get("a")).toHaveLength(1);
  });
});

describe("the bound on a search's cost", () => {
  it("stops a search that runs past its statement timeout and says so clearly", async () => {
    // Enough near-identical quotes that checking them all takes far longer than 1 ms.
    const crowded = await createWorkspaceFixture({ claimCount: 0 });
    const { article, claims } = await addArticleWithClaims(crowded.workspace.id, {
      language: "en",
      claims: [{ quote: "The ministry said 14,000 soldiers were sent to the front in Kursk." }],
    });
    const source = await addArticleWithClaims(crowded.workspace.id, { language: "en", claims: [] });
    await db.$executeRaw`
      INSERT INTO claims (id, "workspaceId", "articleId", quote, "startOffset", "endOffset", claimant, category, "updatedAt")
      SELECT ${`${crowded.workspace.id}-bulk-`} || n, ${crowded.workspace.id}, ${source.article.id},
             'The ministry said ' || n || ' soldiers were sent to the front in Kursk.', 0, 10, 'Ministry', 'statement', now()
      FROM generate_series(1, 20000) AS n`;

    const bounded = refusal(similarClaimsOf(crowded.actors.viewer, { claimId: claims[0]!.id }, { timeoutMs: 1 }));
    expect(await bounded).toEqual({ code: "UNAVAILABLE", key: "errors.similar.timeout" });
    expect(
      await refusal(
        similarClaimsForMany(
          crowded.actors.viewer,
          { texts: [{ key: "x", text: claims[0]!.quote }], articleId: article.id, limit: 3 },
          { timeoutMs: 1 },
        ),
      ),
    ).toEqual({ code: "UNAVAILABLE", key: "errors.similar.timeout" });

    // The same search with the default bound finds them, and the timeout did not stay on the connection.
    const found = await similarClaimsOf(crowded.actors.viewer, { claimId: claims[0]!.id });
    expect(found).toHaveLength(5);
    const [{ statement_timeout }] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe("0");
  });

  it("answers a timed-out search as 503 with a message that says it took too long", async () => {
    const { similarTimeout } = await import("@/lib/search/similar");
    const res = await errorResponse(similarTimeout(), "en");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/took too long/);
    const id = await errorResponse(similarTimeout(), "id");
    expect(((await id.json()) as { error: { message: string } }).error.message).toMatch(/terlalu lama/);
  });
});
