import "server-only";
// The claims an export reads, straight from PostgreSQL through a cursor (pg-cursor) on a client
// checked out of the app's one pool (lib/db.ts): rows arrive a batch at a time, only when the format
// asks for more, so memory stays flat and there is no row cap. One SQL statement gives each claim with
// everything a report shows (quantities, evidence, corrections, linked claims as JSON), so a row needs
// no further query. The generator opens the cursor on its first next() and closes it, and returns the
// client to the pool, in its `finally`: when the export ends, fails, or the reader goes away (the
// stream's cancel calls return()). See docs/decisions/0017-exports-over-http.md.
import Cursor from "pg-cursor";
import type { PoolClient } from "pg";
import { pool } from "@/lib/db";
import { decodeLocalizedText, textFor } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { emptyVerdictCounts, type TVerdict } from "@/lib/claims/vocabulary";
import type { TReportClaim, TReportSummary } from "@/lib/reports/types";

/** A WHERE clause over `c` (claims) and `a` (articles) with its positional parameters ($1…). */
export type ClaimSelection = { where: string; params: unknown[]; order: "reading" | "newest" };

/** Timestamps as ISO strings written by PostgreSQL (the columns are UTC `timestamp(3)`). */
const iso = (col: string) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const CLAIM_SQL = (where: string, order: string) => `
SELECT c.id, c."articleId", a.title AS "articleTitle", a.url AS "articleUrl", a.outlet AS "articleOutlet",
  ${iso('a."publishedAt"')} AS "articlePublishedAt",
  c.quote, c.claimant, c.cue, c.category, to_char(c."claimedAt", 'YYYY-MM-DD') AS "claimedAt", c."claimedAtNote",
  c.verdict::text AS verdict, c.rationale, rv.name AS "reviewerName", ${iso('c."reviewedAt"')} AS "reviewedAt",
  c."reviewStatus"::text AS "reviewStatus", so.name AS "signerName", ${iso('c."signedOffAt"')} AS "signedOffAt",
  (SELECT coalesce(json_agg(json_build_object('value', q.value, 'unit', q.unit, 'qualifier', q.qualifier,
      'text', q.text) ORDER BY q.position), '[]'::json) FROM claim_quantities q WHERE q."claimId" = c.id) AS quantities,
  (SELECT coalesce(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher,
      'archivedUrl', e."archivedUrl", 'excerpt', e.excerpt, 'stance', e.stance) ORDER BY e."createdAt", e.id), '[]'::json)
    FROM evidence e WHERE e."claimId" = c.id) AS evidence,
  (SELECT coalesce(json_agg(json_build_object('fromVerdict', k."fromVerdict", 'toVerdict', k."toVerdict",
      'reason', k.reason, 'byName', u.name, 'at', ${iso('k."createdAt"')}) ORDER BY k."createdAt", k.id), '[]'::json)
    FROM corrections k LEFT JOIN users u ON u.id = k."byId" WHERE k."claimId" = c.id) AS corrections,
  (SELECT coalesce(json_agg(l ORDER BY l."createdAt", l.id), '[]'::json) FROM (
      SELECT x.id, x."createdAt", x.type, 'outgoing' AS direction, o.id AS "claimId", o.claimant, o.quote
        FROM claim_links x JOIN claims o ON o.id = x."toClaimId" WHERE x."fromClaimId" = c.id
      UNION ALL
      SELECT x.id, x."createdAt", x.type, 'incoming', o.id, o.claimant, o.quote
        FROM claim_links x JOIN claims o ON o.id = x."fromClaimId" WHERE x."toClaimId" = c.id
    ) l) AS links
FROM claims c
JOIN articles a ON a.id = c."articleId"
LEFT JOIN users rv ON rv.id = c."reviewedById"
LEFT JOIN users so ON so.id = c."signedOffById"
WHERE ${where}
ORDER BY ${order}`;

const ORDER = {
  reading: `a."publishedAt" DESC, a.id, c."startOffset", c.id`,
  newest: `c."createdAt" DESC, c.id DESC`,
} as const;

/** The statement and parameters the export's cursor runs (the benchmark COPYs the same rows). */
export function claimsSql(selection: ClaimSelection): { text: string; values: unknown[] } {
  return { text: CLAIM_SQL(selection.where, ORDER[selection.order]), values: selection.params };
}

type Row = {
  id: string;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  articleOutlet: string;
  articlePublishedAt: string;
  quote: string;
  claimant: string;
  cue: string | null;
  category: string;
  claimedAt: string | null;
  claimedAtNote: string | null;
  verdict: TVerdict;
  rationale: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  reviewStatus: TReportClaim["reviewStatus"];
  signerName: string | null;
  signedOffAt: string | null;
  quantities: {
    value: number | string;
    unit: string;
    qualifier: TReportClaim["quantities"][number]["qualifier"];
    text: string;
  }[];
  evidence: TReportClaim["evidence"];
  corrections: (Omit<TReportClaim["corrections"][number], "by"> & { byName: string | null })[];
  links: {
    type: TReportClaim["links"][number]["type"];
    direction: "outgoing" | "incoming";
    claimId: string;
    claimant: string;
    quote: string;
  }[];
};

