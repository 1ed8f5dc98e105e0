import "server-only";
import { cache } from "react";
import type { Session } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { readSession } from "@/lib/auth/nextauth";
import { sessionIsCurrent } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { routes } from "@/lib/routes";
import type { Role } from "@/lib/generated/prisma/enums";

export const WORKSPACE_COOKIE = "workspace";

/** Who is acting, in which workspace, with which role. Every domain function takes one. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
};

/** A user with their memberships and workspaces, oldest first; one query per request however often asked. */
const accountOf = cache((userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      sessionVersion: true,
      memberships: { where: { deactivatedAt: null }, include: { workspace: true }, orderBy: { createdAt: "asc" } },
    },
  }),
);

export type Account = NonNullable<Awaited<ReturnType<typeof accountOf>>>;

/**
 * The session and its account, only while the session is still current: the user exists and their
 * session version is the one the cookie was issued with (sign-out and deactivation move it on).
 * Cached per request, and the same query that gives the memberships, so the check costs nothing extra.
 */
const currentSession = cache(async (): Promise<{ session: Session; account: Account } | null> => {
  const session = await readSession();
  const userId = session?.user?.id;
  if (!session || !userId) return null;
  const account = await accountOf(userId);
  if (!account || !sessionIsCurrent(session.sessionVersion, account.sessionVersion)) return null;
  return { session, account };
});

/** The session, or null when there is none or it has ended. The only session reader outside lib/auth. */
export async function currentSessionOrNull(): Promise<Session | null> {
  return (await currentSession())?.session ?? null;
}

/** Resolves the actor for an account and an optional preferred workspace (its slug); null without one. */
export function resolveActor(account: Account, preferredSlug?: string): Actor | null {
  const m = account.memberships.find((x) => x.workspace.slug === preferredSlug) ?? account.memberships[0];
  if (!m) return null;
  return {
    userId: account.id,
    name: account.name,
    email: account.email,
    role: m.role,
    workspaceId: m.workspaceId,
    workspaceSlug: m.workspace.slug,
    workspaceName: m.workspace.name,
  };
}

/** The signed-in actor, or an UNAUTHENTICATED error (also for an ended session). Cached per request. */
export const requireActor = cache(async (): Promise<Actor> => {
  const current = await currentSession();
  if (!current) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const actor = resolveActor(current.account, preferred);
  if (!actor) throw new AppError("FORBIDDEN", "errors.noWorkspace");
  return actor;
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  try {
    return await requireActor();
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") redirect(routes.signIn(returnTo));
    if (e instanceof AppError && e.messageKey === "errors.noWorkspace") redirect("/no-workspace");
    throw e;
  }
}

export async function listWorkspacesOf(userId: string) {
  const account = await accountOf(userId);
  return (account?.memberships ?? []).map((r) => ({ slug: r.workspace.slug, name: r.workspace.name, role: r.role }));
}
