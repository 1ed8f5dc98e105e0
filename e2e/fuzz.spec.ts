// Fuzzes every API route of the built app over HTTP: thousands of generated requests (seeded, so a
// failure replays) with odd ids, bodies, query strings, media types, origins and sessions. Every answer
// must be below 500, and a refused request must write nothing: every row of the two fuzzed workspaces
// (every table with a workspace), their members' accounts and sign-in throttles are fingerprinted
// before and after each request, one request at a time, and must not change unless it succeeded.
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

/** How the fuzzer reaches each route: one entry per route file and method (see SPECS). */
type Kind =
  | "verdict"
  | "addEvidence"
  | "removeEvidence"
  | "assignment"
  | "changes"
  | "pickup"
  | "signoff"
  | "bulkAssignment"
  | "bulkUnassignment"
  | "changesSince"
  | "listComments"
  | "addComment"
  | "editComment"
  | "deleteComment"
  | "listInvitations"
  | "createInvitation"
  | "revokeInvitation"
  | "acceptInvitation"
  | "updateMember"
  | "memberAssignments"
  | "listMembers"
  | "addMember"
  | "searchMembers"
  | "markRead"
  | "listNotifications"
  | "unreadCount"
  | "preferences"
  | "authGet"
  | "authPost"
  | "v1Articles"
  | "v1Article"
  | "v1Claims"
  | "v1Claim"
  | "v1OpenApi"
  | "listTokens"
  | "createToken"
  | "revokeToken"
  | "v1ArticleReport"
  | "v1ExportClaims"
  | "exportClaims"
  | "articleReport"
  | "publishReport"
  | "unpublishReport"
  | "createArticle"
  | "editArticleBody"
  | "selectionClaim"
  | "decideSuggestion"
  | "addLink"
  | "removeLink"
  | "linkCandidates"
  | "similarClaims"
  | "suggestedLinks"
  | "filterOptions";

/**
 * Every route file under app/api with the methods it exports and the fuzz kind of each. A new route
 * file (or method) fails the first test below until it is added here, and so fuzzed.
 */
const ROUTES: Record<string, Partial<Record<Method, Kind>>> = {
  "app/api/claims/[claimId]/verdict/route.ts": { PUT: "verdict" },
  "app/api/claims/[claimId]/evidence/route.ts": { POST: "addEvidence" },
  "app/api/claims/[claimId]/evidence/[evidenceId]/route.ts": { DELETE: "removeEvidence" },
  "app/api/claims/[claimId]/assignment/route.ts": { PUT: "assignment" },
  "app/api/claims/[claimId]/changes/route.ts": { POST: "changes" },
  "app/api/claims/[claimId]/pickup/route.ts": { POST: "pickup" },
  "app/api/claims/[claimId]/signoff/route.ts": { POST: "signoff" },
  "app/api/claims/bulk-assignment/route.ts": { POST: "bulkAssignment" },
  "app/api/claims/bulk-unassignment/route.ts": { POST: "bulkUnassignment" },
  "app/api/claims/[claimId]/changes-since/route.ts": { GET: "changesSince" },
  "app/api/claims/[claimId]/comments/route.ts": { GET: "listComments", POST: "addComment" },
  "app/api/claims/[claimId]/comments/[commentId]/route.ts": { PATCH: "editComment", DELETE: "deleteComment" },
  "app/api/invitations/route.ts": { GET: "listInvitations", POST: "createInvitation" },
  "app/api/invitations/[invitationId]/route.ts": { DELETE: "revokeInvitation" },
  "app/api/invitations/accept/route.ts": { POST: "acceptInvitation" },
  "app/api/members/[userId]/route.ts": { PATCH: "updateMember" },
  "app/api/members/[userId]/assignments/route.ts": { GET: "memberAssignments" },
  "app/api/members/route.ts": { GET: "listMembers", POST: "addMember" },
  "app/api/members/search/route.ts": { GET: "searchMembers" },
  "app/api/notifications/read/route.ts": { POST: "markRead" },
  "app/api/notifications/route.ts": { GET: "listNotifications" },
  "app/api/notifications/unread-count/route.ts": { GET: "unreadCount" },
  "app/api/preferences/route.ts": { POST: "preferences" },
  // Auth.js's own handlers: fuzzed without a CSRF token, so no attempt reaches the password check.
  "app/api/auth/[...nextauth]/route.ts": { GET: "authGet", POST: "authPost" },
  "app/api/v1/articles/route.ts": { GET: "v1Articles" },
  "app/api/v1/articles/[articleId]/route.ts": { GET: "v1Article" },
  "app/api/v1/claims/route.ts": { GET: "v1Claims" },
  "app/api/v1/claims/[claimId]/route.ts": { GET: "v1Claim" },
  "app/api/v1/openapi.json/route.ts": { GET: "v1OpenApi" },
  "app/api/tokens/route.ts": { GET: "listTokens", POST: "createToken" },
  "app/api/tokens/[tokenId]/route.ts": { DELETE: "revokeToken" },
  "app/api/v1/articles/[articleId]/report/route.ts": { GET: "v1ArticleReport" },
  "app/api/v1/exports/claims/route.ts": { GET: "v1ExportClaims" },
  "app/api/exports/claims/route.ts": { GET: "exportClaims" },
  "app/api/articles/[articleId]/report/route.ts": { GET: "articleReport" },
  "app/api/articles/[articleId]/publication/route.ts": { POST: "publishReport", DELETE: "unpublishReport" },
  "app/api/articles/route.ts": { POST: "createArticle" },
  "app/api/articles/[articleId]/body/route.ts": { PUT: "editArticleBody" },
  "app/api/articles/[articleId]/claims/route.ts": { POST: "selectionClaim" },
  "app/api/suggestions/[suggestionId]/route.ts": { PUT: "decideSuggestion" },
  "app/api/claims/[claimId]/links/route.ts": { POST: "addLink" },
  "app/api/claims/[claimId]/links/[linkId]/route.ts": { DELETE: "removeLink" },
  "app/api/claims/[claimId]/link-candidates/route.ts": { GET: "linkCandidates" },
  "app/api/claims/[claimId]/similar/route.ts": { GET: "similarClaims" },
  "app/api/claims/[claimId]/suggested-links/route.ts": { GET: "suggestedLinks" },
  "app/api/filter-options/route.ts": { GET: "filterOptions" },
};

