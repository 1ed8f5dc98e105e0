import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan, assertCanSetVerdict } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAddEvidence, TRemoveEvidence, TSetVerdict } from "@/lib/claims/schemas";
import type { TEventAction, TVerdict, TVerdictState } from "@/lib/claims/vocabulary";


/** Appends to the claim's history; always called inside the transaction that made the change. */
export function recordEvent(
  tx: Tx,
  e: { workspaceId: string; claimId: string; actorId: string | null; action: TEventAction; before?: unknown; after?: unknown },
) {
  return tx.claimEvent.create({
    data: {
      workspaceId: e.workspaceId,
      claimId: e.claimId,
      actorId: e.actorId,
      action: e.action,
      before: (e.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (e.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

async function findClaimInWorkspace(tx: Tx, actor: Actor, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true, verdict: true, rationale: true, version: true, assigneeId: true, reviewedAt: true, reviewedBy: { select: { name: true } } },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  return claim;
}

function verdictState(c: { verdict: TVerdict; rationale: string | null; version: number; reviewedAt: Date | null; reviewedBy: { name: string } | null }): TVerdictState {
  return { verdict: c.verdict, rationale: c.rationale, version: c.version, reviewedAt: c.reviewedAt?.toISOString() ?? null, reviewedBy: c.reviewedBy?.name ?? null };
}

/**
 * Sets a claim's verdict and rationale. `version` is the one the reviewer's page showed: if someone saved
 * since, nothing is written and the CONFLICT carries the current verdict so the page can show it.
 */
export async function setVerdict(actor: Actor, input: TSetVerdict) {
  return db.$transaction(async (tx) => {
    const claim = await findClaimInWorkspace(tx, actor, input.claimId);
    assertCanSetVerdict(actor, claim);
    const now = new Date();
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: { verdict: input.verdict, rationale: input.rationale, reviewedById: actor.userId, reviewedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await findClaimInWorkspace(tx, actor, input.claimId);
      throw new AppError("CONFLICT", "errors.conflict.verdict", { details: { current: verdictState(current) } });
    }
    await recordEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "verdict.set",
      before: { verdict: claim.verdict, rationale: claim.rationale },
      after: { verdict: input.verdict, rationale: input.rationale },
    });
    return { version: input.version + 1, verdict: input.verdict, reviewedAt: now.toISOString() };
  });
}

/** What the history keeps of a piece of evidence. */
function evidenceSnapshot(e: { id: string; url: string; title: string; publisher: string | null; archivedUrl: string | null; excerpt: string | null; stance: string }) {
  const { id, url, title, publisher, archivedUrl, excerpt, stance } = e;
  return { id, url, title, publisher, archivedUrl, excerpt, stance };
}

/** Adds a piece of evidence. Additive, so it needs no version check: two reviewers may both add. */
export async function addEvidence(actor: Actor, input: TAddEvidence) {
  assertCan(actor, "evidence.add");
  return db.$transaction(async (tx) => {
    const claim = await findClaimInWorkspace(tx, actor, input.claimId);
    const evidence = await tx.evidence.create({
      data: {
        workspaceId: actor.workspaceId,
        claimId: claim.id,
        url: input.url,
        title: input.title,
        publisher: input.publisher ?? null,
        archivedUrl: input.archivedUrl ?? null,
        excerpt: input.excerpt ?? null,
        stance: input.stance,
        addedById: actor.userId,
      },
    });
    await recordEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "evidence.added",
      after: evidenceSnapshot(evidence),
    });
    return evidence;
  });
}

/** Removes a piece of evidence; the history keeps what it was. */
export async function removeEvidence(actor: Actor, input: TRemoveEvidence) {
  assertCan(actor, "evidence.remove");
  return db.$transaction(async (tx) => {
    const claim = await findClaimInWorkspace(tx, actor, input.claimId);
    const evidence = await tx.evidence.findFirst({ where: { id: input.evidenceId, claimId: claim.id } });
    if (!evidence) throw notFound("errors.evidenceNotFound");
    // deleteMany so a concurrent removal shows up as "already removed" instead of a database error.
    const deleted = await tx.evidence.deleteMany({ where: { id: evidence.id } });
    if (deleted.count === 0) throw notFound("errors.evidenceNotFound");
    await recordEvent(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "evidence.removed",
      before: evidenceSnapshot(evidence),
    });
    return { id: evidence.id };
  });
}
