// `npm run bench:http`: the app measured over HTTP, the way users load it. Builds the app if there is no
// build, starts it (`next start`, loopback only) and a bare `node:http` + `pg` server that runs the
// claims list's own queries (session lookup, first page, counts from the counters) and renders the rows
// as plain HTML, then drives each case with N concurrent clients for a fixed time, signed in with a real
// session cookie (Auth.js credentials sign-in as the demo editor). Prints throughput, p50 and p95 per
// case, and ratios measured in the same run: each page's throughput ÷ the sign-in page's, and the
// list's ÷ the bare server's; and the app process's CPU per request (from /proc, Linux), which other work
// on the machine moves much less than req/s. A benchmark, not a test: on a shared machine only the ratios
// compare.
//
//   npm run generate:synthetic                                 100,000 claims in workspace `scratch`
//   npm run bench:http                                          bench it
//   npm run generate:synthetic -- --claims 1000000 --workspace million
//   npm run bench:http -- --workspace million                   bench the million
// Flags: --workspace <slug> (scratch), --seconds <per case> (10), --clients <n> (16), --build (rebuild),
// --only <case,case> (run some cases).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "./lib/database";
import { encodeCursor } from "../lib/claims/cursor";
import { DEMO_PASSWORD } from "../lib/seed-data/demo";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: opts } = parseArgs({
  options: {
    workspace: { type: "string", default: "scratch" },
    seconds: { type: "string", default: "10" },
    clients: { type: "string", default: "16" },
    build: { type: "boolean", default: false },
    only: { type: "string" },
    email: { type: "string", default: "editor@demo.test" },
  },
  strict: true,
});
const SECONDS = Number(opts.seconds);
const CLIENTS = Number(opts.clients);
const WARMUP_SECONDS = 2;

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

type Res = { status: number; headers: http.IncomingHttpHeaders; body: string; bytes: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf.toString("utf8"), bytes: buf.length });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const r = await request(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => {
      setTimeout(r, 300);
    });
  }
  throw new Error(`${what} did not answer ${url} within 120 s`);
}

/** Cookies from Set-Cookie headers, merged into a jar (name → value). */
function absorb(jar: Map<string, string>, res: Res) {
  const set = res.headers["set-cookie"] ?? [];
  for (const line of set) {
    const [pair] = line.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** A real session: Auth.js's CSRF token, then the credentials callback, as a browser's form post would. */
async function signIn(base: string, email: string, workspace: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await request(`${base}/api/auth/csrf`);
  absorb(jar, csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: `${base}/claims` }).toString(),
  });
  absorb(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`Sign-in as ${email} failed (HTTP ${res.status}); run npm run db:seed for the demo accounts.`);
  jar.set("workspace", workspace);
  const check = await request(`${base}/claims`, { headers: { cookie: cookieHeader(jar) } });
  if (check.status !== 200) throw new Error(`Signed in, but /claims answered ${check.status}`);
  return cookieHeader(jar);
}

type Case = {
  name: string;
  /** Each call makes one request; `client` is the client's number (0..CLIENTS-1). */
  hit: (client: number, i: number) => Promise<Res>;
  /** Text a complete answer holds: a streamed page whose data failed still answers 200, with an error view. */
  expect?: string;
  /** CPU milliseconds the serving process has used so far (the app's, read from /proc), when known. */
  cpu?: () => number | undefined;
};
type Result = {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  bytes: number;
  n: number;
  /** The serving process's CPU per request: unlike req/s, barely moved by whatever else the machine runs. */
  cpuMs?: number;
};

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