const RUNS = 3000;
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
    expect(exportedMethods(path.join(root, file)), file).toEqual(Object.keys(ROUTES[file]!).sort());
});

// ---------------------------------------------------------------------------------------------------
// What the fuzzer sends

type Actor = "admin" | "editor" | "reviewer" | "viewer" | "anonymous" | "otherEditor";
type Pool =
  "claims" | "evidence" | "comments" | "invitations" | "members" | "articles" | "tokens" | "suggestions" | "links";
/** A record of the desk or the other desk (by index into a pool), or a raw path segment. */
type Segment = { ref: "desk" | "other"; index: number } | { raw: string } | { text: string };
type Body =
  | { json: unknown; mutated?: string }
  | { text: string }
  | { bytes: Uint8Array }
  | { oversize: number }
  | { none: true };
type Sample = {
  kind: Kind;
  actor: Actor;
  otherMethod: Method | null;
  seg1: Segment;
  seg2: Segment;
  authAction: string;
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

const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(30).map((index) => ({ ref: "desk" as const, index })) },
  { weight: 2, arbitrary: fc.nat(3).map((index) => ({ ref: "other" as const, index })) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => ({ raw })) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 70 }).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_TEXT).map((text) => ({ text })) },
);

const words = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 });
const url = fc.oneof(fc.webUrl(), fc.constant("https://www.reuters.com/world/europe/kursk"));

/** Any value a field might be sent: hostile text, wrong types, sizes at and past the limits. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(121, 201, 321, 2001, 5001).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/**
 * Per kind: the method and path (`{1}`, `{2}`: route params from these pools), and field values a
 * well-meaning client sends. `$…` tokens are resolved when sending (see resolve()). GET fields go into
 * the query string.
 */
type Spec = { method: Method; path: string; pools?: [Pool, Pool?]; valid: fc.Arbitrary<Record<string, unknown>> };
const none = fc.constant({});
const verdicts = fc.constantFrom("verified", "disputed", "contradicted");
const roles = fc.constantFrom("viewer", "reviewer", "editor", "admin");
const priorities = fc.constantFrom("low", "normal", "high", "urgent");
const member = fc.constantFrom(
  "$member:reviewer",
  "$member:reviewer2",
  "$member:editor",
  "$member:viewer",
  "$member:other",
);
const newEmail = fc.nat(5).map((k) => `$newEmail:${k}`);
/** Members who may be assigned claims: a "valid" body names one, so a refusal names only the field made bad. */
const assignable = fc.constantFrom("$member:reviewer", "$member:reviewer2", "$member:editor");
const categories = fc.constantFrom("troop_count", "casualty_report", "denial", "statement");
/** An English wire text long enough for language detection; the words make most of them new texts. */
const articleText = words.map(
  (w) => `${w}. Ukraine's military said on Monday that 25 soldiers were killed near Sudzha.`,
);
/** A claims export query; a separator only with a CSV format (with another it is rightly refused). */
const exportQuery = fc
  .record(
    {
      format: fc.constantFrom("csv", "csv-semicolon", "ndjson", "jsonld", "markdown", "pdf"),
      verdict: fc.constantFrom("unreviewed", "verified", "disputed", "contradicted"),
      category: fc.constantFrom("troop_count", "denial"),
      claimant: words,
      status: fc.constantFrom("open", "signed_off"),
      reviewer: member,
      from: fc.constant("2025-01-01"),
      to: fc.constant("2030-12-31"),
      separator: fc.constantFrom(",", ";"),
    },
    { requiredKeys: ["format"] },
  )
  .map(({ separator, ...q }) => (q.format.startsWith("csv") && separator ? { ...q, separator } : q));
