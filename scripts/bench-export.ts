// `npm run bench:export`: how fast and how lean the streamed CSV export is at size. Loads 100,000
// claims over 1,000 articles (with verdicts, reviewers, quantities and evidence) into a scratch
// workspace, exports them as CSV through the app's own path (cursor on the shared pool → CSV builder
// → pull stream, lib/exports/run.ts), and prints its time as a ratio to `COPY (the same rows) TO STDOUT`
// measured in the same run: what PostgreSQL itself needs to hand the rows out. Also prints the
// export's peak memory (RSS and heap, sampled every 10 ms, above the process's baseline). The scratch
// workspace is removed afterwards. A benchmark, not a test: nothing here passes or fails.
// Flags: --claims <n> (default 100000), --articles <n> (default 1000), --runs <n> (default 3).
// Needs a migrated database: DATABASE_URL, else the embedded one `npm start` uses.
import crypto from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { openDatabase } from "./lib/database";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const CLAIMS = arg("claims", 100_000);
const ARTICLES = arg("articles", 1_000);
const RUNS = arg("runs", 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function load(raw: pg.Pool, ws: string, user: string) {
  await raw.query(`INSERT INTO workspaces (id, slug, name) VALUES ($1, $1, 'Bench export')`, [ws]);
  await raw.query(
    `INSERT INTO users (id, email, name, "passwordHash") VALUES ($1, $1 || '@bench.local', 'Bench Reviewer', 'x')`,
    [user],
  );
  await raw.query(`INSERT INTO memberships (id, "userId", "workspaceId", role) VALUES ($1 || '-m', $1, $2, 'editor')`, [
    user,
    ws,
  ]);
  await raw.query(
    `INSERT INTO articles (id, "workspaceId", title, outlet, url, language, "publishedAt", body, "updatedAt")
     SELECT $1 || '-a' || g, $1, 'Artikel uji ' || g, 'Bench Wire', 'https://example.org/a/' || g, 'id',
            timestamp '2025-04-28' - g * interval '1 hour', 'body', now()
       FROM generate_series(1, $2::int) g`,
    [ws, ARTICLES],
  );
  await raw.query(
    `INSERT INTO claims (id, "workspaceId", "articleId", quote, "startOffset", "endOffset", claimant, cue, category,
                         "claimedAt", verdict, rationale, "reviewedById", "reviewedAt", "reviewStatus", "createdAt", "updatedAt")
     SELECT $1 || '-c' || g, $1, $1 || '-a' || (1 + g % $3::int),
            'Pejabat Ukraina mengatakan sekitar ' || g || ' tentara Korea Utara dikirim ke Kursk; "=SUM(A1)"', 0, 10,
            'Claimant ' || (g % 97), 'kata pejabat', 'troop_count', date '2025-04-24',
            (ARRAY['unreviewed','verified','disputed','contradicted'])[1 + g % 4]::"Verdict",
            CASE WHEN g % 4 = 0 THEN NULL ELSE 'Checked against two wire reports, line ' || g END,
            CASE WHEN g % 4 = 0 THEN NULL ELSE $4 END,
            CASE WHEN g % 4 = 0 THEN NULL ELSE timestamp '2025-04-29' + g * interval '1 second' END,
            (CASE WHEN g % 4 = 0 THEN 'open' ELSE 'awaiting_signoff' END)::"ReviewStatus",
            timestamp '2025-04-29' + g * interval '1 second', now()
       FROM generate_series(1, $2::int) g`,
    [ws, CLAIMS, ARTICLES, user],
  );
  await raw.query(
    `INSERT INTO claim_quantities (id, "claimId", position, value, unit, qualifier, text)
     SELECT id || '-q', id, 0, 14000, 'soldiers', 'about', 'sekitar 14.000 tentara' FROM claims WHERE "workspaceId" = $1`,
    [ws],
  );
  await raw.query(
    `INSERT INTO evidence (id, "workspaceId", "claimId", url, title, publisher, "archivedUrl", stance)
     SELECT id || '-e', $1, id, 'https://www.reuters.com/e/' || id, 'Reuters report', 'Reuters',
            'https://web.archive.org/web/2025/https://www.reuters.com/e/' || id, 'supports'
       FROM claims WHERE "workspaceId" = $1 AND verdict <> 'unreviewed'`,
    [ws],
  );
  await raw.query(`ANALYZE claims; ANALYZE articles; ANALYZE evidence; ANALYZE claim_quantities`);
}

/** Peak RSS and heap above the starting point while `fn` runs, sampled every 10 ms. */
async function withPeakMemory<T>(fn: () => Promise<T>): Promise<{ result: T; rss: number; heap: number }> {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss - base.rss);
    heap = Math.max(heap, m.heapUsed - base.heapUsed);
  };
  const timer = setInterval(sample, 10);
  try {
    const result = await fn();
    sample();
    return { result, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const database = await openDatabase(() => {});
  process.env.DATABASE_URL = database.url;
  // Imported after DATABASE_URL is set: lib/db reads it when first used.
  const { runExport } = await import("../lib/exports/run");
  const { claimsSelection } = await import("../lib/exports/selection");
  const { claimRows, claimsSql } = await import("../lib/exports/source");
  const { pool } = await import("../lib/db");
  const raw = new pg.Pool({ connectionString: database.url, max: 2 });
  const tag = crypto.randomBytes(4).toString("hex");
  const ws = `bench-export-${tag}`;
  const user = `bench-export-user-${tag}`;
  try {
    console.log(
      `bench:export: loading ${CLAIMS.toLocaleString("en")} claims over ${ARTICLES.toLocaleString("en")} articles…`,
    );
    let t = performance.now();
    await load(raw, ws, user);
    console.log(`  loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const actor = { workspaceId: ws, userId: user };
    const selection = claimsSelection(actor, { format: "csv" });
    // COPY takes no parameters: the only one is the scratch workspace's id, made of [a-z0-9-].
    const { text } = claimsSql(selection);
    const copySql = `COPY (${text.replace("$1", `'${ws}'`)}) TO STDOUT WITH (FORMAT csv, HEADER)`;

    async function copyOnce(): Promise<number> {
      const client = await raw.connect();
      let bytes = 0;
      try {
        await pipeline(
          client.query(copyTo(copySql)),
          new Writable({
            write(chunk: Buffer, _enc, done) {
              bytes += chunk.length;
              done();
            },
          }),
        );
      } finally {
        client.release();
      }
      return bytes;
    }

    async function exportOnce(): Promise<{ bytes: number; rows: number }> {
      const { stream, logId } = await runExport({
        format: "csv",
        selection,
        context: {
          workspace: { name: "Bench export", url: null },
          baseUrl: "https://cekfakta.example",
          locale: "en",
          generatedAt: new Date().toISOString(),
        },
        log: { actor, scope: "claims", filters: {} },
      });
      let bytes = 0;
      for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
      const log = await raw.query<{ rowCount: number }>(`SELECT "rowCount" FROM export_logs WHERE id = $1`, [logId]);
      return { bytes, rows: log.rows[0]!.rowCount };
    }

    async function cursorOnce(): Promise<number> {
      let n = 0;
      for await (const _row of claimRows(selection, { baseUrl: "https://cekfakta.example", locale: "en" })) n += 1;
      return n;
    }

    const copyTimes: number[] = [];
    const cursorTimes: number[] = [];
    const exportTimes: number[] = [];
    let copyBytes = 0;
    let exported = { bytes: 0, rows: 0 };
    let peak = { rss: 0, heap: 0 };
    // One round to warm caches, plans and the JIT, then RUNS measured rounds.
    for (let i = 0; i <= RUNS; i++) {
      if (i === 1) {
        copyTimes.length = 0;
        cursorTimes.length = 0;
        exportTimes.length = 0;
        peak = { rss: 0, heap: 0 };
      }
      t = performance.now();
      copyBytes = await copyOnce();
      copyTimes.push(performance.now() - t);
      t = performance.now();
      await cursorOnce();
      cursorTimes.push(performance.now() - t);
      t = performance.now();
      const measured = await withPeakMemory(exportOnce);
      exportTimes.push(performance.now() - t);
      exported = measured.result;
      peak = { rss: Math.max(peak.rss, measured.rss), heap: Math.max(peak.heap, measured.heap) };
    }
    const copyMs = median(copyTimes);
    const exportMs = median(exportTimes);
    console.log(`  COPY (same rows) TO STDOUT: ${(copyMs / 1000).toFixed(2)} s median of ${RUNS}, ${mb(copyBytes)}`);
    console.log(
      `  the cursor alone (rows as report objects): ${(median(cursorTimes) / 1000).toFixed(2)} s median of ${RUNS}`,
    );
    console.log(
      `  CSV export (cursor → CSV → stream): ${(exportMs / 1000).toFixed(2)} s median of ${RUNS}, ${mb(exported.bytes)}, ${exported.rows.toLocaleString("en")} rows`,
    );
    console.log(`  ratio export / COPY: ${(exportMs / copyMs).toFixed(2)}×`);
    console.log(`  export peak memory above baseline: RSS +${mb(peak.rss)}, heap +${mb(peak.heap)}`);
  } finally {
    await raw.query(`DELETE FROM workspaces WHERE id = $1`, [ws]);
    await raw.query(`DELETE FROM users WHERE id = $1`, [user]);
    await raw.end();
    await pool().end();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