async function drive(c: Case): Promise<Result> {
  // Warm up (compiles, plans, caches), then measure.
  const runFor = async (seconds: number, record: boolean) => {
    const lat: number[] = [];
    let errors = 0;
    let bytes = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let i = 0; performance.now() < end; i++) {
          const t = performance.now();
          try {
            const r = await c.hit(client, i);
            if (r.status >= 400 || (c.expect && !r.body.includes(c.expect))) errors++;
            bytes += r.bytes;
          } catch {
            errors++;
          }
          if (record) lat.push(performance.now() - t);
        }
      }),
    );
    return { lat, errors, bytes };
  };
  await runFor(WARMUP_SECONDS, false);
  const started = performance.now();
  const cpuBefore = c.cpu?.();
  const { lat, errors, bytes } = await runFor(SECONDS, true);
  const cpuAfter = c.cpu?.();
  const secs = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  return {
    name: c.name,
    rps: lat.length / secs,
    p50: q(0.5),
    p95: q(0.95),
    errors,
    bytes: lat.length ? bytes / lat.length : 0,
    n: lat.length,
    cpuMs:
      cpuBefore !== undefined && cpuAfter !== undefined && lat.length ? (cpuAfter - cpuBefore) / lat.length : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// The bare server: the list page's queries through pg, rows rendered as plain HTML, no framework.

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

function startBare(url: string, workspaceId: string, userId: string, port: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        // What the app does per request too: the account with its memberships (the session's actor).
        await pool.query(
          `SELECT u.id, u."sessionVersion", m."workspaceId", m.role FROM "users" u
           JOIN "memberships" m ON m."userId" = u.id WHERE u.id = $1 AND m."deactivatedAt" IS NULL`,
          [userId],
        );
        const [rows, counts] = await Promise.all([
          pool.query<{ id: string; quote: string; claimant: string; verdict: string; title: string; reviewer: string }>(
            `SELECT c.id, c.quote, c.claimant, c.category, c.verdict, c."createdAt", c."reviewedAt", c."reviewStatus",
                    c."dueAt", c.priority, a.id AS "articleId", a.title, r.name AS reviewer, s.id AS "assigneeId",
                    s.name AS assignee
             FROM "claims" c JOIN "articles" a ON a.id = c."articleId"
             LEFT JOIN "users" r ON r.id = c."reviewedById" LEFT JOIN "users" s ON s.id = c."assigneeId"
             WHERE c."workspaceId" = $1 ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`,
            [workspaceId],
          ),
          pool.query(
            `SELECT "verdict", sum("n")::int AS n FROM (
               SELECT "verdict", "n" FROM "claim_counters" WHERE "workspaceId" = $1
               UNION ALL SELECT "verdict", "n" FROM "claim_counter_deltas" WHERE "workspaceId" = $1
             ) x GROUP BY 1`,
            [workspaceId],
          ),
        ]);
        const html =
          `<!doctype html><title>Claims</title><ul>` +
          counts.rows.map((r) => `<li>${esc(String(r.verdict))} ${r.n}</li>`).join("") +
          `</ul><table>` +
          rows.rows
            .slice(0, 50)
            .map(
              (r) =>
                `<tr><td><a href="/claims/${esc(r.id)}">${esc(r.quote)}</a></td><td>${esc(r.claimant)}</td>` +
                `<td>${esc(r.verdict)}</td><td>${esc(r.title)}</td><td>${esc(r.reviewer ?? "")}</td></tr>`,
            )
            .join("") +
          `</table>`;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(html);
      } catch (e) {
        res.writeHead(500);
        res.end(String(e));
      }
    })();
  });
  return new Promise<{ close: () => Promise<void> }>((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      resolve({
        close: async () => {
          server.closeAllConnections();
          await new Promise((r) => {
            server.close(r);
          });
          await pool.end();
        },
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const database = await openDatabase((m) => console.error(m));
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const children: ChildProcess[] = [];
  let bare: { close: () => Promise<void> } | undefined;
  try {
    const ws = await db.query<{ id: string }>(`SELECT id FROM "workspaces" WHERE slug = $1`, [opts.workspace]);
    if (!ws.rowCount) throw new Error(`No workspace "${opts.workspace}": run npm run generate:synthetic first.`);
    const workspaceId = ws.rows[0].id;
    const user = await db.query<{ id: string }>(
      `SELECT u.id FROM "users" u JOIN "memberships" m ON m."userId" = u.id WHERE u.email = $1 AND m."workspaceId" = $2`,
      [opts.email, workspaceId],
    );
    if (!user.rowCount) throw new Error(`${opts.email} is not a member of "${opts.workspace}".`);
    const total = Number(
      (await db.query(`SELECT count(*) FROM "claims" WHERE "workspaceId" = $1`, [workspaceId])).rows[0].count,
    );

    // Inputs: a deep page's cursor (two thirds down), a common claimant, claims and articles to visit,
    // and one claim per client to save verdicts on (its own, so clients never conflict).
    const deep = await db.query<{ id: string; createdAt: Date }>(
      `SELECT id, "createdAt" FROM "claims" WHERE "workspaceId" = $1 ORDER BY "createdAt" DESC, id DESC OFFSET $2 LIMIT 1`,
      [workspaceId, Math.floor((total * 2) / 3)],
    );
    const claimant = (
      await db.query<{ claimant: string }>(
        `SELECT claimant FROM "claims" WHERE "workspaceId" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
        [workspaceId],
      )
    ).rows[0].claimant;
    const sample = await db.query<{ id: string; articleId: string }>(
      `SELECT id, "articleId" FROM "claims" WHERE "workspaceId" = $1 AND "reviewStatus" <> 'signed_off'
       ORDER BY md5(id) LIMIT $2`,
      [workspaceId, 200 + CLIENTS],
    );
    const visit = sample.rows.slice(CLIENTS);
    const mine = sample.rows.slice(0, CLIENTS).map((r) => r.id);
    const versions = new Map<string, number>();
    for (const r of (
      await db.query<{ id: string; version: number }>(`SELECT id, version FROM "claims" WHERE id = ANY($1)`, [mine])
    ).rows)
      versions.set(r.id, r.version);

    // The app: built if needed, then `next start` on a free loopback port.
    const buildId = path.join(ROOT, ".next", "BUILD_ID");
    if (opts.build || !fs.existsSync(buildId)) {
      console.error("Building the app (next build)...");
      const b = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (b.status !== 0) throw new Error("next build failed");
    }
    const appPort = await freePort();
    const app = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(appPort), "-H", "127.0.0.1"],
      {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-http-secret-not-for-production-0000",
          APP_ENV: "test",
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
    );
    children.push(app);
    const base = `http://127.0.0.1:${appPort}`;
    await waitFor(`${base}/signin`, app, "next start");
    const cookie = await signIn(base, opts.email, opts.workspace);
    const barePort = await freePort();
    bare = await startBare(database.url, workspaceId, user.rows[0].id, barePort);

    const ROW = 'data-testid="claim-row"';
    const get = (p: string, withCookie = true) => request(`${base}${p}`, { headers: withCookie ? { cookie } : {} });
    const cases: Case[] = [
      { name: "sign-in page", hit: () => get("/signin", false), expect: 'type="password"' },
      { name: "claims list, first page", hit: () => get("/claims"), expect: ROW },
      {
        name: "claims list, deep page",
        hit: () => get(`/claims?after=${encodeCursor(deep.rows[0])}`),
        expect: ROW,
      },
      {
        name: "claims list, filtered",
        hit: () => get(`/claims?claimant=${encodeURIComponent(claimant)}`),
        expect: ROW,
      },
      {
        name: "claim page",
        hit: (c, i) => get(`/claims/${visit[(c * 31 + i) % visit.length].id}`),
        expect: 'data-testid="claim-workbench"',
      },
      {
        name: "article page",
        hit: (c, i) => get(`/articles/${visit[(c * 31 + i) % visit.length].articleId}`),
        expect: 'id="article-text"',
      },
      {
        name: "verdict save",
        hit: async (c, i) => {
          const id = mine[c];
          const res = await request(`${base}/api/claims/${id}/verdict`, {
            method: "PUT",
            headers: { cookie, "content-type": "application/json", origin: base },
            body: JSON.stringify({
              verdict: (["verified", "disputed", "contradicted"] as const)[i % 3],
              rationale: `Benchmark rationale ${i}`,
              version: versions.get(id),
            }),
          });
          const json = JSON.parse(res.body) as { data?: { version?: number } };
          if (json.data?.version) versions.set(id, json.data.version);
          return res;
        },
      },
      { name: "bare node:http + pg list", hit: () => request(`http://127.0.0.1:${barePort}/`) },
    ];
    // The app's own CPU per request, next to req/s: on a shared machine it moves far less than throughput.
    for (const c of cases) if (!c.name.startsWith("bare")) c.cpu = () => processCpuMs(app.pid);
    const only = opts.only?.split(",").map((s) => s.trim());
    const chosen = only ? cases.filter((c) => only.some((o) => c.name.startsWith(o))) : cases;

    console.log(
      `\nbench:http — workspace "${opts.workspace}" (${total.toLocaleString("en")} claims), ${CLIENTS} clients, ` +
        `${SECONDS} s per case after ${WARMUP_SECONDS} s warm-up, loopback\n`,
    );
    const results: Result[] = [];
    for (const c of chosen) {
      const r = await drive(c);
      results.push(r);
      console.error(`  ${c.name}: ${r.rps.toFixed(1)} req/s`);
    }
    const signin = results.find((r) => r.name === "sign-in page");
    const bareR = results.find((r) => r.name.startsWith("bare"));
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (x: number | undefined, d = 0) => (x === undefined || Number.isNaN(x) ? "-" : x.toFixed(d));
    console.log(
      `${pad("case", 28)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"KB".padStart(6)} ` +
        `${"errors".padStart(6)} ${"÷ sign-in".padStart(9)} ${"÷ bare".padStart(7)} ${"app CPU ms".padStart(10)} ` +
        `${"CPU: sign-in ÷ this".padStart(19)}`,
    );
    for (const r of results) {
      const vsSignin = signin ? r.rps / signin.rps : undefined;
      const vsBare = bareR && r.name.startsWith("claims list") ? r.rps / bareR.rps : undefined;
      console.log(
        `${pad(r.name, 28)} ${num(r.rps, 1).padStart(7)} ${num(r.p50).padStart(7)} ${num(r.p95).padStart(7)} ` +
          `${num(r.bytes / 1024, 1).padStart(6)} ${String(r.errors).padStart(6)} ${num(vsSignin, 2).padStart(9)} ` +
          `${num(vsBare, 2).padStart(7)} ${num(r.cpuMs, 1).padStart(10)} ` +
          `${num(signin?.cpuMs !== undefined && r.cpuMs ? signin.cpuMs / r.cpuMs : undefined, 2).padStart(19)}`,
      );
    }
    const failed = results.filter((r) => r.errors > 0);
    if (failed.length)
      console.log(
        `\nErrors (HTTP >= 400, no answer, or a page without its content) in: ${failed.map((r) => r.name).join(", ")}`,
      );
  } finally {
    await bare?.close().catch(() => {});
    for (const c of children) c.kill("SIGTERM");
    agent.destroy();
    await db.end().catch(() => {});
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench:http failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
