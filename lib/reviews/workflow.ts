// The review workflow's writes: assign (one or many), unassign, pick up, set a verdict (which sends it
// to sign-off, or corrects a signed-off one), sign off, request changes. Each one, in one transaction:
// checks the actor is an active member, decides with the transition table (lib/reviews/transitions.ts),
// checks the claim's version (a stale page gets a CONFLICT carrying the current state: who did what,
// when), writes the claim, its event (lib/claims/events.ts) and any correction, then runs the effect
// handlers (lib/reviews/effects.ts). Nothing is half-written: any refusal rolls everything back.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can, type ActorRole } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VERDICT_AUTHOR_ACTIONS, writeClaimEvent } from "@/lib/claims/events";
import type { TGivenVerdict, TReviewState, TReviewStatus } from "@/lib/claims/vocabulary";
import {
  decideTransition,
  permissionFor,
  verdictActionFor,
  WHO_BY_ACTION,
  type TReviewAction,
  type TTransition,
} from "@/lib/reviews/transitions";
import { effectsFor, runWorkflowEffects, type TWorkflowEffect } from "@/lib/reviews/effects";
import type {
  TAssignClaim,
  TBulkAssignClaims,
  TBulkUnassignClaims,
  TClaimAtVersion,
  TRequestChanges,
  TSetVerdictWithReason,
} from "@/lib/reviews/schemas";

/** Roles that can be given claims to check. */
export const ASSIGNABLE_ROLES = ["reviewer", "editor", "admin"] as const;

const person = { select: { id: true, name: true } } as const;
const CLAIM_STATE = {
  id: true,
  workspaceId: true,
  verdict: true,
  rationale: true,
  version: true,
  reviewStatus: true,
  assigneeId: true,
  assignedById: true,
  dueAt: true,
  priority: true,
  changesNote: true,
  signedOffById: true,
  signedOffAt: true,
  reviewedAt: true,
  reviewedById: true,
} as const satisfies Prisma.ClaimSelect;
type TPerson = { id: string; name: string };
type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_STATE }> & {
  reviewedBy: TPerson | null;
  assignee: TPerson | null;
  signedOffBy: TPerson | null;
};

/**
 * Names the people a claim row points at with one query. (Nested relation selects make Prisma run
 * several queries at once on the transaction's single connection, which pg warns about.)
 */
async function withPeople(
  tx: Tx,
  rows: Prisma.ClaimGetPayload<{ select: typeof CLAIM_STATE }>[],
): Promise<TClaimRow[]> {
  const ids = [
    ...new Set(
      rows.flatMap((r) => [r.reviewedById, r.assigneeId, r.signedOffById]).filter((x): x is string => x !== null),
    ),
  ];
  const people = ids.length
    ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const of = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  return rows.map((r) => ({
    ...r,
    reviewedBy: of(r.reviewedById),
    assignee: of(r.assigneeId),
    signedOffBy: of(r.signedOffById),
  }));
}

/**
 * The actor's membership as the database has it now: refuses a deactivated (or removed) member, and
 * returns the current role, so a role changed since the request began is the one that counts.
 */
export async function requireActiveMember(tx: Tx, actor: Actor): Promise<ActorRole> {
  const m = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } },
    select: { role: true, deactivatedAt: true },
  });
  if (!m || m.deactivatedAt) throw new AppError("FORBIDDEN", "errors.forbidden.deactivated");
  return { userId: actor.userId, role: m.role };
}

async function loadClaim(tx: Tx, workspaceId: string, claimId: string): Promise<TClaimRow> {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: CLAIM_STATE });
  if (!claim) throw notFound("errors.claimNotFound");
  return (await withPeople(tx, [claim]))[0];
}

/** The claim's state for a CONFLICT's details: what it is now, and who last changed it, how and when. */
async function stateOf(tx: Tx, claim: TClaimRow): Promise<TReviewState> {
  const last = await tx.claimEvent.findFirst({
    where: { claimId: claim.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, createdAt: true, actorId: true },
  });
  const by = last?.actorId ? await tx.user.findUnique({ where: { id: last.actorId }, select: { name: true } }) : null;
  return {
    claimId: claim.id,
    verdict: claim.verdict,
    rationale: claim.rationale,
    version: claim.version,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    reviewedBy: claim.reviewedBy?.name ?? null,
    status: claim.reviewStatus,
    assignee: claim.assignee,
    dueAt: claim.dueAt?.toISOString() ?? null,
    priority: claim.priority,
    changesNote: claim.changesNote,
    signedOffBy: claim.signedOffBy,
    signedOffAt: claim.signedOffAt?.toISOString() ?? null,
    lastChange: last ? { action: last.action, by: by?.name ?? null, at: last.createdAt.toISOString() } : null,
  };
}