const SPECS: Record<Kind, Spec> = {
  addLink: {
    method: "POST",
    path: "/api/claims/{1}/links",
    pools: ["claims"],
    valid: fc.record({
      toClaimId: fc.oneof(
        fc.nat(30).map((n) => `$deskClaim:${n}`),
        fc.constant("$otherClaim"),
      ),
      type: fc.constantFrom("contradicts", "corroborates", "updates"),
    }),
  },
  removeLink: { method: "DELETE", path: "/api/claims/{1}/links/{2}", pools: ["claims", "links"], valid: none },
  linkCandidates: {
    method: "GET",
    path: "/api/claims/{1}/link-candidates",
    pools: ["claims"],
    valid: fc.record({ q: fc.oneof(words, fc.constantFrom("14.000", "membantah", "troops", '"Korea Utara" -Rusia')) }),
  },
  similarClaims: { method: "GET", path: "/api/claims/{1}/similar", pools: ["claims"], valid: none },
  suggestedLinks: { method: "GET", path: "/api/claims/{1}/suggested-links", pools: ["claims"], valid: none },
  verdict: {
    method: "PUT",
    path: "/api/claims/{1}/verdict",
    pools: ["claims"],
    valid: fc.record({
      verdict: verdicts,
      rationale: words,
      version: fc.constant("$version"),
      reason: fc.option(words, { nil: undefined }),
    }),
  },
  addEvidence: {
    method: "POST",
    path: "/api/claims/{1}/evidence",
    pools: ["claims"],
    valid: fc.record(
      {
        url,
        title: words,
        publisher: words,
        archivedUrl: url,
        excerpt: words,
        stance: fc.constantFrom("supports", "refutes", "context"),
      },
      { requiredKeys: ["url", "title", "stance"] },
    ),
  },
  removeEvidence: {
    method: "DELETE",
    path: "/api/claims/{1}/evidence/{2}",
    pools: ["claims", "evidence"],
    valid: none,
  },
  assignment: {
    method: "PUT",
    path: "/api/claims/{1}/assignment",
    pools: ["claims"],
    valid: fc.record(
      {
        version: fc.constant("$version"),
        assigneeId: fc.oneof(assignable, fc.constant(null)),
        dueAt: fc.constantFrom("$future", null),
        priority: priorities,
      },
      { requiredKeys: ["version", "assigneeId"] },
    ),
  },
  changes: {
    method: "POST",
    path: "/api/claims/{1}/changes",
    pools: ["claims"],
    valid: fc.record({ version: fc.constant("$version"), note: words }),
  },
  pickup: {
    method: "POST",
    path: "/api/claims/{1}/pickup",
    pools: ["claims"],
    valid: fc.record({ version: fc.constant("$version") }),
  },
  signoff: {
    method: "POST",
    path: "/api/claims/{1}/signoff",
    pools: ["claims"],
    valid: fc.record({ version: fc.constant("$version") }),
  },
  bulkAssignment: {
    method: "POST",
    path: "/api/claims/bulk-assignment",
    valid: fc.record(
      {
        claims: fc.nat(4).map((n) => `$claims:${n + 1}`),
        assigneeId: assignable,
        dueAt: fc.constantFrom("$future", null),
        priority: priorities,
      },
      { requiredKeys: ["claims", "assigneeId"] },
    ),
  },
  bulkUnassignment: {
    method: "POST",
    path: "/api/claims/bulk-unassignment",
    valid: fc.record({ claims: fc.nat(4).map((n) => `$claims:${n + 1}`) }),
  },
  changesSince: {
    method: "GET",
    path: "/api/claims/{1}/changes-since",
    pools: ["claims"],
    valid: fc.record({ version: fc.constant("$version") }),
  },
  listComments: { method: "GET", path: "/api/claims/{1}/comments", pools: ["claims"], valid: none },
  addComment: {
    method: "POST",
    path: "/api/claims/{1}/comments",
    pools: ["claims"],
    valid: fc.record({
      body: fc.oneof(
        words,
        member.map((m) => `@[Someone](${m}) please check`),
      ),
    }),
  },
  editComment: {
    method: "PATCH",
    path: "/api/claims/{1}/comments/{2}",
    pools: ["claims", "comments"],
    valid: fc.record({ body: words }),
  },
  deleteComment: { method: "DELETE", path: "/api/claims/{1}/comments/{2}", pools: ["claims", "comments"], valid: none },
  listInvitations: { method: "GET", path: "/api/invitations", valid: none },
  createInvitation: {
    method: "POST",
    path: "/api/invitations",
    valid: fc.record(
      { role: roles, email: newEmail, expiresInDays: fc.integer({ min: 1, max: 30 }) },
      { requiredKeys: ["role"] },
    ),
  },
  revokeInvitation: { method: "DELETE", path: "/api/invitations/{1}", pools: ["invitations"], valid: none },
  acceptInvitation: {
    method: "POST",
    path: "/api/invitations/accept",
    valid: fc.record(
      { token: fc.constant("$token"), name: words, password: fc.constant("a long enough password"), email: newEmail },
      // All given: signed out, a body without name, password or email is refused at the missing one,
      // not at the field the fuzzer made bad.
      { requiredKeys: ["token", "name", "password", "email"] },
    ),
  },
  updateMember: {
    method: "PATCH",
    path: "/api/members/{1}",
    pools: ["members"],
    valid: fc.oneof(
      fc.record({ action: fc.constant("changeRole"), role: roles }),
      fc.record({ action: fc.constantFrom("deactivate", "reactivate") }),
    ),
  },
  memberAssignments: { method: "GET", path: "/api/members/{1}/assignments", pools: ["members"], valid: none },
  listMembers: { method: "GET", path: "/api/members", valid: none },
  addMember: {
    method: "POST",
    path: "/api/members",
    valid: fc.oneof(
      fc.record({
        mode: fc.constant("existing"),
        email: fc.constantFrom("$deskEmail:viewer", "$otherEmail", "nobody@e2e.test"),
        role: roles,
      }),
      fc.record({
        mode: fc.constant("new"),
        email: newEmail,
        name: words,
        password: fc.constant("a long enough password"),
        role: roles,
      }),
    ),
  },
  searchMembers: {
    method: "GET",
    path: "/api/members/search",
    valid: fc.record({ q: words, limit: fc.integer({ min: 1, max: 20 }) }, { requiredKeys: [] }),
  },
  markRead: {
    method: "POST",
    path: "/api/notifications/read",
    valid: fc.oneof(
      fc.record({ all: fc.constant(true) }),
      fc.record({ ids: fc.array(words, { minLength: 1, maxLength: 3 }) }),
    ),
  },
  listNotifications: {
    method: "GET",
    path: "/api/notifications",
    valid: fc.record({ cursor: words, unread: fc.constantFrom("1", "0") }, { requiredKeys: [] }),
  },
  unreadCount: { method: "GET", path: "/api/notifications/unread-count", valid: none },
  preferences: {
    method: "POST",
    path: "/api/preferences",
    valid: fc.oneof(
      fc.record({ locale: fc.constantFrom("en", "id") }),
      fc.record({ workspace: fc.constant("$deskSlug") }),
    ),
  },
  exportClaims: {
    method: "GET",
    path: "/api/exports/claims",
    valid: exportQuery,
  },
  articleReport: {
    method: "GET",
    path: "/api/articles/{1}/report",
    pools: ["articles"],
    valid: fc.record({ format: fc.constantFrom("csv", "ndjson", "jsonld", "markdown", "pdf") }),
  },
  publishReport: { method: "POST", path: "/api/articles/{1}/publication", pools: ["articles"], valid: none },
  unpublishReport: { method: "DELETE", path: "/api/articles/{1}/publication", pools: ["articles"], valid: none },
  createArticle: {
    method: "POST",
    path: "/api/articles",
    valid: fc.record(
      {
        title: words,
        outlet: words,
        url,
        // Always given: without it a short text is refused at "language", whatever field was made bad.
        language: fc.constantFrom("en", "id"),
        publishedOn: fc.constantFrom("2025-04-28", "2024-02-29"),
        byline: words,
        body: articleText,
      },
      { requiredKeys: ["title", "outlet", "language", "publishedOn", "body"] },
    ),
  },
  editArticleBody: {
    method: "PUT",
    path: "/api/articles/{1}/body",
    pools: ["articles"],
    valid: fc.record({ version: fc.constant("$articleVersion"), body: articleText }),
  },
  selectionClaim: {
    method: "POST",
    path: "/api/articles/{1}/claims",
    pools: ["articles"],
    valid: fc.record(
      {
        articleVersion: fc.constant("$articleVersion"),
        start: fc.constant("$span:start"),
        end: fc.constant("$span:end"),
        quote: fc.constant("$span:quote"),
        claimant: words,
        cue: words,
        category: categories,
      },
      { requiredKeys: ["articleVersion", "start", "end", "quote", "claimant", "category"] },
    ),
  },
  decideSuggestion: {
    method: "PUT",
    path: "/api/suggestions/{1}",
    pools: ["suggestions"],
    valid: fc.oneof(
      fc.record({
        decision: fc.constant("accept"),
        version: fc.constant("$suggestionVersion"),
        quote: fc.constant("$suggestionQuote"),
        claimant: words,
        category: categories,
      }),
      fc.record({
        decision: fc.constant("merge"),
        version: fc.constant("$suggestionVersion"),
        claimId: fc.constant("$claims:1"),
      }),
      fc.record({ decision: fc.constant("reject"), version: fc.constant("$suggestionVersion") }),
    ),
  },
  authGet: { method: "GET", path: "/api/auth/{auth}", valid: none },
  authPost: {
    method: "POST",
    path: "/api/auth/{auth}",
    valid: fc.record(
      {
        email: fc.constantFrom("$deskEmail:reviewer", "nobody@e2e.test"),
        password: words,
        callbackUrl: fc.constantFrom("/claims", "https://evil.example/", "//evil.example"),
      },
      { requiredKeys: [] },
    ),
  },
  v1Articles: {
    method: "GET",
    path: "/api/v1/articles",
    valid: fc.record({ page: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: [] }),
  },
  v1Article: { method: "GET", path: "/api/v1/articles/{1}", pools: ["articles"], valid: none },
  v1Claims: {
    method: "GET",
    path: "/api/v1/claims",
    valid: fc.record(
      {
        verdict: fc.constantFrom("unreviewed", "verified", "disputed", "contradicted"),
        category: fc.constantFrom("troop_count", "denial", "statement"),
        claimant: words,
        status: fc.constantFrom("open", "in_review", "signed_off"),
        assignee: fc.oneof(member, fc.constantFrom("me", "none")),
        overdue: fc.constantFrom("true", "false"),
        pageSize: fc.integer({ min: 1, max: 200 }),
      },
      { requiredKeys: [] },
    ),
  },
  v1Claim: { method: "GET", path: "/api/v1/claims/{1}", pools: ["claims"], valid: none },
  v1OpenApi: { method: "GET", path: "/api/v1/openapi.json", valid: none },
  listTokens: { method: "GET", path: "/api/tokens", valid: none },
  createToken: {
    method: "POST",
    path: "/api/tokens",
    valid: fc.record({ name: words, expiresInDays: fc.constantFrom(7, 30, 90, 365, null) }, { requiredKeys: ["name"] }),
  },
  revokeToken: { method: "DELETE", path: "/api/tokens/{1}", pools: ["tokens"], valid: none },
  v1ArticleReport: {
    method: "GET",
    path: "/api/v1/articles/{1}/report",
    pools: ["articles"],
    valid: fc.record({ format: fc.constantFrom("csv", "csv-semicolon", "ndjson", "jsonld", "markdown", "pdf") }),
  },
  v1ExportClaims: {
    method: "GET",
    path: "/api/v1/exports/claims",
    valid: exportQuery,
  },
  filterOptions: {
    method: "GET",
    path: "/api/filter-options",
    valid: fc.record(
      { kind: fc.constantFrom("claimant", "article"), q: words, limit: fc.integer({ min: 1, max: 20 }) },
      { requiredKeys: ["kind"] },
    ),
  },
};
const KINDS = Object.keys(SPECS) as Kind[];

