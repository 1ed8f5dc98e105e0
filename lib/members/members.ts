import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { endAllSessions } from "@/lib/auth/sessions";
import type { TAddMember, TMemberRef, TMemberSearch, TUpdateMember } from "@/lib/members/schemas";

/** At most this many open assignments are listed for one member (the total is always exact). */
export const OPEN_ASSIGNMENTS_LIMIT = 200;

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** LIKE pattern text with its wildcards taken literally. */
function likeEscape(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Every member of the actor's workspace, deactivated ones included (last), with how many claims are
 * still assigned to each and not signed off. Admins only.
 */
export async function listMembers(actor: Actor) {
  assertCan(actor, "members.manage");
  const [rows, open] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: actor.workspaceId },
      select: {
        role: true,
        createdAt: true,
        deactivatedAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    }),
    db.claim.groupBy({
      by: ["assigneeId"],
      where: { workspaceId: actor.workspaceId, assigneeId: { not: null }, reviewStatus: { not: "signed_off" } },
      _count: { _all: true },
    }),
  ]);
  const openBy = new Map(open.map((g) => [g.assigneeId, g._count._all]));
  const members = rows.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    joinedAt: m.createdAt,
    deactivatedAt: m.deactivatedAt,
    openAssignments: openBy.get(m.user.id) ?? 0,
    /** The actor themself: the page may word "deactivate yourself" differently. */
    isYou: m.user.id === actor.userId,
  }));
  return [...members.filter((m) => !m.deactivatedAt), ...members.filter((m) => m.deactivatedAt)];
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/**
 * Active members whose name (or any word of it) or email starts with `q`, case-insensitively, by name,
 * at most `limit` (≤ 20). For @mention autocomplete: any member who can read the workspace may ask.
 */
export async function searchMembers(actor: Actor, input: Pick<TMemberSearch, "q"> & Partial<TMemberSearch>) {
  assertCan(actor, "read");
  const q = likeEscape(input.q.trim());
  const rows = await db.membership.findMany({
    where: {
      workspaceId: actor.workspaceId,
      deactivatedAt: null,
      ...(q
        ? {
            user: {
              OR: [
                { name: { startsWith: q, mode: "insensitive" } },
                { name: { contains: ` ${q}`, mode: "insensitive" } },
                { email: { startsWith: q, mode: "insensitive" } },
              ],
            },
          }
        : {}),
    },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    take: Math.min(input.limit ?? 8, 20),
  });
  return rows.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
}
export type MemberMatch = Awaited<ReturnType<typeof searchMembers>>[number];

/**
 * Adds a member: an existing account by email, or a new account with the name and password the admin
 * chose (Argon2id). Refused at the email field when the account is already a member (or, for a new
 * account, when the email is taken).
 */
export async function addMember(actor: Actor, input: TAddMember) {
  assertCan(actor, "members.manage");
  // Hash before the transaction: Argon2 is slow on purpose and should not hold a connection.
  const passwordHash = input.mode === "new" ? await hashPassword(input.password) : null;
  try {
    return await db.$transaction(async (tx) => {
      let user = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, name: true, email: true },
      });
      if (input.mode === "existing" && !user) {
        throw new AppError("NOT_FOUND", "members.error.noAccount", { fields: { email: "members.error.noAccount" } });
      }
      if (input.mode === "new") {
        if (user)
          throw new AppError("CONFLICT", "members.error.emailTaken", { fields: { email: "members.error.emailTaken" } });
        user = await tx.user.create({
          data: { email: input.email, name: input.name, passwordHash: passwordHash! },
          select: { id: true, name: true, email: true },
        });
      }
      const existing = await tx.membership.findUnique({
        where: { userId_workspaceId: { userId: user!.id, workspaceId: actor.workspaceId } },
      });
      if (existing) {
        const key = existing.deactivatedAt ? "members.error.deactivatedMember" : "members.error.alreadyMember";
        throw new AppError("CONFLICT", key, { fields: { email: key } });
      }
      const m = await tx.membership.create({
        data: { userId: user!.id, workspaceId: actor.workspaceId, role: input.role },
      });
      return {
        userId: user!.id,
        name: user!.name,
        email: user!.email,
        role: m.role,
        joinedAt: m.createdAt,
        deactivatedAt: null,
      };
    });
  } catch (e) {
    // Two admins adding the same person at once: the unique index answers, we say it plainly.
    if (isUniqueViolation(e)) {
      const key = input.mode === "new" ? "members.error.emailTaken" : "members.error.alreadyMember";
      throw new AppError("CONFLICT", key, { fields: { email: key } });
    }
    throw e;
  }
}

