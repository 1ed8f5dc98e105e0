// Fuzzes every API route of the built app over HTTP: thousands of generated requests (seeded, so a
// failure replays) with odd ids, bodies, media types, origins and sessions. Every answer must be below
// 500, and a refused request must write nothing: the fuzzed workspaces' claims, evidence and history
// are compared before and after each batch of 8 concurrent requests, and may differ only by exactly
// the writes of the batch's successful requests.
//
// Replay a failure with the seed and path fast-check prints:
//   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx playwright test e2e/fuzz.spec.ts
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, test, type Desk } from "./fixtures";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Every route file under app/api, the methods it exports, and how the fuzzer reaches it. A new route
 * file fails the first test below until it is added here (and so fuzzed).
 */
const ROUTES: Record<string, { methods: Method[]; fuzz: RouteKind }> = {
  "app/api/claims/[claimId]/verdict/route.ts": { methods: ["PUT"], fuzz: "verdict" },
  "app/api/claims/[claimId]/evidence/route.ts": { methods: ["POST"], fuzz: "addEvidence" },
  "app/api/claims/[claimId]/evidence/[evidenceId]/route.ts": { methods: ["DELETE"], fuzz: "removeEvidence" },
  "app/api/preferences/route.ts": { methods: ["POST"], fuzz: "preferences" },
  // Auth.js's own handlers: fuzzed without a CSRF token, so no attempt reaches the password check.
  "app/api/auth/[...nextauth]/route.ts": { methods: ["GET", "POST"], fuzz: "auth" },
};
type RouteKind = "verdict" | "addEvidence" | "removeEvidence" | "preferences" | "auth";

/** 250 batches of 8 concurrent requests: 2,000 requests. */
const BATCHES = 250;
const BATCH = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const PATH = process.env.FUZZ_PATH;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

function exportedMethods(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const direct = [
    ...src.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g),
  ].map((m) => m[1]!);
  const destructured = [...src.matchAll(/export\s+const\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!.split(",").map((s) =>
      s
        .trim()
        .split(/\s*:\s*/)
        .pop()!,
    ),
  );
  return [...direct, ...destructured].filter((m) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(m)).sort();
}

test("every API route file is in the fuzzer's table, with the methods it exports", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const files = routeFiles(path.join(root, "app/api"))
    .map((f) => path.relative(root, f).split(path.sep).join("/"))
    .sort();
  expect(files, "add new route files to ROUTES in e2e/fuzz.spec.ts").toEqual(Object.keys(ROUTES).sort());
  for (const file of files)
    expect(exportedMethods(path.join(root, file)), file).toEqual([...ROUTES[file]!.methods].sort());
});

// ---------------------------------------------------------------------------------------------------
// What the fuzzer sends

type Actor = "reviewer" | "editor" | "viewer" | "anonymous" | "otherEditor";
/** A record of the desk or the other desk (by index), or a raw path segment. */
type Segment = { ref: "desk" | "other"; index: number } | { raw: string } | { text: string };
type Body =
  | { json: unknown; mutated?: string }
  | { text: string }
  | { bytes: Uint8Array }
  | { oversize: number }
  | { none: true };
type Sample = {
  route: RouteKind;
  actor: Actor;
  method: "route" | Method;
  claim: Segment;
  evidence: Segment;
  authAction: Segment;
  body: Body;
  contentType: string | null;
  origin: "none" | "same" | "foreign" | "null";
};

/** Path segments sent as they are: broken or odd percent-encoding, traversal, header injection. */
const RAW_SEGMENTS = [
  "%00",
  "%ff",
  "%",
  "%zz",
  "%E0%A4%A",
  "%ED%A0%80",
  "..",
  "%2e%2e",
  "%2F",
  "a%2Fb",
  "%C0%AE",
  "%ef%bf%bf",
  "%0d%0aX-Injected:%201",
  "%20",
  "%u0000",
  "x".repeat(300),
  "%F0%9F%98%80",
  "null",
  "-1",
  "0",
];
/** Text a field may carry that PostgreSQL, a parser or a page could choke on. */
const NASTY_TEXT = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002",
  "\u001b[31mred",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udfff",
  "a\ud83d",
  "\ufeff",
  "\u202e",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  // eslint-disable-next-line no-template-curly-in-string -- a template-injection probe, sent as plain text
  "${7*7}",
  "%00",
  " ",
  "\n\t\r",
  "😀",
  "javascript:alert(1)",
  "https://x",
  "https://example.org/\u0000",
];
const NASTY_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53,
  1e308,
  -0,
  " 2 ",
  "2",
  [3],
  true,
  false,
  null,
  {},
  "NaN",
];

