import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { normaliseEmail } from "@/lib/auth/throttle";
import { clearSignInFailures, reserveSignInAttempt } from "@/lib/auth/attempts";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

export type CredentialCheck =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

// Verified against when the email is unknown, so both paths cost one hash (no account probing by
// timing). Made once per process, at load, so not even the first unknown email costs an extra hash.
const decoyHash = hashPassword(crypto.randomBytes(24).toString("base64url"));
decoyHash.catch(() => {}); // a failure surfaces where it is awaited, not as an unhandled rejection

/**
 * Checks an email and password. Every attempt is throttled by the normalised email whether or not an
 * account has it, and reserved before the password is checked, so concurrent guesses cannot slip past
 * the count and known and unknown addresses behave and take the same time.
 * `verify` is injectable so tests can count the Argon2 verifications.
 */
export async function checkCredentials(
  emailInput: string,
  password: string,
  opts: { now?: Date; verify?: PasswordVerifier } = {},
): Promise<CredentialCheck> {
  const email = normaliseEmail(emailInput);
  const now = opts.now ?? new Date();
  const verify = opts.verify ?? verifyPassword;
  const { SIGNIN_FREE_ATTEMPTS, SIGNIN_MAX_DELAY_SECONDS } = env();

  const reservation = await reserveSignInAttempt(email, now, SIGNIN_FREE_ATTEMPTS, SIGNIN_MAX_DELAY_SECONDS);
  if (!reservation.ok) return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const matches = await verify(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !matches) return { ok: false, reason: "invalid" };

  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