/** Reads the claim again (seeing what a concurrent writer committed) and builds the CONFLICT. */
async function conflict(tx: Tx, workspaceId: string, claimId: string, messageKey: string): Promise<AppError> {
  const current = await stateOf(tx, await loadClaim(tx, workspaceId, claimId));
  return new AppError("CONFLICT", messageKey, { details: { current } });
}

/**
 * Everyone who gave or changed the verdict since it was last signed off, and whoever last set it
 * (also for verdicts given before the history recorded statuses). They cannot sign it off.
 */
export async function verdictAuthorIds(
  tx: Pick<Tx, "claimEvent">,
  claim: { id: string; reviewedById: string | null },
): Promise<string[]> {
  const events = await tx.claimEvent.findMany({
    where: { claimId: claim.id, action: { in: [...VERDICT_AUTHOR_ACTIONS, "review.signedOff"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, actorId: true },
    take: 500,
  });
  const authors = new Set<string>(claim.reviewedById ? [claim.reviewedById] : []);
  for (const e of events) {
    if (e.action === "review.signedOff") break;
    if (e.actorId) authors.add(e.actorId);
  }
  return [...authors];
}

/**
 * Checks, in the order a user would want to hear about them: the role (FORBIDDEN whatever the claim's
 * state), then the version (a stale page: CONFLICT with the current state), then the transition itself.
 */
async function decide(
  tx: Tx,
  member: ActorRole,
  claim: TClaimRow,
  action: TReviewAction,
  version: number,
  conflictKey = "errors.conflict.review",
): Promise<TTransition> {
  const permission = permissionFor(action);
  if (!can(member, permission)) throw new AppError("FORBIDDEN", `errors.forbidden.${permission}`);
  if (claim.version !== version) throw await conflict(tx, claim.workspaceId, claim.id, conflictKey);
  const authors = WHO_BY_ACTION[action] === "secondPair" ? await verdictAuthorIds(tx, claim) : [];
  const decision = decideTransition(action, {
    actor: member,
    status: claim.reviewStatus,
    assigneeId: claim.assigneeId,
    assigneeName: claim.assignee?.name ?? null,
    verdictAuthorIds: authors,
  });
  if (!decision.ok) {
    const details = decision.code === "CONFLICT" ? { current: await stateOf(tx, claim) } : undefined;
    throw new AppError(decision.code, decision.messageKey, { params: decision.params, details });
  }
  return decision.transition;
}

/**
 * Writes the claim only if it is still at `version`, bumping it. Under READ COMMITTED a concurrent
 * writer of the same row makes this wait and then match nothing: the loser gets the winner's state.
 */
async function writeAtVersion(
  tx: Tx,
  claim: TClaimRow,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
  conflictKey = "errors.conflict.review",
) {
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflict(tx, claim.workspaceId, claim.id, conflictKey);
}

/** An active member of the workspace who can be given claims, or INVALID at the assignee field. */
async function assignableMember(tx: Tx, workspaceId: string, userId: string) {
  const m = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true, deactivatedAt: true, user: person },
  });
  if (!m || m.deactivatedAt || !(ASSIGNABLE_ROLES as readonly string[]).includes(m.role)) {
    throw new AppError("INVALID", "errors.invalid", { fields: { assigneeId: "validation.assignee" } });
  }
  return m.user;
}

