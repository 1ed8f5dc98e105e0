// Exports against the real database: the cursor source (order, contents), the connection it holds
// (returned when the reader goes away, when the source fails, and when it ends), the export log
// (completed vs not), the strict query, and publishing (signed-off verdicts only; revoked → gone).
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setVerdict } from "@/lib/claims/mutations";
import { signOffClaim } from "@/lib/reviews/workflow";
import { collectText } from "@/lib/reports/stream";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";
import { claimRows } from "@/lib/exports/source";
import { articleSelection, claimsSelection } from "@/lib/exports/selection";
import { runExport, type ExportRun } from "@/lib/exports/run";
import { parseClaimsExportQuery } from "@/lib/exports/http";
import { publishedReport, publishReport, unpublishReport } from "@/lib/exports/publish";

let f: Fixture;
let other: Fixture;
const BASE = "https://cekfakta.example";

beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 240 }),
    createWorkspaceFixture({ claimCount: 3 }),
  ]);
  // Verdicts on the first 12 claims (by the reviewer), evidence on the first, sign-off on four.
  for (const [i, c] of f.claims.slice(0, 12).entries()) {
    await setVerdict(f.actors.reviewer, {
      claimId: c.id,
      verdict: (["verified", "disputed", "contradicted"] as const)[i % 3],
      rationale: `Rationale ${i}`,
      version: 1,
    });
    if (i < 4) await signOffClaim(f.actors.editor, { claimId: c.id, version: 2 });
  }
  await db.evidence.create({
    data: {
      workspaceId: f.workspace.id,
      claimId: f.claims[0]!.id,
      url: "https://www.reuters.com/x",
      title: "Reuters",
      archivedUrl: "https://web.archive.org/web/2025/https://www.reuters.com/x",
      stance: "supports",
    },
  });
}, 120_000);

/** Connections checked out of the app's pool right now. */
const checkedOut = () => pool().totalCount - pool().idleCount;

function csvRun(overrides: Partial<ExportRun> = {}): ExportRun {
  return {
    format: "csv",
    selection: claimsSelection(f.actors.viewer, { format: "csv" }),
    context: {
      workspace: { name: "Desk", url: null },
      baseUrl: BASE,
      locale: "en",
      generatedAt: new Date().toISOString(),
    },
    log: { actor: f.actors.viewer, scope: "claims", filters: {} },
    ...overrides,
  };
}