const segment = (records: number): fc.Arbitrary<Segment> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat(records - 1).map((index) => ({ ref: "desk" as const, index })) },
    { weight: 2, arbitrary: fc.constant({ ref: "other" as const, index: 0 }) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => ({ raw })) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 70 }).map((text) => ({ text })) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_TEXT).map((text) => ({ text })) },
  );

const text = (valid: fc.Arbitrary<string>, max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
    { weight: 2, arbitrary: valid.chain((v) => fc.constantFrom(...NASTY_TEXT).map((n) => `${v}${n}${v}`)) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: max - 1, max: max + 2 }).map((n) => "x".repeat(Math.max(n, 1))) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const url = fc.oneof(fc.webUrl(), fc.constant("https://www.reuters.com/world/europe/kursk"));
const words = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 });

/** Unknown keys, and keys that try to override route params or the workspace. */
const extras = fc.dictionary(
  fc.constantFrom("claimId", "evidenceId", "workspaceId", "__proto__", "constructor", "id", "version", "role"),
  fc.jsonValue({ maxDepth: 1 }),
  { maxKeys: 2 },
);

/** Field values a well-meaning client sends. */
function validFields(route: RouteKind): fc.Arbitrary<Record<string, unknown>> {
  switch (route) {
    case "verdict":
      return fc.record({
        verdict: fc.constantFrom("verified", "disputed", "contradicted"),
        rationale: words,
        version: fc.constant("current"),
      });
    case "addEvidence":
      return fc.record(
        {
          url,
          title: words,
          publisher: words,
          archivedUrl: url,
          excerpt: words,
          stance: fc.constantFrom("supports", "refutes", "context"),
        },
        { requiredKeys: ["url", "title", "stance"] },
      );
    case "preferences":
      return fc.oneof(
        fc.record({ locale: fc.constantFrom("en", "id") }),
        fc.record({ workspace: fc.constant("$desk") }),
      );
    case "auth":
      return fc.record({ email: fc.constantFrom("$reviewer", "nobody@e2e.test"), password: words });
    case "removeEvidence":
      return fc.constant({});
  }
}

/** Any value for each field: valid ones, hostile text, wrong types, lengths at the limits, absent. */
function anyFields(route: RouteKind): fc.Arbitrary<Record<string, unknown>> {
  switch (route) {
    case "verdict":
      return fc.record({
        verdict: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom("verified", "disputed", "contradicted") },
          { weight: 1, arbitrary: fc.constantFrom("unreviewed", "VERIFIED", "", null, 1) },
        ),
        rationale: text(words, 5000),
        version: fc.oneof(
          { weight: 3, arbitrary: fc.constant("current") },
          { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
          { weight: 1, arbitrary: fc.integer() },
        ),
      });
    case "addEvidence":
      return fc.record({
        url: text(url, 2000),
        title: text(words, 300),
        publisher: text(words, 200),
        archivedUrl: text(url, 2000),
        excerpt: text(words, 2000),
        stance: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom("supports", "refutes", "context") },
          { weight: 1, arbitrary: fc.constantFrom("maybe", "", null) },
        ),
      });
    case "preferences":
      return fc.record({
        locale: fc.oneof(
          fc.constantFrom("en", "id"),
          fc.constantFrom("fr", "", "EN", null, ...NASTY_TEXT),
          fc.constant(undefined),
        ),
        workspace: fc.oneof(
          fc.constantFrom("$desk", "$other"),
          fc.constantFrom(...NASTY_TEXT),
          words,
          fc.constant(undefined),
        ),
      });
    case "auth":
      return fc.record({
        email: text(fc.constantFrom("$reviewer", "nobody@e2e.test"), 320),
        password: text(words, 512),
        csrfToken: fc.oneof(fc.constant(undefined), words),
        callbackUrl: fc.constantFrom(
          undefined,
          "/claims",
          "https://evil.example/",
          "//evil.example",
          "javascript:alert(1)",
          "\u0000",
        ),
      });
    case "removeEvidence":
      return fc.constant({});
  }
}