/** A valid body with exactly one field replaced by anything: a refusal for invalid input names that field. */
const oneMutated = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Body> =>
  valid.chain((v) => {
    const keys = Object.keys(v);
    if (keys.length === 0) return anything.map((x): Body => ({ json: { field: x } }));
    return fc
      .tuple(fc.constantFrom(...keys), anything)
      .map(([key, x]): Body => ({ json: { ...v, [key]: x }, mutated: key }));
  });

/** Unknown keys, and keys that try to override route params or the workspace. */
const extras = fc.dictionary(
  fc.constantFrom("claimId", "userId", "workspaceId", "__proto__", "constructor", "id", "role"),
  fc.jsonValue({ maxDepth: 1 }),
  { maxKeys: 2 },
);

const body = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 6, arbitrary: valid.map((json) => ({ json })) },
    { weight: 8, arbitrary: oneMutated(valid) },
    { weight: 2, arbitrary: fc.tuple(valid, extras).map(([v, x]) => ({ json: { ...x, ...v } })) },
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

/** The writes the generator must get past validation with (asserted at the end). */
const MAIN_WRITES = ["verdict", "addEvidence", "addComment", "assignment", "createInvitation", "preferences"] as const;

// Every kind is drawn, the main writes more often: with fifty-odd kinds, an even draw gives each only a
// few dozen tries, and a write that needs a permitted actor, a current version and a valid body at once
// can then miss on a given seed without anything being wrong.
const sample: fc.Arbitrary<Sample> = fc
  .oneof(
    { weight: 10, arbitrary: fc.constantFrom(...KINDS) },
    { weight: 3, arbitrary: fc.constantFrom<Kind>(...MAIN_WRITES) },
  )
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      actor: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom<Actor>("reviewer", "editor", "admin") },
        { weight: 1, arbitrary: fc.constantFrom<Actor>("viewer", "anonymous", "otherEditor") },
      ),
      otherMethod: fc.oneof(
        { weight: 12, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom<Method>("GET", "POST", "PUT", "PATCH", "DELETE") },
      ),
      seg1: segment,
      seg2: segment,
      authAction: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom(
            "session",
            "csrf",
            "providers",
            "signin",
            "signout",
            "callback/credentials",
            "signin/credentials",
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
      ),
      body: body(SPECS[kind].valid),
      contentType: fc.oneof(
        { weight: 10, arbitrary: fc.constant("application/json") },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            "application/json; charset=utf-8",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
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
  pools: Record<Pool, { desk: string[]; other: string[] }>;
  tokens: string[];
  tables: string[];
  db: pg.Pool;
};

