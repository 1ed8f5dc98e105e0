// Slows down repeated failed sign-ins for one email address: after `freeAttempts` consecutive failures
// each further attempt must wait 2^(extra failures) seconds (capped) after the last failure.
// lib/auth/attempts.ts applies the same rule atomically in SQL; these give the wait to show.
export function signInDelaySeconds(failures: number, freeAttempts: number, maxDelaySeconds: number): number {
  if (failures < freeAttempts) return 0;
  // The exponent is capped so a long-attacked address cannot overflow the number.
  return Math.min(2 ** Math.min(failures - freeAttempts + 1, 30), maxDelaySeconds);
}

/** Seconds still to wait before this address may try again; 0 when it may try now. */
export function secondsUntilNextAttempt(
  state: { failures: number; lastFailedAt: Date | null },
  now: Date,
  freeAttempts: number,
  maxDelaySeconds: number,
): number {
  if (!state.lastFailedAt) return 0;
  const delay = signInDelaySeconds(state.failures, freeAttempts, maxDelaySeconds);
  const waitMs = state.lastFailedAt.getTime() + delay * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** How sign-in addresses are compared and throttled: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