/** The due date to store: unchanged when left out, cleared when null, refused when already past. */
function dueDate(input: string | null | undefined, current: Date | null, now: Date): Date | null {
  if (input === undefined) return current;
  if (input === null) return null;
  const due = new Date(input);
  if (due.getTime() < now.getTime())
    throw new AppError("INVALID", "errors.invalid", { fields: { dueAt: "validation.dueInPast" } });
  return due;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function assignmentSide(c: {
  assignee: { id: string; name: string } | null;
  dueAt: Date | null;
  priority: TClaimRow["priority"];
  status: TReviewStatus;
}) {
  return { assignee: c.assignee, dueAt: iso(c.dueAt), priority: c.priority, status: c.status };
}

/** What a workflow write returns: the claim's new version and status, for the page to carry on from. */
export type TTransitionResult = { claimId: string; version: number; status: TReviewStatus };

/** Assigns one claim (already decided and version-checked) inside a transaction; shared with bulk. */
async function applyAssignment(
  tx: Tx,
  actor: Actor,
  claim: TClaimRow,
  t: TTransition,
  assignee: { id: string; name: string },
  due: Date | null,
  priority: TClaimRow["priority"],
  version: number,
  now: Date,
  bulk: boolean,
): Promise<TWorkflowEffect[]> {
  await writeAtVersion(tx, claim, version, {
    assigneeId: assignee.id,
    assignedById: actor.userId,
    assignedAt: now,
    dueAt: due,
    priority,
    reviewStatus: t.to,
  });
  await writeClaimEvent(
    tx,
    { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
    {
      action: "review.assigned",
      before: assignmentSide({ ...claim, status: claim.reviewStatus }),
      after: { ...assignmentSide({ assignee, dueAt: due, priority, status: t.to }), ...(bulk ? { bulk: true } : {}) },
    },
  );
  const base = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId };
  return [
    ...effectsFor({ ...base, kind: "assigned" as const, dueAt: iso(due), priority }, [assignee.id]),
    ...(claim.assigneeId !== assignee.id
      ? effectsFor({ ...base, kind: "unassigned" as const }, [claim.assigneeId])
      : []),
  ];
}

/**
 * Assigns, reassigns or (with `assigneeId: null`) unassigns one claim. Editors and admins only; the
 * assignee must be an active reviewer, editor or admin of the workspace. The first assignment moves an
 * open claim to in_review; unassigning one in review moves it back to open and clears its due date.
 * @throws FORBIDDEN (role, deactivated), NOT_FOUND (claim not in the workspace), INVALID (assignee,
 * due date in the past), CONFLICT (stale version, or a signed-off claim; details.current says why).
 */
export async function assignClaim(actor: Actor, input: TAssignClaim): Promise<TTransitionResult> {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, actor);
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const now = new Date();
    if (input.assigneeId === null) {
      const t = await decide(tx, member, claim, "unassign", input.version);
      const priority = input.priority ?? claim.priority;
      await writeAtVersion(tx, claim, input.version, {
        assigneeId: null,
        assignedById: null,
        assignedAt: null,
        dueAt: null,
        priority,
        reviewStatus: t.to,
      });
      await writeClaimEvent(
        tx,
        { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
        {
          action: "review.unassigned",
          before: assignmentSide({ ...claim, status: claim.reviewStatus }),
          after: assignmentSide({ assignee: null, dueAt: null, priority, status: t.to }),
        },
      );
      await runWorkflowEffects(
        tx,
        effectsFor(
          { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId, kind: "unassigned" as const },
          [claim.assigneeId],
        ),
      );
      return { claimId: claim.id, version: input.version + 1, status: t.to };
    }
    const t = await decide(tx, member, claim, "assign", input.version);
    const assignee = await assignableMember(tx, actor.workspaceId, input.assigneeId);
    const due = dueDate(input.dueAt, claim.dueAt, now);
    const effects = await applyAssignment(
      tx,
      actor,
      claim,
      t,
      assignee,
      due,
      input.priority ?? claim.priority,
      input.version,
      now,
      false,
    );
    await runWorkflowEffects(tx, effects);
    return { claimId: claim.id, version: input.version + 1, status: t.to };
  });
}

/** The message keys a bulk action answers with (assignment and unassignment each have their own wording). */
type BulkMessages = { notFound: string; conflict: string; refused: string };
const BULK_ASSIGN: BulkMessages = {
  notFound: "errors.review.bulk.notFound",
  conflict: "errors.conflict.bulk",
  refused: "errors.review.bulk.refused",
};
const BULK_UNASSIGN: BulkMessages = {
  notFound: "errors.review.bulkUnassign.notFound",
  conflict: "errors.conflict.bulkUnassign",
  refused: "errors.review.bulkUnassign.refused",
};

