// Fills a scratch workspace (slug `scratch`) with synthetic articles and claims so the app can be
// tried at size.
//   npm run generate:synthetic                          100,000 claims (~5,000 articles)
//   npm run generate:synthetic -- --claims 1000000      a million
//   npm run generate:synthetic -- --replace             delete an existing scratch workspace first
//   npm run generate:synthetic -- --seed 7              other data (same seed + same day = same data)
//
// Uses DATABASE_URL, else the embedded PostgreSQL (scripts/lib/database.ts). The rows themselves are
// built by lib/synthetic/generate.ts (pure, seeded); this script only streams them in with pg:
// multi-row INSERT ... SELECT FROM unnest($1::text[], ...) in batches, all in ONE transaction, so a
// failed or interrupted run leaves nothing behind.
//
// Written: workspaces, memberships (copied from the `demo` workspace), articles, claims,
// claim_quantities, evidence. NOT written: claim_events (no 'created' or 'verdict_set' history, to
// keep it fast) and claim_links. Claims have key NULL, version 1, no reviewer or assignee.
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { openDatabase } from "./lib/database";
import { DEFAULT_SEED, estimateArticles, generateSynthetic, type SynArticle } from "../lib/synthetic/generate";

const WORKSPACE_SLUG = "scratch";
const WORKSPACE_NAME = "Scratch (synthetic data)";
const WORKSPACE_ID = "syn_ws_scratch";
const DEFAULT_CLAIMS = 100_000;
/** Claims per INSERT statement (articles, quantities and evidence go with them). */
const BATCH_CLAIMS = 4_000;

const USAGE = "Usage: tsx scripts/generate-synthetic.ts [--claims N] [--replace] [--seed N]";

const ZCount = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d[\d_,]*$/, `${what} must be a whole number (e.g. 100000 or 100_000)`)
    .transform((s) => Number(s.replace(/[_,]/g, "")))
    .pipe(
      z
        .number()
        .int(`${what} must be a whole number`)
        .min(min, `${what} must be at least ${min.toLocaleString("en")}`)
        .max(max, `${what} must be at most ${max.toLocaleString("en")}`),
    );

const ZArgs = z.object({
  claims: ZCount("--claims", 1, 5_000_000).default(DEFAULT_CLAIMS),
  seed: ZCount("--seed", 0, 2 ** 32 - 1).default(DEFAULT_SEED),
  replace: z.boolean().default(false),
  help: z.boolean().default(false),
});

class UsageError extends Error {}

function parseCli(argv: string[]): z.infer<typeof ZArgs> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        claims: { type: "string" },
        seed: { type: "string" },
        replace: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const parsed = ZArgs.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("\n"));
  return parsed.data;
}

/** TIMESTAMP(3) columns hold UTC wall time (as Prisma writes them): send "YYYY-MM-DD HH:MM:SS.mmm". */
function ts(d: Date): string {
  return d.toISOString().slice(0, 23).replace("T", " ");
}
function tsOrNull(d: Date | null): string | null {
  return d ? ts(d) : null;
}

/** Column buffers for one batch: one JS array per column, sent as one array parameter each. */
function emptyBatch() {
  return {
    articles: {
      id: [] as string[],
      slug: [] as string[],
      title: [] as string[],
      outlet: [] as string[],
      url: [] as string[],
      language: [] as string[],
      publishedAt: [] as string[],
      byline: [] as (string | null)[],
      dateline: [] as string[],
      imageCaption: [] as (string | null)[],
      body: [] as string[],
      createdAt: [] as string[],
      updatedAt: [] as string[],
    },
    claims: {
      id: [] as string[],
      articleId: [] as string[],
      quote: [] as string[],
      startOffset: [] as number[],
      endOffset: [] as number[],
      claimant: [] as string[],
      cue: [] as (string | null)[],
      category: [] as string[],
      claimedAt: [] as (string | null)[],
      claimedAtNote: [] as (string | null)[],
      verdict: [] as string[],
      rationale: [] as (string | null)[],
      reviewedAt: [] as (string | null)[],
      createdAt: [] as string[],
      updatedAt: [] as string[],
    },
    quantities: {
      id: [] as string[],
      claimId: [] as string[],
      position: [] as number[],
      value: [] as string[],
      unit: [] as string[],
      qualifier: [] as string[],
      text: [] as string[],
    },
    evidence: {
      id: [] as string[],
      claimId: [] as string[],
      url: [] as string[],
      title: [] as string[],
      publisher: [] as string[],
      excerpt: [] as (string | null)[],
      stance: [] as string[],
      createdAt: [] as string[],
    },
  };
}
type Batch = ReturnType<typeof emptyBatch>;

