// Writes generated rows (lib/synthetic/generate.ts) into one workspace through pg, fast: multi-row
// INSERT ... SELECT FROM unnest($1::text[], ...) in batches, on the caller's connection (the caller owns
// the transaction). Beyond the pure generator's articles, claims, quantities and evidence it gives each
// claim a review workflow among the workspace's real members (assignee, reviewer, sign-off, due date,
// priority, status) and its typed history (claim.created, review.assigned, verdict.set,
// review.changesRequested, review.signedOff; lib/claims/events.ts shapes), so claim pages and queues
// look lived-in. The claim counters are kept by their triggers as the rows go in (decision 0021).
import type pg from "pg";
import { generateSynthetic, type SynArticle, type SynClaim } from "./generate";

type Person = { id: string; name: string };
type Ctx = { prefix: string; reviewers: Person[]; editors: Person[] };
type SynEvent = { action: string; actor: Person | null; before: unknown; after: unknown; at: Date };
const HOUR = 3_600_000;

/** Deterministic 0..1 from a claim id (the generator's ids end in a running number). */
function unit(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}
const choose = <T>(xs: T[], r: number): T | null => (xs.length ? xs[Math.floor(r * xs.length) % xs.length] : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Where a claim stands: unreviewed ones are open (60%) or assigned and in review; reviewed ones await
 * sign-off (35%), had changes requested (15%) or are signed off by an editor other than the reviewer.
 */
function workflowOf(c: SynClaim, ctx: Ctx) {
  const r = unit(c.id, 1);
  const assignee = choose(ctx.reviewers, unit(c.id, 2));
  const assigner = choose(ctx.editors, unit(c.id, 3));
  const priority = (["low", "normal", "normal", "high", "urgent"] as const)[Math.floor(unit(c.id, 4) * 5)];
  const created: SynEvent = {
    action: "claim.created",
    actor: assigner,
    before: null,
    after: { quote: c.quote, claimant: c.claimant, category: c.category, source: "synthetic" },
    at: c.createdAt,
  };
  const none = {
    reviewer: null as Person | null,
    assignee: null as Person | null,
    assigner: null as Person | null,
    assignedAt: null as Date | null,
    dueAt: null as Date | null,
    priority: "normal" as string,
    status: "open" as string,
    changesNote: null as string | null,
    signer: null as Person | null,
    signedOffAt: null as Date | null,
    events: [created],
  };
  const reviewed = c.verdict !== "unreviewed" && c.reviewedAt !== null;
  if (!assignee || !assigner || (!reviewed && r < 0.6)) return none;
  const reviewedAt = c.reviewedAt ?? new Date(c.createdAt.getTime() + 48 * HOUR);
  const assignedAt = new Date(Math.min(c.createdAt.getTime() + HOUR, reviewedAt.getTime()));
  const dueAt = new Date(assignedAt.getTime() + 72 * HOUR);
  const assignSide = (who: Person | null, status: string) => ({
    assignee: who,
    dueAt: who ? iso(dueAt) : null,
    priority: who ? priority : "normal",
    status,
  });
  const assigned: SynEvent = {
    action: "review.assigned",
    actor: assigner,
    before: assignSide(null, "open"),
    after: assignSide(assignee, "in_review"),
    at: assignedAt,
  };
  const base = { ...none, assignee, assigner, assignedAt, dueAt, priority, status: "in_review" };
  if (!reviewed) return { ...base, events: [created, assigned] };
  const verdictSet: SynEvent = {
    action: "verdict.set",
    actor: assignee,
    before: { verdict: "unreviewed", rationale: null, status: "in_review" },
    after: { verdict: c.verdict, rationale: c.rationale, status: "awaiting_signoff" },
    at: reviewedAt,
  };
  const done = { ...base, reviewer: assignee, events: [created, assigned, verdictSet] };
  const s = unit(c.id, 5);
  const later = new Date(reviewedAt.getTime() + 2 * HOUR);
  if (s < 0.35) return { ...done, status: "awaiting_signoff" };
  if (s < 0.5) {
    const note = "Tambahkan sumber primer untuk angka ini.";
    return {
      ...done,
      status: "changes_requested",
      changesNote: note,
      events: [
        ...done.events,
        {
          action: "review.changesRequested",
          actor: assigner,
          before: { status: "awaiting_signoff" },
          after: { status: "changes_requested", note },
          at: later,
        },
      ],
    };
  }
  // A second pair of eyes: an editor other than the reviewer, if there is one.
  const signer = ctx.editors.find((e) => e.id !== assignee.id) ?? null;
  if (!signer) return { ...done, status: "awaiting_signoff" };
  return {
    ...done,
    status: "signed_off",
    signer,
    signedOffAt: later,
    events: [
      ...done.events,
      {
        action: "review.signedOff",
        actor: signer,
        before: { status: "awaiting_signoff" },
        after: { status: "signed_off", verdict: c.verdict, rationale: c.rationale },
        at: later,
      },
    ],
  };
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
      reviewedById: [] as (string | null)[],
      assigneeId: [] as (string | null)[],
      assignedById: [] as (string | null)[],
      assignedAt: [] as (string | null)[],
      dueAt: [] as (string | null)[],
      priority: [] as string[],
      reviewStatus: [] as string[],
      changesNote: [] as (string | null)[],
      signedOffById: [] as (string | null)[],
      signedOffAt: [] as (string | null)[],
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
    events: {
      id: [] as string[],
      claimId: [] as string[],
      actorId: [] as (string | null)[],
      action: [] as string[],
      before: [] as (string | null)[],
      after: [] as (string | null)[],
      createdAt: [] as string[],
    },
  };
}
type Batch = ReturnType<typeof emptyBatch>;

