// Slows down repeated failed sign-ins for one account: after `freeAttempts` consecutive failures each
// further attempt must wait 2^(extra failures) seconds (capped) after the last failure.
export function signInDelaySeconds(failures: number, freeAttempts: number, maxDelaySeconds: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(2 ** (failures - freeAttempts + 1), maxDelaySeconds);
}

/** Seconds still to wait before this account may try again; 0 when it may try now. */
export function secondsUntilNextAttempt(
  state: { failedSignIns: number; lastFailedSignInAt: Date | null },
  now: Date,
  freeAttempts: number,
  maxDelaySeconds: number,
): number {
  if (!state.lastFailedSignInAt) return 0;
  const delay = signInDelaySeconds(state.failedSignIns, freeAttempts, maxDelaySeconds);
  const waitMs = state.lastFailedSignInAt.getTime() + delay * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
