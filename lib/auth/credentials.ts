import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { secondsUntilNextAttempt } from "@/lib/auth/throttle";

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verified against when the email is unknown, so both paths cost one hash (no account probing by timing).
let decoyHash: Promise<string> | undefined;

export async function checkCredentials(emailInput: string, password: string, now = new Date()): Promise<CredentialCheck> {
  const email = emailInput.trim().toLowerCase();
  const { SIGNIN_FREE_ATTEMPTS, SIGNIN_MAX_DELAY_SECONDS } = env();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
    await verifyPassword(await decoyHash, password);
    return { ok: false, reason: "invalid" };
  }
  const wait = secondsUntilNextAttempt(user, now, SIGNIN_FREE_ATTEMPTS, SIGNIN_MAX_DELAY_SECONDS);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: { increment: 1 }, lastFailedSignInAt: now },
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.failedSignIns > 0) {
    await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lastFailedSignInAt: null } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