/** A valid body with exactly one field replaced by anything: a refusal must name that field. */
const oneMutated = (route: RouteKind): fc.Arbitrary<Body> =>
  fc.tuple(validFields(route), anyFields(route)).chain(([valid, any]) => {
    const keys = Object.keys(any);
    if (keys.length === 0) return fc.constant<Body>({ json: valid });
    return fc.constantFrom(...keys).map((key) => ({ json: { ...valid, [key]: any[key] }, mutated: key }));
  });

const body = (route: RouteKind): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 4, arbitrary: validFields(route).map((json) => ({ json })) },
    { weight: 8, arbitrary: oneMutated(route) },
    { weight: 4, arbitrary: fc.tuple(anyFields(route), extras).map(([f, x]) => ({ json: { ...x, ...f } })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("{", "", "{'a':1}", "nul", '{"a":1}{"b":2}', "\u0000", '{"rationale":"\\ud800"}')
        .map((t) => ({ text: t })),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ bytes })) },
    { weight: 1, arbitrary: fc.constantFrom(70_000, 1_000_000).map((oversize) => ({ oversize })) },
    { weight: 1, arbitrary: fc.constant({ none: true as const }) },
  );

const sample: fc.Arbitrary<Sample> = fc
  .constantFrom<RouteKind>(
    "verdict",
    "verdict",
    "addEvidence",
    "addEvidence",
    "removeEvidence",
    "removeEvidence",
    "preferences",
    "auth",
  )
  .chain((route) =>
    fc.record({
      route: fc.constant(route),
      actor: fc.oneof(
        { weight: 5, arbitrary: fc.constant<Actor>("reviewer") },
        { weight: 3, arbitrary: fc.constant<Actor>("editor") },
        { weight: 1, arbitrary: fc.constantFrom<Actor>("viewer", "anonymous", "otherEditor") },
      ),
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant("route" as const) },
        { weight: 1, arbitrary: fc.constantFrom<Method>("GET", "POST", "PUT", "PATCH", "DELETE") },
      ),
      claim: segment(18),
      evidence: segment(4),
      authAction: fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .constantFrom(
              "session",
              "csrf",
              "providers",
              "signin",
              "signout",
              "callback/credentials",
              "signin/credentials",
            )
            .map((raw) => ({ raw })),
        },
        { weight: 1, arbitrary: segment(1) },
      ),
      body: body(route),
      contentType: fc.oneof(
        { weight: 10, arbitrary: fc.constant("application/json") },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            "application/json; charset=utf-8",
            "APPLICATION/JSON",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonp",
            "",
          ),
        },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      origin: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom("none" as const, "same" as const) },
        { weight: 1, arbitrary: fc.constantFrom("foreign" as const, "null" as const) },
      ),
    }),
  );

// ---------------------------------------------------------------------------------------------------
// Sending, and what the database looks like around each request

type World = {
  baseURL: string;
  desk: Desk;
  otherDesk: Desk;
  contexts: Record<Actor, APIRequestContext>;
  claims: { desk: string[]; other: string[] };
  evidence: { desk: string[]; other: string[] };
  db: pg.Pool;
};

function encodeSegment(s: Segment, ids: { desk: string[]; other: string[] }): string {
  if ("ref" in s) {
    const pool = ids[s.ref];
    return encodeURIComponent(pool.length ? pool[s.index % pool.length]! : "none");
  }
  if ("raw" in s) return s.raw;
  try {
    return encodeURIComponent(s.text) || "%20";
  } catch {
    return "%ED%A0%80"; // a lone surrogate, as the bytes a client would send
  }
}

/** The claim's version now, so some verdicts are saved rather than all refused as stale. */
async function currentVersion(w: World, claimSegment: string): Promise<number> {
  if (!/^[A-Za-z0-9_-]+$/.test(claimSegment)) return 1; // not an id: the route refuses it anyway
  const r = await w.db.query<{ version: number }>("SELECT version FROM claims WHERE id = $1", [claimSegment]);
  return r.rows[0]?.version ?? 1;
}

function substitute(value: unknown, w: World): unknown {
  if (value === "$desk") return w.desk.workspace.slug;
  if (value === "$other") return w.otherDesk.workspace.slug;
  if (value === "$reviewer") return w.desk.users.reviewer.email;
  return value;
}