/**
 * What a bulk action checks before it writes anything, all or nothing: the actor may assign; every claim
 * is in the workspace (NOT_FOUND, `details.missing`), at the version the page showed (CONFLICT,
 * `details.changed: [{ id, current }]`, what each is now and who changed it) and open to `action` in the
 * transition table (CONFLICT, `details.refused: [{ id, reason }]`). The claims come back in id order, so
 * two overlapping bulk actions write them in the same order and cannot deadlock.
 */
async function decideBulk(
  tx: Tx,
  actor: Actor,
  claims: readonly { id: string; version: number }[],
  action: "assign" | "unassign",
  messages: BulkMessages,
): Promise<{ claim: TClaimRow; version: number; t: TTransition }[]> {
  const member = await requireActiveMember(tx, actor);
  if (!can(member, "claim.assign")) throw new AppError("FORBIDDEN", "errors.forbidden.claim.assign");
  const wanted = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = await withPeople(
    tx,
    await tx.claim.findMany({
      where: { id: { in: wanted.map((c) => c.id) }, workspaceId: actor.workspaceId },
      select: CLAIM_STATE,
    }),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = wanted.filter((c) => !byId.has(c.id)).map((c) => c.id);
  if (missing.length)
    throw new AppError("NOT_FOUND", messages.notFound, { params: { count: missing.length }, details: { missing } });

  const stale = wanted.filter((c) => byId.get(c.id)!.version !== c.version);
  if (stale.length) {
    const changed: { id: string; current: TReviewState }[] = [];
    for (const c of stale) changed.push({ id: c.id, current: await stateOf(tx, byId.get(c.id)!) });
    throw new AppError("CONFLICT", messages.conflict, { params: { count: changed.length }, details: { changed } });
  }
  const refused: { id: string; reason: string }[] = [];
  const decided: { claim: TClaimRow; version: number; t: TTransition }[] = [];
  for (const c of wanted) {
    const claim = byId.get(c.id)!;
    const d = decideTransition(action, {
      actor: member,
      status: claim.reviewStatus,
      assigneeId: claim.assigneeId,
      verdictAuthorIds: [],
    });
    if (d.ok) decided.push({ claim, version: c.version, t: d.transition });
    else refused.push({ id: c.id, reason: d.messageKey });
  }
  if (refused.length)
    throw new AppError("CONFLICT", messages.refused, { params: { count: refused.length }, details: { refused } });
  return decided;
}

/** A claim that changed between a bulk action's read and its write is reported like one found stale up front. */
function asBulkConflict(e: unknown, claimId: string, messages: BulkMessages): unknown {
  if (!(e instanceof AppError) || e.code !== "CONFLICT") return e;
  const current = (e.extra.details as { current: TReviewState }).current;
  return new AppError("CONFLICT", messages.conflict, {
    params: { count: 1 },
    details: { changed: [{ id: claimId, current }] },
  });
}

/**
 * Assigns many claims to one member at once: all or nothing, in one transaction. Every claim must be
 * in the workspace (NOT_FOUND lists `details.missing`), at the version the page showed (CONFLICT lists
 * `details.changed: [{ id, current }]`, what each is now and who changed it) and assignable (CONFLICT
 * lists `details.refused: [{ id, reason }]`, reason a message key). Claims are written in id order so
 * two overlapping bulk assignments cannot deadlock; the later one gets the CONFLICT.
 */
export async function bulkAssignClaims(
  actor: Actor,
  input: TBulkAssignClaims,
): Promise<{ claims: TTransitionResult[] }> {
  return db.$transaction(
    async (tx) => {
      const decided = await decideBulk(tx, actor, input.claims, "assign", BULK_ASSIGN);
      const assignee = await assignableMember(tx, actor.workspaceId, input.assigneeId);
      const now = new Date();
      const due = dueDate(input.dueAt, null, now);
      const effects: TWorkflowEffect[] = [];
      const results: TTransitionResult[] = [];
      for (const { claim, version, t } of decided) {
        const keepDue = input.dueAt === undefined ? claim.dueAt : due;
        try {
          effects.push(
            ...(await applyAssignment(
              tx,
              actor,
              claim,
              t,
              assignee,
              keepDue,
              input.priority ?? claim.priority,
              version,
              now,
              true,
            )),
          );
        } catch (e) {
          throw asBulkConflict(e, claim.id, BULK_ASSIGN);
        }
        results.push({ claimId: claim.id, version: version + 1, status: t.to });
      }
      await runWorkflowEffects(tx, effects);
      return { claims: results };
    },
    { timeout: 60_000 },
  );
}

/**
 * Unassigns many claims at once (decision 0015): all or nothing, like bulkAssignClaims, with the same
 * checks and the same details on refusal (`missing`, `changed`, `refused`). Each claim goes where the
 * transition table sends it (in review back to open; waiting for sign-off or changes requested stay),
 * its due date cleared, its former assignee told.
 */
export async function bulkUnassignClaims(
  actor: Actor,
  input: TBulkUnassignClaims,
): Promise<{ claims: TTransitionResult[] }> {
  return db.$transaction(
    async (tx) => {
      const decided = await decideBulk(tx, actor, input.claims, "unassign", BULK_UNASSIGN);
      const effects: TWorkflowEffect[] = [];
      const results: TTransitionResult[] = [];
      for (const { claim, version, t } of decided) {
        try {
          await writeAtVersion(tx, claim, version, {
            assigneeId: null,
            assignedById: null,
            assignedAt: null,
            dueAt: null,
            reviewStatus: t.to,
          });
        } catch (e) {
          throw asBulkConflict(e, claim.id, BULK_UNASSIGN);
        }
        await writeClaimEvent(
          tx,
          { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
          {
            action: "review.unassigned",
            before: assignmentSide({ ...claim, status: claim.reviewStatus }),
            after: assignmentSide({ assignee: null, dueAt: null, priority: claim.priority, status: t.to }),
          },
        );
        effects.push(
          ...effectsFor(
            { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId, kind: "unassigned" as const },
            [claim.assigneeId],
          ),
        );
        results.push({ claimId: claim.id, version: version + 1, status: t.to });
      }
      await runWorkflowEffects(tx, effects);
      return { claims: results };
    },
    { timeout: 60_000 },
  );
}

/**
 * A reviewer (or editor, admin) takes an unassigned claim into their own queue: open becomes in_review.
 * @throws CONFLICT when someone already has it (the message names them), or it is waiting for sign-off or signed off.
 */
export async function pickUpClaim(actor: Actor, input: TClaimAtVersion): Promise<TTransitionResult> {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, actor);
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const t = await decide(tx, member, claim, "pickUp", input.version);
    const me = { id: actor.userId, name: actor.name };
    await writeAtVersion(tx, claim, input.version, {
      assigneeId: actor.userId,
      assignedById: actor.userId,
      assignedAt: new Date(),
      reviewStatus: t.to,
    });
    await writeClaimEvent(
      tx,
      { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
      {
        action: "review.pickedUp",
        before: assignmentSide({ ...claim, status: claim.reviewStatus }),
        after: assignmentSide({ assignee: me, dueAt: claim.dueAt, priority: claim.priority, status: t.to }),
      },
    );
    return { claimId: claim.id, version: input.version + 1, status: t.to };
  });
}