function addArticle(b: Batch, a: SynArticle): void {
  const A = b.articles;
  A.id.push(a.id);
  A.slug.push(a.slug);
  A.title.push(a.title);
  A.outlet.push(a.outlet);
  A.url.push(a.url);
  A.language.push(a.language);
  A.publishedAt.push(ts(a.publishedAt));
  A.byline.push(a.byline);
  A.dateline.push(a.dateline);
  A.imageCaption.push(a.imageCaption);
  A.body.push(a.body);
  A.createdAt.push(ts(a.createdAt));
  A.updatedAt.push(ts(a.updatedAt));
  const C = b.claims,
    Q = b.quantities,
    E = b.evidence;
  for (const c of a.claims) {
    C.id.push(c.id);
    C.articleId.push(c.articleId);
    C.quote.push(c.quote);
    C.startOffset.push(c.startOffset);
    C.endOffset.push(c.endOffset);
    C.claimant.push(c.claimant);
    C.cue.push(c.cue);
    C.category.push(c.category);
    C.claimedAt.push(c.claimedAt);
    C.claimedAtNote.push(c.claimedAtNote);
    C.verdict.push(c.verdict);
    C.rationale.push(c.rationale);
    C.reviewedAt.push(tsOrNull(c.reviewedAt));
    C.createdAt.push(ts(c.createdAt));
    C.updatedAt.push(ts(c.updatedAt));
    for (const q of c.quantities) {
      Q.id.push(q.id);
      Q.claimId.push(c.id);
      Q.position.push(q.position);
      Q.value.push(String(q.value));
      Q.unit.push(q.unit);
      Q.qualifier.push(q.qualifier);
      Q.text.push(q.text);
    }
    for (const e of c.evidence) {
      E.id.push(e.id);
      E.claimId.push(c.id);
      E.url.push(e.url);
      E.title.push(e.title);
      E.publisher.push(e.publisher);
      E.excerpt.push(e.excerpt);
      E.stance.push(e.stance);
      E.createdAt.push(ts(e.createdAt));
    }
  }
}

function batchRows(b: Batch): number {
  return b.articles.id.length + b.claims.id.length + b.quantities.id.length + b.evidence.id.length;
}

