import "server-only";
import { db } from "@/lib/db";
import { secondsUntilNextAttempt } from "@/lib/auth/throttle";

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts a sign-in attempt for this (normalised) email as a failure before its password is checked,
 * or refuses it while the address must wait. One statement, so concurrent attempts queue on the row
 * lock and each sees the count the previous one left: no more than `freeAttempts` get through at once.
 * The same rule as signInDelaySeconds, in SQL. No row comes back when the update's WHERE refuses.
 */
export async function reserveSignInAttempt(
  email: string,
  now: Date,
  freeAttempts: number,
  maxDelaySeconds: number,
): Promise<Reservation> {
  const reserved = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttles AS t (email, failures, "lastFailedAt", "updatedAt")
    VALUES (${email}, 1, ${now}, ${now})
    ON CONFLICT (email) DO UPDATE
      SET failures = t.failures + 1, "lastFailedAt" = EXCLUDED."lastFailedAt", "updatedAt" = EXCLUDED."updatedAt"
      WHERE t.failures < ${freeAttempts}::int
         OR t."lastFailedAt" IS NULL
         OR t."lastFailedAt" + make_interval(secs => LEAST(power(2, LEAST(t.failures - ${freeAttempts}::int + 1, 30)), ${maxDelaySeconds}::int))
            <= EXCLUDED."lastFailedAt"
    RETURNING failures`;
  if (reserved.length > 0) return { ok: true };
  // Refused: read the state only to say how long to wait (at least a second, whatever changed since).
  const state = await db.signInThrottle.findUnique({ where: { email } });
  const wait = state ? secondsUntilNextAttempt(state, now, freeAttempts, maxDelaySeconds) : 0;
  return { ok: false, retryAfterSeconds: Math.max(wait, 1) };
}

/** A successful sign-in starts the count again. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { email } });
}
