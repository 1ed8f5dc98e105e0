import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/members/members";
import { routes } from "@/lib/routes";
import type { TAcceptInvitation, TCreateInvitation, TInvitationRef } from "@/lib/members/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITATIONS_LIMIT = 200;

export type InvitationStatus = "pending" | "used" | "revoked" | "expired";

/**
 * Only this hash is stored. The token is 256 random bits, so a fast hash is enough (nothing to guess
 * or brute-force), and a lookup by hash stays a unique-index hit.
 */
export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Where a link stands; used and revoked win over expiry, since that is the more useful thing to say. */
export function invitationStatus(
  i: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  if (i.usedAt) return "used";
  if (i.revokedAt) return "revoked";
  if (i.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** The message a person opening a link that cannot be used sees. */
const REFUSAL: Record<Exclude<InvitationStatus, "pending">, string> = {
  used: "members.invitation.used",
  revoked: "members.invitation.revoked",
  expired: "members.invitation.expired",
};

/**
 * Creates an invitation link (single use, expiring, with a role; optionally for one email). The token
 * is returned here once, as `path` (/invite/<token>); only its hash is kept, so it cannot be shown again.
 */
export async function createInvitation(actor: Actor, input: TCreateInvitation, now = new Date()) {
  assertCan(actor, "members.manage");
  const token = crypto.randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      workspaceId: actor.workspaceId,
      tokenHash: hashInvitationToken(token),
      role: input.role,
      email: input.email ?? null,
      createdById: actor.userId,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    },
  });
  return {
    invitation: {
      id: invitation.id,
      role: invitation.role,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    },
    token,
    path: routes.join(token),
  };
}

/** The workspace's invitations, newest first, with their status; never the token. Admins only. */
export async function listInvitations(actor: Actor, now = new Date()) {
  assertCan(actor, "members.manage");
  const rows = await db.invitation.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INVITATIONS_LIMIT,
    select: {
      id: true,
      role: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      usedBy: { select: { id: true, name: true } },
    },
  });
  return rows.map((r) => ({ ...r, status: invitationStatus(r, now) }));
}
export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

/** Revokes a link that has not been used. Revoking twice is fine; a used link is a CONFLICT. */
export async function revokeInvitation(actor: Actor, input: TInvitationRef, now = new Date()) {
  assertCan(actor, "members.manage");
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({ where: { id: input.invitationId, workspaceId: actor.workspaceId } });
    if (!inv) throw notFound("members.invitation.notFound");
    if (inv.revokedAt) return { id: inv.id, revokedAt: inv.revokedAt };
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "members.invitation.alreadyUsed");
    return { id: inv.id, revokedAt: now };
  });
}

/**
 * What the join page (/invite/<token>) shows before anyone signs in: the workspace, the role, the
 * email it is for, and whether it can still be used. An unknown token is NOT_FOUND.
 */
export async function describeInvitation(token: string, now = new Date()) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      role: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
    },
  });
  if (!inv) throw notFound("members.invitation.invalid");
  const status = invitationStatus(inv, now);
  return {
    workspaceName: inv.workspace.name,
    role: inv.role,
    email: inv.email,
    expiresAt: inv.expiresAt,
    status,
    /** The message to show when it cannot be used (a catalog key), else null. */
    refusal: status === "pending" ? null : REFUSAL[status],
  };
}

/**
 * Accepts an invitation. Signed in (`sessionUserId`): that account joins the workspace with the
 * invited role. Signed out: a new account is created from `name`, `password` and the invitation's email
 * (or `email` when the invitation names none); an email that already has an account must sign in
 * first. The link is spent atomically (one of two simultaneous accepts wins); an expired, used or
 * revoked link is refused with its own message, and nothing is written. Returns the workspace joined
 * and the account's email (the join page signs a new account in with it).
 */
export async function acceptInvitation(input: TAcceptInvitation, sessionUserId: string | null, now = new Date()) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    include: { workspace: { select: { id: true, slug: true, name: true } } },
  });
  if (!inv) throw notFound("members.invitation.invalid");
  const status = invitationStatus(inv, now);
  if (status !== "pending") throw new AppError("CONFLICT", REFUSAL[status]);

  let newAccount: { email: string; name: string; passwordHash: string } | null = null;
  if (!sessionUserId) {
    const email = inv.email ?? input.email;
    const fields: Record<string, string> = {};
    if (!input.name) fields.name = "members.validation.nameRequired";
    if (!input.password) fields.password = "validation.passwordRequired";
    if (!email) fields.email = "validation.emailRequired";
    if (Object.keys(fields).length > 0) throw new AppError("INVALID", "errors.invalid", { fields });
    newAccount = { email: email!, name: input.name!, passwordHash: await hashPassword(input.password!) };
  }

  try {
    return await db.$transaction(async (tx) => {
      let user: { id: string; email: string; name: string };
      if (newAccount) {
        if (await tx.user.findUnique({ where: { email: newAccount.email }, select: { id: true } })) {
          throw new AppError("CONFLICT", "members.invitation.accountExists", {
            fields: { email: "members.invitation.accountExists" },
          });
        }
        user = await tx.user.create({ data: newAccount, select: { id: true, email: true, name: true } });
      } else {
        const found = await tx.user.findUnique({
          where: { id: sessionUserId! },
          select: { id: true, email: true, name: true },
        });
        if (!found) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
        user = found;
      }
      if (inv.email && inv.email !== user.email.toLowerCase())
        throw new AppError("FORBIDDEN", "members.invitation.otherEmail");

      const existing = await tx.membership.findUnique({
        where: { userId_workspaceId: { userId: user.id, workspaceId: inv.workspaceId } },
      });
      if (existing?.deactivatedAt) throw new AppError("FORBIDDEN", "members.invitation.deactivated");
      if (existing) throw new AppError("CONFLICT", "members.invitation.alreadyMember");

      // Spend the link: only a pending one matches, so of two simultaneous accepts exactly one gets it.
      const spent = await tx.invitation.updateMany({
        where: { id: inv.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById: user.id },
      });
      if (spent.count === 0) {
        const current = await tx.invitation.findUniqueOrThrow({ where: { id: inv.id } });
        const s = invitationStatus(current, now);
        throw new AppError("CONFLICT", REFUSAL[s === "pending" ? "used" : s]);
      }
      await tx.membership.create({ data: { userId: user.id, workspaceId: inv.workspaceId, role: inv.role } });
      return {
        workspace: { slug: inv.workspace.slug, name: inv.workspace.name },
        role: inv.role,
        userId: user.id,
        email: user.email,
        newAccount: Boolean(newAccount),
      };
    });
  } catch (e) {
    // Two people creating the same email at once, or the same person accepting twice at once.
    if (isUniqueViolation(e))
      throw new AppError(
        "CONFLICT",
        newAccount ? "members.invitation.accountExists" : "members.invitation.alreadyMember",
      );
    throw e;
  }
}