function encodeSegment(s: Segment, pool: { desk: string[]; other: string[] } | undefined): string {
  if ("ref" in s) {
    const ids = pool?.[s.ref] ?? [];
    return encodeURIComponent(ids.length ? ids[s.index % ids.length]! : "none");
  }
  if ("raw" in s) return s.raw;
  try {
    return encodeURIComponent(s.text) || "%20";
  } catch {
    return "%ED%A0%80"; // a lone surrogate, as the bytes a client would send
  }
}

const ID = /^[A-Za-z0-9_-]+$/;

/** The fuzz's own new accounts, removed afterwards: their emails end with the desk's slug. */
const fuzzEmail = (w: World, k: string) => `fuzz${k}-${w.desk.workspace.slug}@e2e.test`;

/** Turns `$…` tokens into this run's ids, emails and versions. */
async function resolve(value: unknown, w: World, claimSegment: string): Promise<unknown> {
  if (typeof value !== "string" || !value.startsWith("$")) return value;
  const [token, arg] = value.split(":");
  const users = w.desk.users as Record<string, { id: string; email: string }>;
  switch (token) {
    case "$version": {
      if (!ID.test(claimSegment)) return 1;
      const r = await w.db.query<{ version: number }>("SELECT version FROM claims WHERE id = $1", [claimSegment]);
      return r.rows[0]?.version ?? 1;
    }
    case "$member":
      return arg === "other" ? w.otherDesk.users.editor.id : users[arg!]!.id;
    case "$newEmail":
      return fuzzEmail(w, arg!);
    case "$deskEmail":
      return users[arg!]!.email;
    case "$otherEmail":
      return w.otherDesk.users.viewer.email;
    case "$deskSlug":
      return w.desk.workspace.slug;
    case "$token":
      return w.tokens.at(-1) ?? "x".repeat(30);
    case "$future":
      return new Date(Date.now() + 86_400_000).toISOString();
    case "$articleVersion": {
      if (!ID.test(claimSegment)) return 1;
      const r = await w.db.query<{ version: number }>("SELECT version FROM articles WHERE id = $1", [claimSegment]);
      return r.rows[0]?.version ?? 1;
    }
    case "$span": {
      // The first words of the article's text, as a reader would select them.
      const r = ID.test(claimSegment)
        ? await w.db.query<{ body: string }>("SELECT body FROM articles WHERE id = $1", [claimSegment])
        : { rows: [] };
      const quote = (r.rows[0]?.body ?? "Nothing selected").slice(0, 40).trimEnd();
      return arg === "start" ? 0 : arg === "end" ? quote.length : quote;
    }
    case "$suggestionVersion":
    case "$suggestionQuote": {
      const r = ID.test(claimSegment)
        ? await w.db.query<{ version: number; quote: string }>(
            "SELECT version, quote FROM claim_suggestions WHERE id = $1",
            [claimSegment],
          )
        : { rows: [] };
      return token === "$suggestionVersion" ? (r.rows[0]?.version ?? 1) : (r.rows[0]?.quote ?? "No such quote");
    }
    case "$deskClaim": {
      const ids = w.pools.claims.desk;
      return ids.length ? ids[Number(arg) % ids.length] : "none";
    }
    case "$otherClaim":
      return w.pools.claims.other[0] ?? "none";
    case "$claims": {
      const ids = w.pools.claims.desk.slice(0, Number(arg));
      const r = await w.db.query<{ id: string; version: number }>("SELECT id, version FROM claims WHERE id = ANY($1)", [
        ids,
      ]);
      return r.rows;
    }
    default:
      return value;
  }
}