export type RowMapping = {
  /** The app's origin: claim pages are linked absolutely. */
  baseUrl: string;
  locale: Locale;
  /** The claim's URL in the report; by default its page in the app. */
  claimUrl?: (claimId: string) => string;
};

function toReportClaim(r: Row, m: RowMapping): TReportClaim {
  const claimUrl = m.claimUrl ?? ((id: string) => `${m.baseUrl}/claims/${encodeURIComponent(id)}`);
  return {
    id: r.id,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    articleUrl: r.articleUrl,
    articleOutlet: r.articleOutlet,
    articlePublishedAt: r.articlePublishedAt,
    quote: r.quote,
    claimant: r.claimant,
    cue: r.cue,
    category: r.category,
    claimedAt: r.claimedAt,
    claimedAtNote: textFor(decodeLocalizedText(r.claimedAtNote), m.locale)?.text ?? null,
    quantities: r.quantities.map((q) => ({
      value: Number(q.value),
      unit: q.unit,
      qualifier: q.qualifier,
      text: q.text,
    })),
    verdict: r.verdict,
    rationale: r.rationale,
    reviewer: r.reviewerName === null ? null : { name: r.reviewerName },
    reviewedAt: r.reviewedAt,
    reviewStatus: r.reviewStatus,
    signedOffBy: r.signerName === null ? null : { name: r.signerName },
    signedOffAt: r.signedOffAt,
    corrections: r.corrections.map((k) => ({
      fromVerdict: k.fromVerdict,
      toVerdict: k.toVerdict,
      reason: k.reason,
      by: k.byName === null ? null : { name: k.byName },
      at: k.at,
    })),
    evidence: r.evidence,
    links: r.links.map((l) => ({
      type: l.type,
      direction: l.direction,
      claimId: l.claimId,
      claimant: l.claimant,
      quote: l.quote,
      url: claimUrl(l.claimId),
    })),
    url: claimUrl(r.id),
  };
}

export type SourceOptions = RowMapping & {
  /** Rows fetched per round trip (default 500). */
  batchSize?: number;
  /** Called once per row handed out (the export log counts them). */
  onRow?: () => void;
};

/**
 * The selected claims as report rows, read through a cursor. Nothing happens until the first next();
 * the cursor is closed and the client released in `finally`, however the iteration ends.
 */
export async function* claimRows(selection: ClaimSelection, opts: SourceOptions): AsyncGenerator<TReportClaim> {
  const { text, values } = claimsSql(selection);
  const client: PoolClient = await pool().connect();
  // A checked-out client has no error listener of its own: a connection lost mid-export (database
  // restart, terminated session) would be an unhandled 'error' event, which ends the process. Keep it
  // here and fail the export with it instead.
  let lost: Error | undefined;
  const onError = (e: Error) => {
    lost ??= e;
  };
  const connectionError = (): Error | undefined => lost;
  client.on("error", onError);
  let cursor: Cursor<Row> | undefined;
  let broken = false;
  try {
    cursor = client.query(new Cursor<Row>(text, values));
    const batch = opts.batchSize ?? 500;
    for (;;) {
      const rows = await cursor.read(batch);
      if (lost) throw lost;
      for (const row of rows) {
        opts.onRow?.();
        yield toReportClaim(row, opts);
      }
      if (rows.length < batch) break;
    }
    // The last read can end early because the session ended: a short read is not the end of the data then.
    await new Promise<void>((resolve) => {
      setImmediate(resolve);
    });
    const late = connectionError();
    if (late) throw late;
  } catch (e) {
    broken = true;
    throw e;
  } finally {
    if (!broken && !lost) {
      try {
        await cursor?.close();
      } catch {
        broken = true;
      }
    }
    client.off("error", onError);
    // A connection that failed, or whose cursor could not be closed, is not handed to the next user.
    client.release(broken || lost ? (lost ?? true) : undefined);
  }
}

/** Claims per verdict and sign-offs for the same selection (the readable reports' summary comes first). */
export async function summariseSelection(selection: ClaimSelection): Promise<TReportSummary> {
  const r = await pool().query<{ verdict: TVerdict; n: string; signed: string }>(
    `SELECT c.verdict::text AS verdict, count(*) AS n, count(c."signedOffAt") AS signed
       FROM claims c JOIN articles a ON a.id = c."articleId" WHERE ${selection.where} GROUP BY c.verdict`,
    selection.params,
  );
  const byVerdict = emptyVerdictCounts();
  let total = 0;
  let signedOff = 0;
  for (const row of r.rows) {
    byVerdict[row.verdict] = Number(row.n);
    total += Number(row.n);
    signedOff += Number(row.signed);
  }
  return { total, byVerdict, signedOff };
}
