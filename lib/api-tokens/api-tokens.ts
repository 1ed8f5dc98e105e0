// Personal API tokens: members create, list and revoke their own; the read-only API (/api/v1) resolves
// a Bearer token to the actor it stands for. Decision record 0018.
import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { generateApiToken, hashApiToken } from "@/lib/api-tokens/tokens";
import type { TApiTokenRef, TCreateApiToken } from "@/lib/api-tokens/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Live (not revoked, not expired) tokens one member may hold in one workspace. */
export const MAX_LIVE_API_TOKENS = 25;
/** lastUsedAt is written at most this often per token, so a busy client costs one write a minute, not one per call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenStatus = "active" | "revoked" | "expired";

export function apiTokenStatus(
  t: { revokedAt: Date | null; expiresAt: Date | null },
  now = new Date(),
): ApiTokenStatus {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt && t.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

const publicFields = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

/**
 * Makes a token for the actor in their current workspace. The secret is in the result once and never
 * again: only its hash is stored. Any member may have tokens (the API only reads, as any member can).
 */
export async function createApiToken(actor: Actor, input: TCreateApiToken, now = new Date()) {
  assertCan(actor, "read");
  const live = await db.apiToken.count({
    where: {
      userId: actor.userId,
      workspaceId: actor.workspaceId,
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
  });
  if (live >= MAX_LIVE_API_TOKENS)
    throw new AppError("CONFLICT", "apiTokens.tooMany", { params: { max: MAX_LIVE_API_TOKENS } });
  const { token, prefix, hash } = generateApiToken();
  const row = await db.apiToken.create({
    data: {
      userId: actor.userId,
      workspaceId: actor.workspaceId,
      name: input.name,
      prefix,
      tokenHash: hash,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
      createdAt: now,
    },
    select: publicFields,
  });
  return { token, apiToken: { ...row, status: apiTokenStatus(row, now) } };
}

/** The actor's own tokens in their current workspace, newest first, with their status; never a secret. */
export async function listApiTokens(actor: Actor, now = new Date()) {
  assertCan(actor, "read");
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: publicFields,
  });
  return rows.map((r) => ({ ...r, status: apiTokenStatus(r, now) }));
}

/**
 * Revokes one of the actor's own tokens, at once. Someone else's token (even an admin's colleague's)
 * is NOT_FOUND. Revoking a revoked token keeps its first revocation time.
 */
export async function revokeApiToken(actor: Actor, { tokenId }: TApiTokenRef, now = new Date()) {
  assertCan(actor, "read");
  const mine = { id: tokenId, userId: actor.userId, workspaceId: actor.workspaceId };
  await db.apiToken.updateMany({ where: { ...mine, revokedAt: null }, data: { revokedAt: now } });
  const row = await db.apiToken.findFirst({ where: mine, select: publicFields });
  if (!row) throw notFound("apiTokens.notFound");
  return { ...row, status: apiTokenStatus(row, now) };
}

/** Why a presented token does not authenticate; each has its own message (the holder has the secret). */
export type ApiTokenRefusal = "unknown" | "revoked" | "expired" | "ownerInactive";

/**
 * The actor a token acts as: its owner, in the token's workspace, with the owner's role now (so a
 * demotion applies at once and a deactivated owner's tokens stop at once). Touches lastUsedAt at most
 * once a minute.
 */
export async function actorForApiToken(
  token: string,
  now = new Date(),
): Promise<{ ok: true; actor: Actor; tokenId: string } | { ok: false; refusal: ApiTokenRefusal; expiresAt?: Date }> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      userId: true,
      workspaceId: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true } },
      workspace: { select: { slug: true, name: true } },
    },
  });
  if (!row) return { ok: false, refusal: "unknown" };
  const status = apiTokenStatus(row, now);
  if (status === "revoked") return { ok: false, refusal: "revoked" };
  if (status === "expired") return { ok: false, refusal: "expired", expiresAt: row.expiresAt! };
  const membership = await db.membership.findUnique({
    where: { userId_workspaceId: { userId: row.userId, workspaceId: row.workspaceId } },
    select: { role: true, deactivatedAt: true },
  });
  if (!membership || membership.deactivatedAt) return { ok: false, refusal: "ownerInactive" };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests in the same minute write once between them.
    await db.apiToken.updateMany({
      where: {
        id: row.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return {
    ok: true,
    tokenId: row.id,
    actor: {
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      role: membership.role,
      workspaceId: row.workspaceId,
      workspaceSlug: row.workspace.slug,
      workspaceName: row.workspace.name,
    },
  };
}