describe("the cursor source", () => {
  it("yields every selected claim newest first, with its verdict, reviewer and evidence, in small batches", async () => {
    const expected = await db.claim.findMany({
      where: { workspaceId: f.workspace.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const rows = [];
    for await (const r of claimRows(claimsSelection(f.actors.viewer, { format: "ndjson" }), {
      baseUrl: BASE,
      locale: "en",
      batchSize: 7,
    }))
      rows.push(r);
    expect(rows.map((r) => r.id)).toEqual(expected.map((c) => c.id));
    const first = rows.find((r) => r.id === f.claims[0]!.id)!;
    expect(first).toMatchObject({
      verdict: "verified",
      rationale: "Rationale 0",
      reviewer: { name: f.actors.reviewer.name },
      signedOffBy: { name: f.actors.editor.name },
      reviewStatus: "signed_off",
      evidence: [
        { url: "https://www.reuters.com/x", stance: "supports", archivedUrl: expect.stringContaining("archive") },
      ],
      url: `${BASE}/claims/${f.claims[0]!.id}`,
      articlePublishedAt: "2025-04-28T05:00:00.000Z",
    });
    expect(first.signedOffAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(checkedOut()).toBe(0);
  });

  it("keeps to the actor's workspace and to the filters (reviewer, verdict, dates)", async () => {
    const ids = async (q: Parameters<typeof claimsSelection>[1]) => {
      const out: string[] = [];
      for await (const r of claimRows(claimsSelection(f.actors.viewer, q), { baseUrl: BASE, locale: "en" }))
        out.push(r.id);
      return out.sort();
    };
    const reviewed = f.claims
      .slice(0, 12)
      .map((c) => c.id)
      .sort();
    expect(await ids({ format: "csv", reviewer: f.actors.reviewer.userId })).toEqual(reviewed);
    expect(await ids({ format: "csv", verdict: "disputed" })).toEqual(
      f.claims
        .slice(0, 12)
        .filter((_, i) => i % 3 === 1)
        .map((c) => c.id)
        .sort(),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ format: "csv", from: today, to: today })).toEqual(reviewed);
    expect(await ids({ format: "csv", to: "2020-01-01" })).toEqual([]);
    // Another workspace's claims never come out, whatever the filter names.
    expect(await ids({ format: "csv", articleId: other.article.id })).toEqual([]);
    expect(checkedOut()).toBe(0);
  });
});

describe("an export's stream and its log", () => {
  it("a complete export holds every claim and is logged completed with its row count", async () => {
    const { stream, logId } = await runExport(csvRun());
    const records: string[][] = parse(await collectText(stream), { bom: true, relax_column_count: true });
    expect(records.length - 1).toBe(240);
    const log = await db.exportLog.findUniqueOrThrow({ where: { id: logId } });
    expect(log).toMatchObject({ rowCount: 240, format: "csv", scope: "claims", userId: f.actors.viewer.userId });
    expect(log.completedAt).not.toBeNull();
    expect(checkedOut()).toBe(0);
  });

  it("a reader that goes away mid-export returns the connection and is logged not completed", async () => {
    const { stream, logId } = await runExport(csvRun({ format: "ndjson", batchSize: 20 }));
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The cursor is open and holds its connection while the export is under way.
    expect(checkedOut()).toBe(1);
    await reader.cancel();
    expect(checkedOut()).toBe(0);
    const log = await db.exportLog.findUniqueOrThrow({ where: { id: logId } });
    expect(log.completedAt).toBeNull();
    expect(log.rowCount).toBeGreaterThan(0);
    expect(log.rowCount).toBeLessThan(240);
    const open = await pool().query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%FROM claim_quantities q%' AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    expect(open.rows[0].n).toBe(0);
  });

  it("an aborted request (its signal) ends the export the same way", async () => {
    const abort = new AbortController();
    const { stream, logId } = await runExport(csvRun({ signal: abort.signal, format: "ndjson" }));
    const reader = stream.getReader();
    await reader.read();
    abort.abort();
    await expect(reader.read()).rejects.toBeDefined();
    await expect.poll(checkedOut).toBe(0);
    await expect
      .poll(async () => (await db.exportLog.findUniqueOrThrow({ where: { id: logId } })).completedAt)
      .toBeNull();
  });

  it("a connection lost mid-export errors the stream (never a file that looks complete) and is logged not completed", async () => {
    const { stream, logId } = await runExport(csvRun({ format: "ndjson", batchSize: 20 }));
    const reader = stream.getReader();
    await reader.read();
    // The database ends the cursor's session under it (a restart, an operator, a network cut).
    await pool().query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%FROM claim_quantities q%' AND pid <> pg_backend_pid()`,
    );
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return "looked complete";
      })(),
    ).rejects.toBeDefined();
    await expect.poll(checkedOut).toBe(0);
    const log = await db.exportLog.findUniqueOrThrow({ where: { id: logId } });
    expect(log.completedAt).toBeNull();
    expect(log.rowCount).toBeLessThan(240);
    // The pool still works.
    expect((await pool().query("SELECT 1 AS one")).rows[0].one).toBe(1);
  });

  it("one article's report carries the article and its claims in reading order", async () => {
    const { stream } = await runExport(
      csvRun({
        format: "markdown",
        selection: articleSelection(f.workspace.id, f.article.id),
        article: {
          id: f.article.id,
          title: f.article.title,
          outlet: f.article.outlet,
          url: null,
          language: "en",
          publishedAt: f.article.publishedAt.toISOString(),
          byline: null,
        },
        log: { actor: f.actors.viewer, scope: "article", articleId: f.article.id, filters: {} },
      }),
    );
    const md = await collectText(stream);
    expect(md).toContain(f.article.title);
    expect(md.indexOf("Claimant 0 said 1000")).toBeLessThan(md.indexOf("Claimant 1 said 1001"));
    expect(md).toContain("Rationale 0");
  });
});

