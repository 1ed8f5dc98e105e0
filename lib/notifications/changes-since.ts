import "server-only";
import { z } from "zod";
import { ZId } from "@/lib/http/text";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** At most this many events come back per poll (newest first); `more` says there were others. */
export const CHANGES_LIMIT = 20;

/**
 * GET /api/claims/[claimId]/changes-since?version=N&after=<eventId>.
 * `version`: the claim version the page was rendered with. `after`: the newest history event the page
 * showed (getClaimDetail's `events[0].id`); leave it out only when the page showed no events.
 */
export const ZChangesSince = z.object({
  claimId: ZId,
  version: z.coerce
    .number({ error: "validation.version" })
    .int("validation.version")
    .min(1, "validation.version")
    .max(2147483647, "validation.version"),
  after: ZId.optional(),
});
export type TChangesSince = z.infer<typeof ZChangesSince>;

export type ChangeEvent = {
  id: string;
  action: string;
  createdAt: Date;
  actor: { id: string; name: string } | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/**
 * Has the claim changed since the page loaded, and what happened? Cheap enough to poll every few
 * seconds: a primary-key read of the claim's version, and (with `after`) a primary-key read of that
 * event plus a range on claim_events (claimId, createdAt).
 *
 * - `stale`: the claim's version moved past `version` (verdict, assignment, review status…): a form
 *   the page holds would now get a conflict, so the page should offer to reload.
 * - `events`: history written after `after`, newest first (comments and evidence, which do not move
 *   the version, included), at most CHANGES_LIMIT; `more` when there were others.
 * - `changed`: either of the above. `latestEventId` is the `after` to send next time.
 */
export async function changesSince(actor: Actor, input: TChangesSince) {
  assertCan(actor, "read");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: actor.workspaceId },
    select: { id: true, version: true },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  let since: { createdAt: Date; id: string } | null = null;
  if (input.after) {
    since = await db.claimEvent.findFirst({
      where: { id: input.after, claimId: claim.id },
      select: { createdAt: true, id: true },
    });
    // Events are append-only, so an unknown id is a malformed request, not a deleted event.
    if (!since) throw notFound("notifications.error.eventNotFound");
  }
  const where: Prisma.ClaimEventWhereInput = since
    ? {
        claimId: claim.id,
        createdAt: { gte: since.createdAt },
        OR: [{ createdAt: { gt: since.createdAt } }, { id: { gt: since.id } }],
      }
    : { claimId: claim.id };
  const rows = await db.claimEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CHANGES_LIMIT + 1,
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true } },
    },
  });
  const events: ChangeEvent[] = rows.slice(0, CHANGES_LIMIT);
  const stale = claim.version !== input.version;
  return {
    version: claim.version,
    stale,
    changed: stale || events.length > 0,
    events,
    more: rows.length > CHANGES_LIMIT,
    latestEventId: events[0]?.id ?? since?.id ?? null,
  };
}
export type ChangesSinceResult = Awaited<ReturnType<typeof changesSince>>;
