import "server-only";
// Sessions are signed cookies (JWT) that carry the user's `sessionVersion` from when they were issued.
// The session check (lib/auth/actor.ts) accepts a cookie only while the user's version is unchanged,
// so bumping the version ends every session of that user on the server, at once.
import { db, type Tx } from "@/lib/db";

/**
 * Ends every session of this user, on every device. Runs in the caller's transaction, so a change
 * such as deactivating a member and the end of their sessions commit together. Returns the new version.
 */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

/** Whether a session issued with `tokenVersion` is still valid for a user now at `currentVersion`. */
export function sessionIsCurrent(tokenVersion: unknown, currentVersion: number): boolean {
  return typeof tokenVersion === "number" && tokenVersion === currentVersion;
}

/**
 * Signing out ends the user's sessions, but only when the session signing out is itself still
 * current: replaying an old cookie at the sign-out endpoint must not sign its owner out.
 */
export async function endSessionsAtSignOut(userId: string, tokenVersion: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
    if (!user || !sessionIsCurrent(tokenVersion, user.sessionVersion)) return false;
    await endAllSessions(tx, userId);
    return true;
  });
}