describe("the export query", () => {
  const refusal = (q: Record<string, string>) => {
    try {
      parseClaimsExportQuery(q);
    } catch (e) {
      if (e instanceof AppError) return e;
    }
    throw new Error("not refused");
  };

  it("refuses an unknown format, filter value or parameter, naming each", () => {
    const e = refusal({ format: "xlsx", verdict: "maybe", colour: "red" });
    expect(e.code).toBe("INVALID");
    expect(e.extra.params?.fields).toBe("format, verdict, colour");
    expect(Object.keys(e.extra.fields ?? {}).sort()).toEqual(["colour", "format", "verdict"]);
    expect(refusal({ format: "csv", from: "2025-13-40" }).extra.fields).toHaveProperty("from");
    expect(refusal({ format: "csv", from: "2025-05-01", to: "2025-04-01" }).extra.fields).toHaveProperty("to");
    expect(refusal({ format: "pdf", separator: ";" }).extra.fields).toHaveProperty("separator");
  });

  it("accepts the claims list's filters plus dates, reviewer and separator", () => {
    expect(
      parseClaimsExportQuery(
        new URLSearchParams({ format: "csv", separator: ";", verdict: "disputed", reviewer: "me", from: "2025-04-01" }),
      ),
    ).toEqual({ format: "csv", separator: ";", verdict: "disputed", reviewer: "me", from: "2025-04-01" });
  });
});

describe("publishing", () => {
  it("shows only signed-off verdicts, with their ClaimReview; revoking takes it down at once", async () => {
    const published = await publishReport(f.actors.editor, { articleId: f.article.id });
    expect(published.slug).toMatch(/^[A-Za-z0-9_-]{24}$/);
    // Publishing again keeps the same address.
    expect((await publishReport(f.actors.admin, { articleId: f.article.id })).slug).toBe(published.slug);

    const report = await publishedReport(published.slug, { baseUrl: BASE, locale: "en" });
    const signed = f.claims.slice(0, 4).map((c) => c.id);
    expect(report.claims.map((c) => c.id).sort()).toEqual([...signed].sort());
    expect(report.summary).toMatchObject({ total: 4, signedOff: 4 });
    const reviews = JSON.parse(report.jsonLd);
    expect(reviews).toHaveLength(4);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      url: expect.stringContaining(`/r/${published.slug}#claim-`),
    });
    expect(reviews.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual(
      f.claims
        .slice(0, 4)
        .map((c) => c.quote)
        .sort(),
    );

    expect(await unpublishReport(f.actors.editor, { articleId: f.article.id })).toEqual({ revoked: 1 });
    await expect(publishedReport(published.slug, { baseUrl: BASE, locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A new publication is a new address; the old one stays gone.
    const again = await publishReport(f.actors.editor, { articleId: f.article.id });
    expect(again.slug).not.toBe(published.slug);
    await expect(publishedReport(published.slug, { baseUrl: BASE, locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await unpublishReport(f.actors.editor, { articleId: f.article.id });
  });

  it("is for editors, and only within their workspace", async () => {
    await expect(publishReport(f.actors.reviewer, { articleId: f.article.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(publishReport(other.actors.editor, { articleId: f.article.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(publishedReport("not-a-slug", { baseUrl: BASE, locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.reportPublication.count({ where: { articleId: f.article.id, revokedAt: null } })).toBe(0);
  });
});