async function send(w: World, s: Sample) {
  const spec = SPECS[s.kind];
  const [p1, p2] = spec.pools ?? [];
  const seg1 = encodeSegment(s.seg1, p1 ? w.pools[p1] : undefined);
  const seg2 = encodeSegment(s.seg2, p2 ? w.pools[p2] : undefined);
  const route = spec.path.replace("{1}", seg1).replace("{2}", seg2).replace("{auth}", s.authAction);
  const method = s.otherMethod ?? spec.method;

  let json: unknown;
  let data: Buffer | undefined;
  if ("json" in s.body) {
    json = s.body.json;
    if (json && typeof json === "object" && !Array.isArray(json)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(json)) out[k] = await resolve(v, w, seg1);
      json = out;
    }
    data = Buffer.from(JSON.stringify(json) ?? "null");
  } else if ("text" in s.body) data = Buffer.from(s.body.text);
  else if ("bytes" in s.body) data = Buffer.from(s.body.bytes);
  else if ("oversize" in s.body) data = Buffer.from(`{"rationale":"${"x".repeat(s.body.oversize)}"}`);

  let target = `${w.baseURL}${route}`;
  if (method === "GET" && json && typeof json === "object" && !Array.isArray(json)) {
    // A GET's fields travel in the query string.
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(json))
      if (v !== undefined) q.set(k, typeof v === "string" ? v : JSON.stringify(v));
    if ([...q].length) target += `?${q}`;
  }
  // A fresh connection per request: reusing a kept-alive socket the server is closing at that moment
  // fails with ECONNRESET on the client, which says nothing about the app.
  const headers: Record<string, string> = { connection: "close" };
  if (s.contentType !== null) headers["content-type"] = s.contentType;
  if (s.origin === "same") headers.origin = w.baseURL;
  if (s.origin === "foreign") headers.origin = "https://evil.example";
  if (s.origin === "null") headers.origin = "null";
  const res = await w.contexts[s.actor].fetch(target, {
    method,
    headers,
    data: method === "GET" ? undefined : data,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { res, path: route, method, body: await res.body() };
}

/** A fingerprint of everything the fuzzed workspaces hold, and of their people's accounts. */
async function snapshot(w: World): Promise<Record<string, string>> {
  const workspaces = [w.desk.workspace.id, w.otherDesk.workspace.id];
  const emails = [...Object.values(w.desk.users), ...Object.values(w.otherDesk.users)].map((u) => u.email);
  const perTable = w.tables.map(
    (t) =>
      `SELECT '${t}' AS name, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS hash FROM "${t}" x WHERE x."workspaceId" = ANY($1)`,
  );
  const r = await w.db.query<{ name: string; hash: string }>(
    [
      ...perTable,
      `SELECT 'users', md5(coalesce(string_agg(u::text, ',' ORDER BY u.id), '')) FROM users u WHERE u.email = ANY($2) OR u.email LIKE $3`,
      `SELECT 'sign_in_throttles', md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM sign_in_throttles t WHERE t.email = ANY($2) OR t.email LIKE $3`,
    ].join(" UNION ALL "),
    [workspaces, emails, `%-${w.desk.workspace.slug}@e2e.test`],
  );
  return Object.fromEntries(r.rows.map((row) => [row.name, row.hash]));
}

async function signedIn(
  browser: Browser,
  desk: Desk,
  role: "admin" | "editor" | "reviewer" | "viewer",
): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await desk.signInAs(page, role);
  // Only the cookies are wanted: an open page would keep polling (the header's notification count,
  // which also delivers due-soon reminders) and write between the fingerprints.
  await page.close();
  return context.request;
}