/**
 * Sets a claim's verdict and rationale, which sends it to sign-off (awaiting_signoff) and clears any
 * "changes requested" note. On a signed-off claim this is a correction: `reason` is required, a
 * corrections row (old → new verdict, reason, who, when) and a verdict.corrected event are written,
 * and the claim is reopened for a new sign-off. Reviewers only on claims assigned to them or unassigned.
 * @throws CONFLICT with `details.current` when the claim changed since `version` (message errors.conflict.verdict).
 */
export async function submitVerdict(actor: Actor, input: TSetVerdictWithReason) {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, actor);
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const action = verdictActionFor(claim.reviewStatus);
    const t = await decide(tx, member, claim, action, input.version, "errors.conflict.verdict");
    const correcting = action === "correctVerdict";
    if (correcting && !input.reason) {
      throw new AppError("INVALID", "errors.review.reasonRequired", {
        fields: { reason: "validation.reasonRequired" },
      });
    }
    const now = new Date();
    await writeAtVersion(
      tx,
      claim,
      input.version,
      {
        verdict: input.verdict,
        rationale: input.rationale,
        reviewedById: actor.userId,
        reviewedAt: now,
        reviewStatus: t.to,
        changesNote: null,
        ...(correcting ? { signedOffById: null, signedOffAt: null } : {}),
      },
      "errors.conflict.verdict",
    );
    const ctx = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId };
    const before = { verdict: claim.verdict, rationale: claim.rationale, status: claim.reviewStatus };
    const after = { verdict: input.verdict, rationale: input.rationale, status: t.to };
    const base = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId };
    let correctionId: string | null = null;
    const effects: TWorkflowEffect[] = effectsFor(
      { ...base, kind: "awaiting_signoff" as const, verdict: input.verdict },
      [claim.assignedById],
    );
    if (correcting) {
      const correction = await tx.correction.create({
        data: {
          workspaceId: actor.workspaceId,
          claimId: claim.id,
          fromVerdict: claim.verdict,
          toVerdict: input.verdict,
          reason: input.reason!,
          byId: actor.userId,
        },
      });
      correctionId = correction.id;
      await writeClaimEvent(tx, ctx, {
        action: "verdict.corrected",
        before: { ...before, signedOffBy: claim.signedOffBy, signedOffAt: iso(claim.signedOffAt) },
        after: { ...after, reason: input.reason!, correctionId },
      });
      effects.push(
        ...effectsFor(
          {
            ...base,
            kind: "corrected" as const,
            fromVerdict: claim.verdict,
            toVerdict: input.verdict,
            reason: input.reason!,
          },
          [claim.signedOffBy?.id],
        ),
      );
    } else {
      await writeClaimEvent(tx, ctx, { action: "verdict.set", before, after });
    }
    await runWorkflowEffects(tx, effects);
    return {
      claimId: claim.id,
      version: input.version + 1,
      verdict: input.verdict satisfies TGivenVerdict,
      reviewedAt: now.toISOString(),
      status: t.to,
      correctionId,
    };
  });
}