async function insertBatch(client: pg.Client, b: Batch): Promise<void> {
  const A = b.articles;
  if (A.id.length) {
    await client.query(
      `INSERT INTO "articles" ("id", "workspaceId", "slug", "title", "outlet", "url", "language", "publishedAt",
         "byline", "dateline", "imageCaption", "body", "createdAt", "updatedAt")
       SELECT t.id, $1, t.slug, t.title, t.outlet, t.url, t.language, t."publishedAt", t.byline, t.dateline,
         t."imageCaption", t.body, t."createdAt", t."updatedAt"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamp(3)[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamp(3)[], $14::timestamp(3)[])
         AS t(id, slug, title, outlet, url, language, "publishedAt", byline, dateline, "imageCaption", body,
              "createdAt", "updatedAt")`,
      [
        WORKSPACE_ID,
        A.id,
        A.slug,
        A.title,
        A.outlet,
        A.url,
        A.language,
        A.publishedAt,
        A.byline,
        A.dateline,
        A.imageCaption,
        A.body,
        A.createdAt,
        A.updatedAt,
      ],
    );
  }
  const C = b.claims;
  if (C.id.length) {
    await client.query(
      `INSERT INTO "claims" ("id", "workspaceId", "articleId", "key", "quote", "startOffset", "endOffset", "claimant",
         "cue", "category", "claimedAt", "claimedAtNote", "verdict", "rationale", "reviewedAt", "version",
         "createdAt", "updatedAt")
       SELECT t.id, $1, t."articleId", NULL, t.quote, t."startOffset", t."endOffset", t.claimant, t.cue, t.category,
         t."claimedAt", t."claimedAtNote", t.verdict, t.rationale, t."reviewedAt", 1, t."createdAt", t."updatedAt"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[],
         $10::date[], $11::text[], $12::"Verdict"[], $13::text[], $14::timestamp(3)[], $15::timestamp(3)[],
         $16::timestamp(3)[])
         AS t(id, "articleId", quote, "startOffset", "endOffset", claimant, cue, category, "claimedAt",
              "claimedAtNote", verdict, rationale, "reviewedAt", "createdAt", "updatedAt")`,
      [
        WORKSPACE_ID,
        C.id,
        C.articleId,
        C.quote,
        C.startOffset,
        C.endOffset,
        C.claimant,
        C.cue,
        C.category,
        C.claimedAt,
        C.claimedAtNote,
        C.verdict,
        C.rationale,
        C.reviewedAt,
        C.createdAt,
        C.updatedAt,
      ],
    );
  }
  const Q = b.quantities;
  if (Q.id.length) {
    await client.query(
      `INSERT INTO "claim_quantities" ("id", "claimId", "position", "value", "unit", "qualifier", "text")
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::numeric[], $5::text[],
         $6::"QuantityQualifier"[], $7::text[])`,
      [Q.id, Q.claimId, Q.position, Q.value, Q.unit, Q.qualifier, Q.text],
    );
  }
  const E = b.evidence;
  if (E.id.length) {
    await client.query(
      `INSERT INTO "evidence" ("id", "workspaceId", "claimId", "url", "title", "publisher", "excerpt", "stance", "createdAt")
       SELECT t.id, $1, t."claimId", t.url, t.title, t.publisher, t.excerpt, t.stance, t."createdAt"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::"EvidenceStance"[],
         $9::timestamp(3)[])
         AS t(id, "claimId", url, title, publisher, excerpt, stance, "createdAt")`,
      [WORKSPACE_ID, E.id, E.claimId, E.url, E.title, E.publisher, E.excerpt, E.stance, E.createdAt],
    );
  }
}

/** Progress on stderr: one line rewritten in place on a terminal, else a line every 10%. */
function progressReporter(total: number, started: number) {
  const tty = process.stderr.isTTY === true;
  let lastDecile = 0;
  return {
    update(claimsDone: number, rowsDone: number) {
      const pct = (claimsDone / total) * 100;
      const secs = Math.max((performance.now() - started) / 1000, 0.001);
      const line =
        `  ${pct.toFixed(1).padStart(5)}%  ${claimsDone.toLocaleString("en")} / ${total.toLocaleString("en")} claims` +
        `  ${Math.round(rowsDone / secs).toLocaleString("en")} rows/s`;
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
      } else {
        const decile = Math.floor(pct / 10);
        if (decile > lastDecile || claimsDone === total) {
          lastDecile = decile;
          process.stderr.write(line + "\n");
        }
      }
    },
    done() {
      if (tty) process.stderr.write("\n");
    },
  };
}