/** Where a success's new record goes, so later requests can name it. */
const CREATES: Partial<Record<Kind, Pool>> = {
  addEvidence: "evidence",
  addComment: "comments",
  createInvitation: "invitations",
  createToken: "tokens",
  createArticle: "articles",
  selectionClaim: "claims",
  addLink: "links",
};

test("thousands of generated requests to every API route: never a 5xx, and a refused request writes nothing", async ({
  browser,
  playwright,
  desk,
  otherDesk,
  baseURL,
}) => {
  test.setTimeout(480_000);
  const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const anonymous = await playwright.request.newContext();
  const tables = (
    await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'workspaceId' ORDER BY 1`,
    )
  ).rows.map((r) => r.table_name);
  const w: World = {
    baseURL: baseURL!,
    desk,
    otherDesk,
    db,
    tables,
    contexts: {
      admin: await signedIn(browser, desk, "admin"),
      editor: await signedIn(browser, desk, "editor"),
      reviewer: await signedIn(browser, desk, "reviewer"),
      viewer: await signedIn(browser, desk, "viewer"),
      otherEditor: await signedIn(browser, otherDesk, "editor"),
      anonymous,
    },
    pools: {
      claims: {
        desk: [...desk.claims.values()].map((c) => c.id),
        other: [...otherDesk.claims.values()].map((c) => c.id),
      },
      evidence: { desk: [], other: [] },
      comments: { desk: [], other: [] },
      invitations: { desk: [], other: [] },
      articles: { desk: [desk.article.id], other: [otherDesk.article.id] },
      links: { desk: [], other: [] },
      // The desk's people the fuzzer may act on; not the admin, so someone can always manage members.
      members: {
        desk: [desk.users.reviewer2.id, desk.users.viewer.id, desk.users.editor2.id],
        other: [otherDesk.users.viewer.id],
      },
      tokens: { desk: [], other: [] },
      suggestions: { desk: [], other: [] },
    },
    tokens: [],
  };
  try {
    // A record of each kind on the other desk, so requests can aim across workspaces.
    const other = w.contexts.otherEditor;
    const ev = await other.post(`/api/claims/${w.pools.claims.other[0]}/evidence`, {
      data: { url: "https://www.reuters.com/x", title: "Other desk", stance: "context" },
    });
    expect(ev.status()).toBe(200);
    w.pools.evidence.other.push((await ev.json()).data.id);
    const cm = await other.post(`/api/claims/${w.pools.claims.other[0]}/comments`, {
      data: { body: "Other desk's comment" },
    });
    expect(cm.status()).toBe(200);
    w.pools.comments.other.push((await cm.json()).data.id);
    // An added article on each desk, so there are suggested claims to decide (and to aim across desks).
    for (const [who, where] of [
      [w.contexts.editor, "desk"],
      [other, "other"],
    ] as const) {
      const added = await who.post("/api/articles", {
        data: {
          title: "Fuzz intake",
          outlet: "Wire",
          publishedOn: "2025-04-28",
          body: `KYIV - Ukraine's military said on Monday that 25 North Korean soldiers were killed in ${where} ${desk.workspace.slug}.\n\n"We will not withdraw," a Russian commander said.`,
        },
      });
      expect(added.status()).toBe(200);
      const articleId = (await added.json()).data.id as string;
      w.pools.articles[where].push(articleId);
      const rows = await db.query<{ id: string }>('SELECT id FROM claim_suggestions WHERE "articleId" = $1', [
        articleId,
      ]);
      w.pools.suggestions[where].push(...rows.rows.map((r) => r.id));
    }
    const ln = await other.post(`/api/claims/${w.pools.claims.other[0]}/links`, {
      data: { toClaimId: w.pools.claims.other[1], type: "updates" },
    });
    expect(ln.status()).toBe(200);
    w.pools.links.other.push((await ln.json()).data.id);

    console.log(`fuzz: ${RUNS} requests, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const started = Date.now();
    const statuses = new Map<number, number>();
    const successes = new Map<Kind, number>();
    let before = await snapshot(w);
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        const { res, path: p, method, body: raw } = await send(w, s);
        const status = res.status();
        const ok = status >= 200 && status < 300;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const text = raw.toString("utf8");
        const where = `${method} ${p} as ${s.actor} → ${status}: ${text.slice(0, 300)}`;
        expect(status, where).toBeLessThan(500);

        const isJson = (res.headers()["content-type"] ?? "").startsWith("application/json");
        // The OpenAPI document is the document itself, not a { data } envelope.
        if (!s.kind.startsWith("auth") && s.kind !== "v1OpenApi" && isJson) {
          const json = JSON.parse(text);
          if (ok) expect(json, where).toHaveProperty("data");
          else
            expect(
              typeof json.error?.code === "string" &&
                typeof json.error?.message === "string" &&
                json.error.message.length > 0,
              where,
            ).toBe(true);
          // One field made bad in a good body: a refusal for invalid input names that field.
          if (
            json.error?.code === "INVALID" &&
            json.error.fields &&
            "mutated" in s.body &&
            s.body.mutated &&
            // A field "made bad" by leaving it out is a valid body without it, so the refusal may
            // rightly name another field (an assignee from another desk, a missing password).
            (s.body.json as Record<string, unknown>)[s.body.mutated] !== undefined &&
            s.otherMethod === null
          ) {
            const named = Object.keys(json.error.fields);
            // A member reference ($member:…) is valid or not by the desk's state, which the fuzz changes
            // (it deactivates people); refusing one is not a refusal of the mutated field's shape.
            const body = s.body.json as Record<string, unknown>;
            const byState = (k: string) => typeof body?.[k] === "string" && String(body[k]).startsWith("$member");
            expect(
              named.includes(s.body.mutated) || named.includes("_form") || named.some(byState),
              `${where} (mutated ${s.body.mutated})`,
            ).toBe(true);
          }
          if (ok) {
            successes.set(s.kind, (successes.get(s.kind) ?? 0) + 1);
            const pool = CREATES[s.kind];
            const id = json.data?.id ?? json.data?.invitation?.id ?? json.data?.apiToken?.id;
            const workspace = s.actor === "otherEditor" ? "other" : "desk";
            if (pool && typeof id === "string") w.pools[pool][workspace].push(id);
            if (s.kind === "createInvitation" && typeof json.data?.token === "string") w.tokens.push(json.data.token);
          }
        }
        if (s.kind === "preferences" && !ok)
          expect(res.headers()["set-cookie"], `cookies after ${where}`).toBeUndefined();

        const after = await snapshot(w);
        // A refused request (any answer but a success) must leave every record as it was.
        if (!ok) expect(after, `database after ${where}`).toEqual(before);
        before = after;
      }),
      { seed: SEED, path: PATH, numRuns: RUNS, endOnFailure: true, verbose: 1 },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${RUNS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; successes ${JSON.stringify(Object.fromEntries(successes))}`,
    );
    // The generator must reach past validation too: the main writes succeed, not only fail.
    for (const kind of MAIN_WRITES) {
      expect(successes.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  } finally {
    await db.query("DELETE FROM users WHERE email LIKE $1", [`%-${desk.workspace.slug}@e2e.test`]);
    await db.end();
    await anonymous.dispose();
  }
});
