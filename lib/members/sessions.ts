import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Ends every session of a user at once: sessions carry the user's sessionVersion and stop working when
 * it moves on. Stand-in for `endAllSessions(tx, userId)` from lib/auth/sessions.ts (being written in
 * parallel); swap this call for that one when it lands.
 */
export async function endSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