async function run(args: z.infer<typeof ZArgs>, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: "generate-synthetic" });
  await client.connect();
  let inTransaction = false;
  try {
    await client.query("BEGIN");
    inTransaction = true;
    // One generator at a time.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('factcheck:generate-synthetic'))");

    const existing = await client.query<{ id: string; claims: string }>(
      `SELECT w.id, (SELECT count(*) FROM "claims" c WHERE c."workspaceId" = w.id) AS claims
       FROM "workspaces" w WHERE w.slug = $1`,
      [WORKSPACE_SLUG],
    );
    if (existing.rowCount) {
      const n = Number(existing.rows[0].claims).toLocaleString("en");
      if (!args.replace) {
        await client.query("ROLLBACK");
        inTransaction = false;
        console.log(
          `The '${WORKSPACE_SLUG}' workspace already exists (${n} claims); nothing changed. ` +
            `Run with --replace to delete it and generate it again.`,
        );
        return;
      }
      console.log(`Deleting the existing '${WORKSPACE_SLUG}' workspace (${n} claims)...`);
      const t = performance.now();
      // ON DELETE CASCADE takes its memberships, articles, claims, quantities, evidence, links and events.
      await client.query(`DELETE FROM "workspaces" WHERE id = $1`, [existing.rows[0].id]);
      console.log(`  deleted in ${((performance.now() - t) / 1000).toFixed(1)}s`);
    }

    await client.query(`INSERT INTO "workspaces" ("id", "slug", "name") VALUES ($1, $2, $3)`, [
      WORKSPACE_ID,
      WORKSPACE_SLUG,
      WORKSPACE_NAME,
    ]);
    const members = await client.query<{ email: string; role: string }>(
      `INSERT INTO "memberships" ("id", "userId", "workspaceId", "role")
       SELECT 'syn_m_' || m."userId", m."userId", $1, m.role
       FROM "memberships" m JOIN "workspaces" w ON w.id = m."workspaceId"
       WHERE w.slug = 'demo'
       RETURNING (SELECT email FROM "users" u WHERE u.id = "userId") AS email, role`,
      [WORKSPACE_ID],
    );
    if (members.rowCount) {
      console.log(
        `Members (copied from the 'demo' workspace): ` + members.rows.map((r) => `${r.email} (${r.role})`).join(", "),
      );
    } else {
      console.log(
        "No members: the 'demo' workspace has none (or does not exist; run npm run db:seed first). " +
          "The scratch workspace is only visible to users added to it.",
      );
    }

    // "Now" is today's UTC midnight, so the same seed gives the same rows all day.
    const now = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
    console.log(
      `Generating ${args.claims.toLocaleString("en")} claims in ~${estimateArticles(args.claims).toLocaleString("en")} ` +
        `articles (seed ${args.seed})...`,
    );
    const started = performance.now();
    const progress = progressReporter(args.claims, started);
    const totals = { articles: 0, claims: 0, quantities: 0, evidence: 0 };
    let rowsDone = 0;
    let batch = emptyBatch();
    // One batch in flight while the next is generated.
    let inflight: Promise<void> = Promise.resolve();
    const send = async (b: Batch) => {
      await inflight;
      const rows = batchRows(b);
      const claims = b.claims.id.length;
      inflight = insertBatch(client, b).then(() => {
        rowsDone += rows;
        totals.claims += claims;
        progress.update(totals.claims, rowsDone);
      });
      inflight.catch(() => {}); // handled when awaited
    };
    for (const article of generateSynthetic({ claims: args.claims, seed: args.seed, now })) {
      addArticle(batch, article);
      totals.articles++;
      for (const c of article.claims) {
        totals.quantities += c.quantities.length;
        totals.evidence += c.evidence.length;
      }
      if (batch.claims.id.length >= BATCH_CLAIMS) {
        await send(batch);
        batch = emptyBatch();
      }
    }
    if (batch.claims.id.length) await send(batch);
    await inflight;
    progress.done();

    await client.query("COMMIT");
    inTransaction = false;
    const secs = (performance.now() - started) / 1000;
    console.log(
      `Wrote ${totals.articles.toLocaleString("en")} articles, ${totals.claims.toLocaleString("en")} claims, ` +
        `${totals.quantities.toLocaleString("en")} quantities, ${totals.evidence.toLocaleString("en")} evidence ` +
        `in ${secs.toFixed(1)}s (${Math.round(rowsDone / secs).toLocaleString("en")} rows/s).`,
    );

    const t = performance.now();
    // VACUUM sets the visibility map too, so verdict counts can be answered from the index alone.
    await client.query(
      `VACUUM ANALYZE "workspaces", "memberships", "articles", "claims", "claim_quantities", "evidence"`,
    );
    console.log(`VACUUM ANALYZE done in ${((performance.now() - t) / 1000).toFixed(1)}s.`);
  } catch (e) {
    if (inTransaction) {
      await client.query("ROLLBACK").catch(() => {});
      console.error("\nRolled back: nothing was written.");
    }
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<number> {
  let args: z.infer<typeof ZArgs>;
  try {
    args = parseCli(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const db = await openDatabase((m) => console.error(m));
  try {
    await run(args, db.url);
    return 0;
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`generate-synthetic failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
