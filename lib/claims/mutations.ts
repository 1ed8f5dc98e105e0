import "server-only";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { TAddEvidence, TRemoveEvidence } from "@/lib/claims/schemas";
import { writeClaimEvent, type TClaimEvent, type TEvidenceSnapshot } from "@/lib/claims/events";
import { requireActiveMember, submitVerdict } from "@/lib/reviews/workflow";
import type { TSetVerdictWithReason } from "@/lib/reviews/schemas";
import type { TEventAction } from "@/lib/claims/vocabulary";

/**
 * @deprecated Write through `writeClaimEvent` (lib/claims/events.ts), which types each action's payload.
 * Kept with its old signature so callers written against the untyped writer still compile; the payload
 * is checked against its action's schema all the same (a mismatch throws and rolls the change back).
 */
export function recordEvent(
  tx: Tx,
  e: {
    workspaceId: string;
    claimId: string;
    actorId: string | null;
    action: TEventAction;
    before?: unknown;
    after?: unknown;
  },
) {
  const event = { action: e.action, before: e.before ?? null, after: e.after ?? null } as TClaimEvent;
  return writeClaimEvent(tx, { workspaceId: e.workspaceId, claimId: e.claimId, actorId: e.actorId }, event);
}

async function findClaimInWorkspace(tx: Tx, actor: Actor, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  return claim;
}

/**
 * Sets a claim's verdict and rationale, sending it to sign-off; on a signed-off claim it is a correction
 * and needs `reason`. `version` is the one the reviewer's page showed: if someone changed the claim
 * since, nothing is written and the CONFLICT carries the current state (details.current) for the page.
 * The workflow rules live in lib/reviews/workflow.ts (submitVerdict); this is the claims-domain name.
 */
export function setVerdict(actor: Actor, input: TSetVerdictWithReason) {
  return submitVerdict(actor, input);
}

/** What the history keeps of a piece of evidence. */
function evidenceSnapshot(e: TEvidenceSnapshot): TEvidenceSnapshot {
  const { id, url, title, publisher, archivedUrl, excerpt, stance } = e;
  return { id, url, title, publisher, archivedUrl, excerpt, stance };
}

/** Adds a piece of evidence. Additive, so it needs no version check: two reviewers may both add. */
export async function addEvidence(actor: Actor, input: TAddEvidence) {
  assertCan(actor, "evidence.add");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "evidence.add");
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
    await writeClaimEvent(
      tx,
      { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
      {
        action: "evidence.added",
        before: null,
        after: evidenceSnapshot(evidence),
      },
    );
    return evidence;
  });
}

/** Removes a piece of evidence; the history keeps what it was. */
export async function removeEvidence(actor: Actor, input: TRemoveEvidence) {
  assertCan(actor, "evidence.remove");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "evidence.remove");
    const claim = await findClaimInWorkspace(tx, actor, input.claimId);
    const evidence = await tx.evidence.findFirst({ where: { id: input.evidenceId, claimId: claim.id } });
    if (!evidence) throw notFound("errors.evidenceNotFound");
    // deleteMany so a concurrent removal shows up as "already removed" instead of a database error.
    const deleted = await tx.evidence.deleteMany({ where: { id: evidence.id } });
    if (deleted.count === 0) throw notFound("errors.evidenceNotFound");
    await writeClaimEvent(
      tx,
      { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId },
      {
        action: "evidence.removed",
        before: evidenceSnapshot(evidence),
        after: null,
      },
    );
    return { id: evidence.id };
  });
}
