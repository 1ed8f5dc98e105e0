// `npm run bench`: how quick the claims list, deep pages, verdict counts, article page and claim page
// are at size, each printed as a ratio to a baseline measured in the same run on the same rows:
// the same query sent as hand-written SQL straight through `pg` (what PostgreSQL itself needs), so the
// ratio is the app's overhead, not the machine's speed. Fill data first: `npm run generate:synthetic`.
// Flags: --workspace <slug> (default scratch), --runs <n> (default 30).
import pg from "pg";
import { openDatabase } from "./lib/database";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const slug = arg("workspace", "scratch");
const runs = Number(arg("runs", "30"));

async function time(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm caches and plans
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function main() {
  const database = await openDatabase(() => {});
  process.env.DATABASE_URL = database.url;
  // Imported after DATABASE_URL is set: lib/db reads it when first used.
  const { listClaims, countClaimsByVerdict, getClaimDetail } = await import("../lib/claims/queries");
  const { getArticleWithClaims } = await import("../lib/articles/queries");
  const { ZClaimFilters } = await import("../lib/claims/schemas");
  const { db } = await import("../lib/db");
  const raw = new pg.Pool({ connectionString: database.url, max: 2 });

  const ws = await db.workspace.findUnique({ where: { slug } });
  if (!ws) throw new Error(`No workspace "${slug}": run npm run generate:synthetic first.`);
  const total = await db.claim.count({ where: { workspaceId: ws.id } });
  const actor = {
    userId: "bench",
    name: "bench",
    email: "bench@local",
    role: "viewer" as const,
    workspaceId: ws.id,
    workspaceSlug: slug,
    workspaceName: ws.name,
  };
  const pageSize = 50;

  // A cursor deep in the list: walk 2/3 of the way with the raw query's own keyset.
  const deepOffset = Math.floor((total * 2) / 3);
  const deep = (
    await raw.query(
      `SELECT "createdAt", id FROM claims WHERE "workspaceId" = $1 ORDER BY "createdAt" DESC, id DESC OFFSET $2 LIMIT 1`,
      [ws.id, deepOffset],
    )
  ).rows[0];
  const { encodeCursor } = await import("../lib/claims/cursor");
  const deepCursor = encodeCursor({ createdAt: deep.createdAt, id: deep.id });
  const sample = (
    await raw.query(
      `SELECT c.id, c."articleId" FROM claims c WHERE c."workspaceId" = $1 AND c.verdict = 'disputed' LIMIT 1`,
      [ws.id],
    )
  ).rows[0];
  const claimant = (await raw.query(`SELECT claimant FROM claims WHERE "workspaceId" = $1 LIMIT 1`, [ws.id])).rows[0]
    .claimant;

  const listSql = `SELECT c.id, c.quote, c.claimant, c.category, c.verdict, c."createdAt", c."reviewedAt", a.id AS aid, a.title, u.name
    FROM claims c JOIN articles a ON a.id = c."articleId" LEFT JOIN users u ON u.id = c."reviewedById"
    WHERE c."workspaceId" = $1 AND ($2::text IS NULL OR c.claimant ILIKE '%' || $2 || '%') AND (($3::timestamp IS NULL) OR (c."createdAt", c.id) < ($3, $4))
    ORDER BY c."createdAt" DESC, c.id DESC LIMIT ${pageSize + 1}`;

  const cases: { name: string; app: () => Promise<unknown>; sql: () => Promise<unknown> }[] = [
    {
      name: "claims list, first page",
      app: () => listClaims(actor, ZClaimFilters.parse({ pageSize })),
      sql: () => raw.query(listSql, [ws.id, null, null, null]),
    },
    {
      name: `claims list, page at row ${deepOffset.toLocaleString("en")}`,
      app: () => listClaims(actor, ZClaimFilters.parse({ pageSize, after: deepCursor })),
      sql: () => raw.query(listSql, [ws.id, null, deep.createdAt, deep.id]),
    },
    {
      name: "claims list, filtered by claimant",
      app: () => listClaims(actor, ZClaimFilters.parse({ pageSize, claimant })),
      sql: () => raw.query(listSql, [ws.id, claimant, null, null]),
    },
    {
      name: "counts per verdict (whole workspace)",
      app: () => countClaimsByVerdict(actor, ZClaimFilters.parse({})),
      sql: () => raw.query(`SELECT verdict, count(*) FROM claims WHERE "workspaceId" = $1 GROUP BY verdict`, [ws.id]),
    },
    {
      name: "article page (article + its claims)",
      app: () => getArticleWithClaims(actor, sample.articleId),
      sql: () =>
        Promise.all([
          raw.query(`SELECT * FROM articles WHERE id = $1 AND "workspaceId" = $2`, [sample.articleId, ws.id]),
          raw.query(
            `SELECT id, quote, "startOffset", "endOffset", claimant, category, verdict FROM claims WHERE "articleId" = $1 ORDER BY "startOffset", id`,
            [sample.articleId],
          ),
        ]),
    },
    {
      name: "claim page (claim, article, evidence, links, history)",
      app: () => getClaimDetail(actor, sample.id),
      sql: () =>
        Promise.all([
          raw.query(
            `SELECT c.*, a.body, a.title FROM claims c JOIN articles a ON a.id = c."articleId" WHERE c.id = $1 AND c."workspaceId" = $2`,
            [sample.id, ws.id],
          ),
          raw.query(`SELECT * FROM claim_quantities WHERE "claimId" = $1`, [sample.id]),
          raw.query(`SELECT * FROM evidence WHERE "claimId" = $1`, [sample.id]),
          raw.query(`SELECT * FROM claim_links WHERE "fromClaimId" = $1 OR "toClaimId" = $1`, [sample.id]),
          raw.query(`SELECT * FROM claim_events WHERE "claimId" = $1 ORDER BY "createdAt" DESC LIMIT 200`, [sample.id]),
        ]),
    },
  ];

  console.log(`Workspace "${slug}": ${total.toLocaleString("en")} claims; median of ${runs} runs each.\n`);
  console.log(`${"case".padEnd(58)} ${"app ms".padStart(8)} ${"raw SQL ms".padStart(11)} ${"ratio".padStart(7)}`);
  const firstPage: number[] = [];
  for (const c of cases) {
    const app = await time(c.app);
    const sql = await time(c.sql);
    if (c.name.startsWith("claims list, first")) firstPage.push(app);
    console.log(
      `${c.name.padEnd(58)} ${app.toFixed(2).padStart(8)} ${sql.toFixed(2).padStart(11)} ${(app / sql).toFixed(2).padStart(6)}x`,
    );
  }
  const deepApp = await time(cases[1].app);
  console.log(
    `\nDeep page vs first page (keyset paging should keep this near 1): ${(deepApp / firstPage[0]).toFixed(2)}x`,
  );
  const offsetSql = `SELECT id FROM claims WHERE "workspaceId" = $1 ORDER BY "createdAt" DESC, id DESC OFFSET $2 LIMIT ${pageSize}`;
  const offsetDeep = await time(() => raw.query(offsetSql, [ws.id, deepOffset]));
  const offsetFirst = await time(() => raw.query(offsetSql, [ws.id, 0]));
  console.log(
    `For contrast, OFFSET paging in raw SQL, same deep page vs first: ${(offsetDeep / offsetFirst).toFixed(2)}x`,
  );

  await raw.end();
  await db.$disconnect();
  await database.stop();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
