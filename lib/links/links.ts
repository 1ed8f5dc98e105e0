// Links between claims (contradicts / corroborates / updates), across articles, within one workspace.
// A link is stored once (from -> to) and shown on both claims, the reverse labelled as such
// (lib/claims/queries.ts getClaimDetail). Adding or removing one writes a typed event on both claims'
// histories in the same transaction. Decision 0020.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { writeClaimEvent, type TLinkSnapshot } from "@/lib/claims/events";
import { requireActiveMember } from "@/lib/reviews/workflow";
import type { TAddClaimLink, TRemoveClaimLink } from "@/lib/links/schemas";
import type { TClaimLinkType } from "@/lib/claims/vocabulary";

const OTHER_QUOTE_MAX = 200;

type LinkEnd = { id: string; key: string | null; claimant: string; quote: string };

async function claimInWorkspace(tx: Tx, actor: Actor, claimId: string): Promise<LinkEnd> {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true, key: true, claimant: true, quote: true },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  return claim;
}

/** The two history entries of one link: the source's outgoing one and the target's incoming one. */
async function writeLinkEvents(
  tx: Tx,
  actor: Actor,
  action: "link.added" | "link.removed",
  link: { id: string; type: TClaimLinkType },
  from: LinkEnd,
  to: LinkEnd,
) {
  const outgoing: TLinkSnapshot = {
    type: link.type,
    toClaimId: to.id,
    ...(to.key ? { toKey: to.key } : {}),
    linkId: link.id,
    direction: "outgoing",
    otherClaimant: to.claimant,
    otherQuote: to.quote.slice(0, OTHER_QUOTE_MAX),
  };
  const incoming: TLinkSnapshot = {
    type: link.type,
    toClaimId: to.id,
    linkId: link.id,
    direction: "incoming",
    fromClaimId: from.id,
    otherClaimant: from.claimant,
    otherQuote: from.quote.slice(0, OTHER_QUOTE_MAX),
  };
  for (const [claimId, snapshot] of [
    [from.id, outgoing],
    [to.id, incoming],
  ] as const) {
    const ctx = { workspaceId: actor.workspaceId, claimId, actorId: actor.userId };
    if (action === "link.added") await writeClaimEvent(tx, ctx, { action, before: null, after: snapshot });
    else await writeClaimEvent(tx, ctx, { action, before: snapshot, after: null });
  }
}

/**
 * Links the claim to another claim of the same workspace. A claim cannot be linked to itself; a link of
 * the same type between the same two claims (either way round) is a CONFLICT, not a duplicate.
 */
export async function addClaimLink(actor: Actor, input: TAddClaimLink) {
  assertCan(actor, "claim.link");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "claim.link");
    if (input.claimId === input.toClaimId) throw new AppError("INVALID", "errors.link.self");
    const from = await claimInWorkspace(tx, actor, input.claimId);
    const to = await claimInWorkspace(tx, actor, input.toClaimId);
    const existing = await tx.claimLink.findFirst({
      where: {
        type: input.type,
        OR: [
          { fromClaimId: from.id, toClaimId: to.id },
          { fromClaimId: to.id, toClaimId: from.id },
        ],
      },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "errors.link.exists");
    // A concurrent identical add hits the unique index; the transaction then fails as a whole.
    const link = await tx.claimLink.create({
      data: {
        workspaceId: actor.workspaceId,
        fromClaimId: from.id,
        toClaimId: to.id,
        type: input.type,
        createdById: actor.userId,
      },
      select: { id: true, type: true, fromClaimId: true, toClaimId: true },
    });
    await writeLinkEvents(tx, actor, "link.added", link, from, to);
    return link;
  });
}

/** Removes a link the claim is either end of; both claims' histories keep what it was. */
export async function removeClaimLink(actor: Actor, input: TRemoveClaimLink) {
  assertCan(actor, "claim.link");
  return db.$transaction(async (tx) => {
    assertCan(await requireActiveMember(tx, actor), "claim.link");
    const link = await tx.claimLink.findFirst({
      where: {
        id: input.linkId,
        workspaceId: actor.workspaceId,
        OR: [{ fromClaimId: input.claimId }, { toClaimId: input.claimId }],
      },
      select: { id: true, type: true, fromClaimId: true, toClaimId: true },
    });
    if (!link) throw notFound("errors.link.notFound");
    const from = await claimInWorkspace(tx, actor, link.fromClaimId);
    const to = await claimInWorkspace(tx, actor, link.toClaimId);
    // deleteMany so a concurrent removal reads as "already removed", not a database error.
    const deleted = await tx.claimLink.deleteMany({ where: { id: link.id } });
    if (deleted.count === 0) throw notFound("errors.link.notFound");
    await writeLinkEvents(tx, actor, "link.removed", link, from, to);
    return { id: link.id };
  });
}