async function send(w: World, s: Sample) {
  const claimSeg = encodeSegment(s.claim, w.claims);
  const evidenceSeg = encodeSegment(s.evidence, w.evidence);
  const route = {
    verdict: { path: `/api/claims/${claimSeg}/verdict`, method: "PUT" },
    addEvidence: { path: `/api/claims/${claimSeg}/evidence`, method: "POST" },
    removeEvidence: { path: `/api/claims/${claimSeg}/evidence/${evidenceSeg}`, method: "DELETE" },
    preferences: { path: "/api/preferences", method: "POST" },
    auth: {
      path: `/api/auth/${"raw" in s.authAction ? s.authAction.raw : encodeSegment(s.authAction, w.claims)}`,
      method: "POST",
    },
  }[s.route];
  const method = s.method === "route" ? route.method : s.method;

  let data: Buffer | undefined;
  if ("json" in s.body) {
    let json = s.body.json;
    if (json && typeof json === "object" && !Array.isArray(json)) {
      json = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, substitute(v, w)]));
      if ((json as Record<string, unknown>).version === "current")
        (json as Record<string, unknown>).version = await currentVersion(w, claimSeg);
    }
    data = Buffer.from(JSON.stringify(json) ?? "null");
  } else if ("text" in s.body) data = Buffer.from(s.body.text);
  else if ("bytes" in s.body) data = Buffer.from(s.body.bytes);
  else if ("oversize" in s.body) data = Buffer.from(`{"rationale":"${"x".repeat(s.body.oversize)}"}`);

  const headers: Record<string, string> = {};
  if (s.contentType !== null) headers["content-type"] = s.contentType;
  if (s.origin === "same") headers.origin = w.baseURL;
  if (s.origin === "foreign") headers.origin = "https://evil.example";
  if (s.origin === "null") headers.origin = "null";
  const res = await w.contexts[s.actor].fetch(`${w.baseURL}${route.path}`, {
    method,
    headers,
    data: method === "GET" ? undefined : data,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { res, path: route.path, method, body: await res.body() };
}

type Snapshot = Record<
  string,
  { events: number; evidence: number; versions: number; verdicts: string; throttles: number }
>;

async function snapshot(w: World): Promise<Snapshot> {
  const emails = [...Object.values(w.desk.users), ...Object.values(w.otherDesk.users)].map((u) => u.email);
  const r = await w.db.query(
    `SELECT w.id,
       (SELECT count(*)::int FROM claim_events e WHERE e."workspaceId" = w.id) AS events,
       (SELECT count(*)::int FROM evidence v WHERE v."workspaceId" = w.id) AS evidence,
       (SELECT coalesce(sum(version), 0)::int FROM claims c WHERE c."workspaceId" = w.id) AS versions,
       (SELECT md5(string_agg(c.id || c.verdict || coalesce(c.rationale, ''), ',' ORDER BY c.id)) FROM claims c WHERE c."workspaceId" = w.id) AS verdicts,
       (SELECT count(*)::int FROM sign_in_throttles t WHERE t.email = ANY($2)) AS throttles
     FROM workspaces w WHERE w.id = ANY($1)`,
    [[w.desk.workspace.id, w.otherDesk.workspace.id], emails],
  );
  return Object.fromEntries(
    r.rows.map((row) => [
      row.id,
      {
        events: row.events,
        evidence: row.evidence,
        versions: row.versions,
        verdicts: row.verdicts,
        throttles: row.throttles,
      },
    ]),
  );
}

async function signedIn(
  browser: Browser,
  desk: Desk,
  role: "reviewer" | "editor" | "viewer",
): Promise<APIRequestContext> {
  const context = await browser.newContext();
  await desk.signInAs(await context.newPage(), role);
  return context.request;
}

test("thousands of generated requests to every API route: never a 5xx, and a refused request writes nothing", async ({
  browser,
  playwright,
  desk,
  otherDesk,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  const anonymous = await playwright.request.newContext();
  const w: World = {
    baseURL: baseURL!,
    desk,
    otherDesk,
    db,
    contexts: {
      reviewer: await signedIn(browser, desk, "reviewer"),
      editor: await signedIn(browser, desk, "editor"),
      viewer: await signedIn(browser, desk, "viewer"),
      otherEditor: await signedIn(browser, otherDesk, "editor"),
      anonymous,
    },
    claims: {
      desk: [...desk.claims.values()].map((c) => c.id),
      other: [...otherDesk.claims.values()].map((c) => c.id),
    },
    evidence: { desk: [], other: [] },
  };
  try {
    // Evidence to remove: a few on the desk, one on the other desk.
    for (const [ctx, claimId, pool] of [
      [w.contexts.editor, w.claims.desk[0]!, w.evidence.desk],
      [w.contexts.editor, w.claims.desk[1]!, w.evidence.desk],
      [w.contexts.otherEditor, w.claims.other[0]!, w.evidence.other],
    ] as const) {
      const r = await ctx.post(`/api/claims/${claimId}/evidence`, {
        data: { url: "https://www.reuters.com/x", title: "Seeded for the fuzzer", stance: "context" },
      });
      expect(r.status()).toBe(200);
      pool.push((await r.json()).data.id);
    }

    console.log(`fuzz: ${BATCHES * BATCH} requests, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const started = Date.now();
    const statuses = new Map<number, number>();
    const successes = new Map<RouteKind, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(sample, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const before = await snapshot(w);
        // A batch goes out at once (the server is shared by several requests, as in real use); each
        // answer is checked, and the batch's writes must be exactly those of its successes.
        const results = await Promise.all(batch.map((s) => send(w, s)));
        const after = await snapshot(w);
        const expected = structuredClone(before);
        const lines: string[] = [];
        for (const [i, s] of batch.entries()) {
          const { res, path: p, method, body: raw } = results[i]!;
          const status = res.status();
          const ok = status >= 200 && status < 300;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (ok) successes.set(s.route, (successes.get(s.route) ?? 0) + 1);
          const where = `${method} ${p} as ${s.actor} → ${status}: ${raw.toString("utf8").slice(0, 300)}`;
          lines.push(where);
          expect(status, where).toBeLessThan(500);

          if (s.route !== "auth" && (res.headers()["content-type"] ?? "").startsWith("application/json")) {
            const json = JSON.parse(raw.toString("utf8"));
            if (ok) expect(json, where).toHaveProperty("data");
            else
              expect(
                typeof json.error?.code === "string" &&
                  typeof json.error?.message === "string" &&
                  json.error.message.length > 0,
                where,
              ).toBe(true);
            // One field made bad in a good body: a refusal for invalid input names that field.
            if (json.error?.code === "INVALID" && json.error.fields && "mutated" in s.body && s.body.mutated) {
              expect(
                Object.keys(json.error.fields).some(
                  (f) => f === (s.body as { mutated: string }).mutated || f === "_form",
                ),
                where,
              ).toBe(true);
            }
          }
          if (s.route === "preferences" && !ok)
            expect(res.headers()["set-cookie"], `cookies after ${where}`).toBeUndefined();

          // What the request may have changed: only a success on a claim route, by exactly its own write.
          const actorDesk = s.actor === "otherEditor" ? otherDesk.workspace.id : desk.workspace.id;
          if (ok && s.route === "verdict") {
            expected[actorDesk]!.events += 1;
            expected[actorDesk]!.versions += 1;
            expected[actorDesk]!.verdicts = after[actorDesk]!.verdicts;
          } else if (ok && s.route === "addEvidence") {
            expected[actorDesk]!.events += 1;
            expected[actorDesk]!.evidence += 1;
            (actorDesk === desk.workspace.id ? w.evidence.desk : w.evidence.other).push(
              JSON.parse(raw.toString("utf8")).data.id,
            );
          } else if (ok && s.route === "removeEvidence") {
            expected[actorDesk]!.events += 1;
            expected[actorDesk]!.evidence -= 1;
          }
        }
        expect(after, `database after this batch, where only the successes may write:\n${lines.join("\n")}`).toEqual(
          expected,
        );
      }),
      { seed: SEED, path: PATH, numRuns: BATCHES, endOnFailure: true, verbose: 1 },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${BATCHES * BATCH} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; successes ${JSON.stringify(Object.fromEntries(successes))}`,
    );
    // The generator must reach past validation too: requests succeed on every app route, not only fail.
    for (const route of ["verdict", "addEvidence", "removeEvidence", "preferences"] as const)
      expect(successes.get(route) ?? 0, route).toBeGreaterThan(0);
  } finally {
    await db.end();
    await anonymous.dispose();
  }
});