function addArticle(b: Batch, a: SynArticle, ctx: Ctx): void {
  const A = b.articles;
  const p = ctx.prefix;
  A.id.push(p + a.id);
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
    const claimId = p + c.id;
    const w = workflowOf(c, ctx);
    C.id.push(claimId);
    C.articleId.push(p + c.articleId);
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
    C.reviewedById.push(w.reviewer?.id ?? null);
    C.assigneeId.push(w.assignee?.id ?? null);
    C.assignedById.push(w.assigner?.id ?? null);
    C.assignedAt.push(tsOrNull(w.assignedAt));
    C.dueAt.push(tsOrNull(w.dueAt));
    C.priority.push(w.priority);
    C.reviewStatus.push(w.status);
    C.changesNote.push(w.changesNote);
    C.signedOffById.push(w.signer?.id ?? null);
    C.signedOffAt.push(tsOrNull(w.signedOffAt));
    w.events.forEach((e, k) => {
      b.events.id.push(`${claimId}_e${k}`);
      b.events.claimId.push(claimId);
      b.events.actorId.push(e.actor?.id ?? null);
      b.events.action.push(e.action);
      b.events.before.push(e.before === null ? null : JSON.stringify(e.before));
      b.events.after.push(e.after === null ? null : JSON.stringify(e.after));
      b.events.createdAt.push(ts(e.at));
    });
    for (const q of c.quantities) {
      Q.id.push(p + q.id);
      Q.claimId.push(claimId);
      Q.position.push(q.position);
      Q.value.push(String(q.value));
      Q.unit.push(q.unit);
      Q.qualifier.push(q.qualifier);
      Q.text.push(q.text);
    }
    for (const e of c.evidence) {
      E.id.push(p + e.id);
      E.claimId.push(claimId);
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
  return b.articles.id.length + b.claims.id.length + b.quantities.id.length + b.evidence.id.length + b.events.id.length;
}

async function insertBatch(client: pg.ClientBase, WORKSPACE_ID: string, b: Batch): Promise<void> {
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
         "createdAt", "updatedAt", "reviewedById", "assigneeId", "assignedById", "assignedAt", "dueAt", "priority",
         "reviewStatus", "changesNote", "signedOffById", "signedOffAt")
       SELECT t.id, $1, t."articleId", NULL, t.quote, t."startOffset", t."endOffset", t.claimant, t.cue, t.category,
         t."claimedAt", t."claimedAtNote", t.verdict, t.rationale, t."reviewedAt", 1, t."createdAt", t."updatedAt",
         t."reviewedById", t."assigneeId", t."assignedById", t."assignedAt", t."dueAt", t.priority, t."reviewStatus",
         t."changesNote", t."signedOffById", t."signedOffAt"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[],
         $10::date[], $11::text[], $12::"Verdict"[], $13::text[], $14::timestamp(3)[], $15::timestamp(3)[],
         $16::timestamp(3)[], $17::text[], $18::text[], $19::text[], $20::timestamp(3)[], $21::timestamp(3)[],
         $22::"Priority"[], $23::"ReviewStatus"[], $24::text[], $25::text[], $26::timestamp(3)[])
         AS t(id, "articleId", quote, "startOffset", "endOffset", claimant, cue, category, "claimedAt",
              "claimedAtNote", verdict, rationale, "reviewedAt", "createdAt", "updatedAt", "reviewedById",
              "assigneeId", "assignedById", "assignedAt", "dueAt", priority, "reviewStatus", "changesNote",
              "signedOffById", "signedOffAt")`,
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
        C.reviewedById,
        C.assigneeId,
        C.assignedById,
        C.assignedAt,
        C.dueAt,
        C.priority,
        C.reviewStatus,
        C.changesNote,
        C.signedOffById,
        C.signedOffAt,
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
  const V = b.events;
  if (V.id.length) {
    await client.query(
      `INSERT INTO "claim_events" ("id", "workspaceId", "claimId", "actorId", "action", "before", "after", "createdAt")
       SELECT t.id, $1, t."claimId", t."actorId", t.action, t.before, t.after, t."createdAt"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::timestamp(3)[])
         AS t(id, "claimId", "actorId", action, before, after, "createdAt")`,
      [WORKSPACE_ID, V.id, V.claimId, V.actorId, V.action, V.before, V.after, V.createdAt],
    );
  }
}

/** Progress on stderr (for scripts): one line rewritten in place on a terminal, else a line every 10%. */
export function progressReporter(total: number, started: number) {
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

/** Claims per INSERT statement (articles, quantities, evidence and events go with them). */
const BATCH_CLAIMS = 4_000;

export type LoadOptions = {
  workspaceId: string;
  claims: number;
  seed: number;
  now: Date;
  /** Put before every generated id, so two workspaces can hold the same generated data. */
  idPrefix?: string;
  onProgress?: (claimsDone: number, rowsDone: number) => void;
};

export type LoadTotals = { articles: number; claims: number; quantities: number; evidence: number; events: number };

/** Generates and inserts the rows; the workspace and its members must exist (reviewers come from them). */
export async function loadSynthetic(client: pg.ClientBase, opts: LoadOptions): Promise<LoadTotals> {
  const members = await client.query<{ id: string; name: string; role: string }>(
    `SELECT u.id, u.name, m.role FROM "memberships" m JOIN "users" u ON u.id = m."userId"
     WHERE m."workspaceId" = $1 AND m."deactivatedAt" IS NULL ORDER BY u.id`,
    [opts.workspaceId],
  );
  const ctx: Ctx = {
    prefix: opts.idPrefix ?? "",
    reviewers: members.rows.filter((m) => m.role !== "viewer").map(({ id, name }) => ({ id, name })),
    editors: members.rows
      .filter((m) => m.role === "editor" || m.role === "admin")
      .map(({ id, name }) => ({ id, name })),
  };
  const totals: LoadTotals = { articles: 0, claims: 0, quantities: 0, evidence: 0, events: 0 };
  let rowsDone = 0;
  let claimsDone = 0;
  let batch = emptyBatch();
  // One batch in flight while the next is generated.
  let inflight: Promise<void> = Promise.resolve();
  const send = async (b: Batch) => {
    await inflight;
    const rows = batchRows(b);
    const claims = b.claims.id.length;
    inflight = insertBatch(client, opts.workspaceId, b).then(() => {
      rowsDone += rows;
      claimsDone += claims;
      opts.onProgress?.(claimsDone, rowsDone);
    });
    inflight.catch(() => {}); // handled when awaited
  };
  for (const article of generateSynthetic({ claims: opts.claims, seed: opts.seed, now: opts.now })) {
    const eventsBefore = batch.events.id.length;
    addArticle(batch, article, ctx);
    totals.articles++;
    totals.claims += article.claims.length;
    totals.events += batch.events.id.length - eventsBefore;
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
  // Fold the counters' deltas (one row per batch and key) into the counter rows.
  await client.query(`SELECT 1 AS done FROM claim_counters_fold($1)`, [opts.workspaceId]);
  return totals;
}
