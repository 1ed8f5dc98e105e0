// Fills a scratch workspace (slug `scratch`) with synthetic articles and claims so the app can be
// tried at size.
//   npm run generate:synthetic                          100,000 claims (~5,000 articles)
//   npm run generate:synthetic -- --claims 1000000      a million
//   npm run generate:synthetic -- --replace             delete an existing scratch workspace first
//   npm run generate:synthetic -- --seed 7              other data (same seed + same day = same data)
//   npm run generate:synthetic -- --workspace million   into workspace `million` (sizes side by side)
//
// Uses DATABASE_URL, else the embedded PostgreSQL (scripts/lib/database.ts). The rows themselves are
// built by lib/synthetic/generate.ts (pure, seeded) and written by lib/synthetic/load.ts with pg:
// multi-row INSERT ... SELECT FROM unnest($1::text[], ...) in batches, all in ONE transaction, so a
// failed or interrupted run leaves nothing behind.
//
// Written: workspaces, memberships (copied from the `demo` workspace), articles, claims with a review
// workflow among those members (assignee, reviewer, status, sign-off), claim_quantities, evidence and
// claim_events (each claim's history). NOT written: claim_links. Claim counters are kept by their
// triggers and checked against a count from scratch at the end.
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { openDatabase } from "./lib/database";
import { DEFAULT_SEED, estimateArticles } from "../lib/synthetic/generate";
import { loadSynthetic, progressReporter } from "../lib/synthetic/load";

const DEFAULT_WORKSPACE = "scratch";
const DEFAULT_CLAIMS = 100_000;

const USAGE = "Usage: tsx scripts/generate-synthetic.ts [--claims N] [--replace] [--seed N] [--workspace slug]";

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
  workspace: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, "--workspace must be a slug: lowercase letters, digits and -")
    .default(DEFAULT_WORKSPACE),
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
        workspace: { type: "string" },
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

async function run(args: z.infer<typeof ZArgs>, url: string): Promise<void> {
  // Another slug is another workspace with its own ids, so two sizes can sit side by side (bench:http).
  const WORKSPACE_SLUG = args.workspace;
  const WORKSPACE_ID = `syn_ws_${args.workspace}`;
  const WORKSPACE_NAME =
    args.workspace === DEFAULT_WORKSPACE ? "Scratch (synthetic data)" : `Synthetic: ${args.workspace}`;
  const idPrefix = args.workspace === DEFAULT_WORKSPACE ? "" : `${args.workspace}_`;
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
       SELECT $1 || '_m_' || m."userId", m."userId", $1, m.role
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
    let rowsDone = 0;
    const totals = await loadSynthetic(client, {
      workspaceId: WORKSPACE_ID,
      idPrefix,
      claims: args.claims,
      seed: args.seed,
      now,
      onProgress: (claimsDone, rows) => {
        rowsDone = rows;
        progress.update(claimsDone, rows);
      },
    });
    progress.done();

    await client.query("COMMIT");
    inTransaction = false;
    const secs = (performance.now() - started) / 1000;
    console.log(
      `Wrote ${totals.articles.toLocaleString("en")} articles, ${totals.claims.toLocaleString("en")} claims, ` +
        `${totals.quantities.toLocaleString("en")} quantities, ${totals.evidence.toLocaleString("en")} evidence, ` +
        `${totals.events.toLocaleString("en")} events ` +
        `in ${secs.toFixed(1)}s (${Math.round(rowsDone / secs).toLocaleString("en")} rows/s).`,
    );

    const t = performance.now();
    // VACUUM sets the visibility map too, so verdict counts can be answered from the index alone.
    await client.query(
      `VACUUM ANALYZE "workspaces", "memberships", "articles", "claims", "claim_quantities", "evidence", "claim_events", "claim_counters", "claim_counter_deltas"`,
    );
    console.log(`VACUUM ANALYZE done in ${((performance.now() - t) / 1000).toFixed(1)}s.`);
    // The counters were kept by their triggers while the rows went in; check them against a real count.
    const check = await client.query<{ bad: string }>(
      `SELECT count(*) AS bad FROM (
         SELECT "verdict", "reviewStatus", count(*)::int AS n FROM "claims" WHERE "workspaceId" = $1 GROUP BY 1, 2
       ) c FULL JOIN (SELECT * FROM "claim_counters" WHERE "workspaceId" = $1 AND "n" <> 0) k USING ("verdict", "reviewStatus")
       WHERE c.n IS DISTINCT FROM k.n`,
      [WORKSPACE_ID],
    );
    console.log(
      check.rows[0].bad === "0"
        ? "Claim counters agree with a count from scratch."
        : `Claim counters differ in ${check.rows[0].bad} cell(s): run npm run counters:check -- --fix`,
    );
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
