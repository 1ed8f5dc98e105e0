// The claim page's suggested links against the real database: the endpoint the link tools load them
// from (GET /api/claims/[claimId]/suggested-links, as Next calls it), who may ask, and the statement
// timeout that bounds its searches (decision 0023).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addArticleWithClaims } from "@/lib/search/testing";
import { createWorkspaceFixture, FIXTURE_PASSWORD, type Fixture } from "@/lib/testing/fixtures";
import { suggestedLinks, suggestedLinksOf, suggestedLinksTimeout, type SuggestedLink } from "@/lib/links/suggest";
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
const route = await import("@/app/api/claims/[claimId]/suggested-links/route");

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
  route.GET(new Request(`http://localhost/api/claims/${encodeURIComponent(claimId)}/suggested-links`), {
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

const soldiers = (value: number, text: string) => [{ value, unit: "soldiers", qualifier: "about" as const, text }];

let f: Fixture;
let other: Fixture;
let here: Awaited<ReturnType<typeof addArticleWithClaims>>;
let there: Awaited<ReturnType<typeof addArticleWithClaims>>;

beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 1 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
  here = await addArticleWithClaims(f.workspace.id, {
    language: "id",
    claims: [
      {
        quote: "Korea Utara mengirim 14.000 tentara ke wilayah Kursk untuk membantu pasukan Rusia.",
        claimant: "Kyiv",
        category: "troop_count",
        quantities: soldiers(14000, "14.000 tentara"),
      },
    ],
  });
  there = await addArticleWithClaims(f.workspace.id, {
    language: "id",
    claims: [
      // Another figure for the same quantity.
      {
        quote: "Pejabat AS mengatakan 11.000 tentara Korea Utara dikirim.",
        claimant: "US officials",
        category: "troop_count",
        quantities: soldiers(11000, "11.000 tentara"),
      },
      // A denial about the same things.
      {
        quote: "Pyongyang membantah mengirim tentara Korea Utara ke Kursk untuk pasukan Rusia.",
        claimant: "KCNA",
        cue: "Pyongyang membantah",
        category: "denial",
      },
      { quote: "Cuaca di Seoul cerah pada hari Senin.", claimant: "BMKG" },
    ],
  });
  // The same denial in another workspace: never suggested from this one.
  await addArticleWithClaims(other.workspace.id, {
    language: "id",
    claims: [
      {
        quote: "Pyongyang membantah mengirim tentara Korea Utara ke Kursk untuk pasukan Rusia.",
        category: "denial",
      },
    ],
  });
});

describe("GET /api/claims/[claimId]/suggested-links", () => {
  it("answers what suggestedLinks gives the claim page, to those who may link", async () => {
    const expected = await suggestedLinks(f.actors.reviewer, here.claims[0]!.id);
    expect(expected.map((s) => [s.reason.kind, s.other.id])).toEqual([
      ["quantity", there.claims[0]!.id],
      ["denial", there.claims[1]!.id],
    ]);
    for (const role of ["reviewer", "editor", "admin"] as const) {
      await signIn(f.actors[role].email);
      const res = await get(here.claims[0]!.id);
      expect(res.status, role).toBe(200);
      const { data } = (await res.json()) as { data: SuggestedLink[] };
      expect(data, role).toEqual(expected);
    }
    // The denial is the source of the link it suggests.
    expect(expected[1]).toMatchObject({ fromClaimId: there.claims[1]!.id, toClaimId: here.claims[0]!.id });
  });

  it("gives a viewer what the link tools give a viewer: nothing (403)", async () => {
    await signIn(f.actors.viewer.email);
    const res = await get(here.claims[0]!.id);
    expect(res.status).toBe(403);
    const text = JSON.stringify(await res.json());
    expect(text).toContain("Viewers cannot link claims");
    expect(text).not.toContain("KCNA");
    expect(await refusal(suggestedLinksOf(f.actors.viewer, { claimId: here.claims[0]!.id }))).toEqual({
      code: "FORBIDDEN",
      key: "errors.forbidden.claim.link",
    });
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
    await signIn(other.actors.reviewer.email);
    expect((await get(here.claims[0]!.id)).status).toBe(404);
  });
});

describe("the bound on the suggestions' searches", () => {
  it("stops a search that runs past its statement timeout, says so clearly, and leaves the connection as it was", async () => {
    // Enough claims sharing the quote's words (none a denial) that checking them all takes far longer than 1 ms.
    const crowded = await createWorkspaceFixture({ claimCount: 0 });
    const { claims } = await addArticleWithClaims(crowded.workspace.id, {
      language: "en",
      claims: [{ quote: "The ministry said soldiers were sent to the front in Kursk." }],
    });
    const source = await addArticleWithClaims(crowded.workspace.id, { language: "en", claims: [] });
    await db.$executeRaw`
      INSERT INTO claims (id, "workspaceId", "articleId", quote, "startOffset", "endOffset", claimant, category, "updatedAt")
      SELECT ${`${crowded.workspace.id}-bulk-`} || n, ${crowded.workspace.id}, ${source.article.id},
             'The ministry said ' || n || ' soldiers were sent to the front in Kursk.', 0, 10, 'Ministry', 'statement', now()
      FROM generate_series(1, 20000) AS n`;

    expect(
      await refusal(suggestedLinksOf(crowded.actors.reviewer, { claimId: claims[0]!.id }, { timeoutMs: 1 })),
    ).toEqual({ code: "UNAVAILABLE", key: "errors.links.suggested.timeout" });

    // The same search with the default bound finishes, and the timeout did not stay on the connection.
    expect(await suggestedLinksOf(crowded.actors.reviewer, { claimId: claims[0]!.id })).toEqual([]);
    const [{ statement_timeout }] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe("0");
  });

  it("answers a timed-out search as 503 with a message that says it took too long", async () => {
    const res = await errorResponse(suggestedLinksTimeout(), "en");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/took too long/);
    const id = await errorResponse(suggestedLinksTimeout(), "id");
    expect(((await id.json()) as { error: { message: string } }).error.message).toMatch(/terlalu lama/);
  });
});