/**
 * Signs off the verdict waiting for sign-off. Editors and admins, never on a verdict they gave or
 * changed since its last sign-off. Two editors at once: one wins, the other gets a CONFLICT saying
 * who signed it off and when (details.current).
 */
export async function signOffClaim(actor: Actor, input: TClaimAtVersion): Promise<TTransitionResult> {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, actor);
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const t = await decide(tx, member, claim, "signOff", input.version);
    const authors = await verdictAuthorIds(tx, claim);
    await writeAtVersion(tx, claim, input.version, {
      reviewStatus: t.to,
      signedOffById: actor.userId,
      signedOffAt: new Date(),
      changesNote: null,
    });
    await writeClaimEvent(
      tx,
      { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
      {
        action: "review.signedOff",
        before: { status: claim.reviewStatus },
        after: { status: t.to, verdict: claim.verdict, rationale: claim.rationale },
      },
    );
    await runWorkflowEffects(
      tx,
      effectsFor(
        {
          workspaceId: actor.workspaceId,
          claimId: claim.id,
          actorId: actor.userId,
          kind: "signed_off" as const,
          verdict: claim.verdict,
        },
        [claim.assigneeId, ...authors],
      ),
    );
    return { claimId: claim.id, version: input.version + 1, status: t.to };
  });
}

/**
 * Sends a verdict waiting for sign-off back with a note (kept on the claim for the reviewer until they
 * set the verdict again, and in the history). Same people and four-eyes rule as signing off.
 */
export async function requestChanges(actor: Actor, input: TRequestChanges): Promise<TTransitionResult> {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, actor);
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const t = await decide(tx, member, claim, "requestChanges", input.version);
    const authors = await verdictAuthorIds(tx, claim);
    await writeAtVersion(tx, claim, input.version, { reviewStatus: t.to, changesNote: input.note });
    await writeClaimEvent(
      tx,
      { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
      {
        action: "review.changesRequested",
        before: { status: claim.reviewStatus },
        after: { status: t.to, note: input.note },
      },
    );
    await runWorkflowEffects(
      tx,
      effectsFor(
        {
          workspaceId: actor.workspaceId,
          claimId: claim.id,
          actorId: actor.userId,
          kind: "changes_requested" as const,
          note: input.note,
        },
        [claim.assigneeId, ...authors],
      ),
    );
    return { claimId: claim.id, version: input.version + 1, status: t.to };
  });
}
