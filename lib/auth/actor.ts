import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
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

/** A user's memberships with their workspaces, oldest first; one query per request however often asked. */
const membershipsOf = cache((userId: string) =>
  db.membership.findMany({ where: { userId, deactivatedAt: null }, include: { workspace: true, user: true }, orderBy: { createdAt: "asc" } }),
);

/** Resolves the actor for one user and an optional preferred workspace (its slug). */
export async function resolveActor(userId: string, preferredSlug?: string): Promise<Actor | null> {
  const memberships = await membershipsOf(userId);
  const m = memberships.find((x) => x.workspace.slug === preferredSlug) ?? memberships[0];
  if (!m) return null;
  return {
    userId,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    workspaceId: m.workspaceId,
    workspaceSlug: m.workspace.slug,
    workspaceName: m.workspace.name,
  };
}

/** The signed-in actor, or an UNAUTHENTICATED error. Cached per request. */
export const requireActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const actor = await resolveActor(userId, preferred);
  if (!actor) throw new AppError("FORBIDDEN", "errors.noWorkspace");
  return actor;
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  try {
    return await requireActor();
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (e instanceof AppError && e.messageKey === "errors.noWorkspace") redirect("/no-workspace");
    throw e;
  }
}

export async function listWorkspacesOf(userId: string) {
  const rows = await membershipsOf(userId);
  return rows.map((r) => ({ slug: r.workspace.slug, name: r.workspace.name, role: r.role }));
}