/**
 * Locks the workspace's active admin memberships (in id order, so two transactions cannot deadlock)
 * and returns their user ids. Every change that could remove an admin takes this lock first, so two
 * admins demoting each other at once are serialised and the second sees that only one admin is left.
 */
async function lockActiveAdmins(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "memberships"
    WHERE "workspaceId" = ${workspaceId} AND "role" = 'admin' AND "deactivatedAt" IS NULL
    ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.userId);
}

async function findMembership(tx: Tx, actor: Actor, userId: string) {
  const m = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!m) throw notFound("members.error.notFound");
  return m;
}

function memberView(m: {
  role: Role;
  createdAt: Date;
  deactivatedAt: Date | null;
  user: { id: string; name: string; email: string };
}) {
  return {
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    joinedAt: m.createdAt,
    deactivatedAt: m.deactivatedAt,
  };
}

/**
 * Changes a member's role, deactivates or reactivates them. The workspace always keeps one active
 * admin: demoting or deactivating the last one is a CONFLICT, decided under a lock (lockActiveAdmins).
 * Deactivating ends the member's sessions at once and returns their open assignments for reassignment.
 */
export async function updateMember(actor: Actor, input: TUpdateMember, now = new Date()) {
  assertCan(actor, "members.manage");
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, actor.workspaceId);
    const m = await findMembership(tx, actor, input.userId);
    const isActiveAdmin = m.role === "admin" && m.deactivatedAt === null;
    const removesAdmin =
      isActiveAdmin && (input.action === "deactivate" || (input.action === "changeRole" && input.role !== "admin"));
    if (removesAdmin && admins.filter((id) => id !== m.userId).length === 0) {
      throw new AppError("CONFLICT", "members.error.lastAdmin");
    }
    if (input.action === "changeRole") {
      if (m.role === input.role) return { member: memberView(m), openAssignments: null };
      const updated = await tx.membership.update({
        where: { id: m.id },
        data: { role: input.role },
        include: { user: { select: { id: true, name: true, email: true } } },
      });
      return { member: memberView(updated), openAssignments: null };
    }
    if (input.action === "deactivate") {
      if (m.deactivatedAt)
        return { member: memberView(m), openAssignments: await openAssignmentsIn(tx, actor.workspaceId, m.userId) };
      const updated = await tx.membership.update({
        where: { id: m.id },
        data: { deactivatedAt: now },
        include: { user: { select: { id: true, name: true, email: true } } },
      });
      await endAllSessions(tx, m.userId);
      return { member: memberView(updated), openAssignments: await openAssignmentsIn(tx, actor.workspaceId, m.userId) };
    }
    if (!m.deactivatedAt) return { member: memberView(m), openAssignments: null };
    const updated = await tx.membership.update({
      where: { id: m.id },
      data: { deactivatedAt: null },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    return { member: memberView(updated), openAssignments: null };
  });
}
export type UpdateMemberResult = Awaited<ReturnType<typeof updateMember>>;

async function openAssignmentsIn(tx: Tx, workspaceId: string, userId: string) {
  const where = { workspaceId, assigneeId: userId, reviewStatus: { not: "signed_off" as const } };
  const [claims, total] = await Promise.all([
    tx.claim.findMany({
      where,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      take: OPEN_ASSIGNMENTS_LIMIT,
      select: {
        id: true,
        quote: true,
        claimant: true,
        verdict: true,
        reviewStatus: true,
        priority: true,
        dueAt: true,
        version: true,
        article: { select: { id: true, title: true } },
      },
    }),
    tx.claim.count({ where }),
  ]);
  return { claims, total };
}

/**
 * The claims still assigned to a member (of this workspace, active or not) and not signed off, by due
 * date, with each claim's version for reassigning it. For admins (members) and editors (assignment).
 */
export async function openAssignmentsOf(actor: Actor, userId: string | TMemberRef) {
  if (!can(actor, "members.manage")) assertCan(actor, "claim.assign");
  const id = typeof userId === "string" ? userId : userId.userId;
  return db.$transaction(async (tx) => {
    await findMembership(tx, actor, id);
    return openAssignmentsIn(tx, actor.workspaceId, id);
  });
}
export type OpenAssignments = Awaited<ReturnType<typeof openAssignmentsOf>>;
