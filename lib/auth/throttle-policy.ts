// Guessing one account's password: the first attempts are free, the next ones are answered
// more and more slowly, and after a few the account refuses every attempt for a while.
// A success forgets the streak; so does a long quiet spell.
export const THROTTLE_POLICY = {
  freeFailures: 3,
  firstDelayMs: 1_000,
  lockAfterFailures: 5,
  lockMs: 15 * 60 * 1_000,
  forgetAfterMs: 60 * 60 * 1_000,
} as const;

export type ThrottleState = { failures: number; lastFailureAt: Date | null; lockedUntil: Date | null };

export type AttemptVerdict = { isAllowed: true; delayMs: number } | { isAllowed: false; retryAfterMs: number };

export function assessAttempt(state: ThrottleState | null, now: Date, policy = THROTTLE_POLICY): AttemptVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { isAllowed: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const failures = currentFailures(state, now, policy);
  if (failures < policy.freeFailures) return { isAllowed: true, delayMs: 0 };
  // 3 failures: 1 s, 4: 2 s; past the lock, each further attempt waits 4 s more before its check.
  const steps = Math.min(failures, policy.lockAfterFailures) - policy.freeFailures;
  return { isAllowed: true, delayMs: policy.firstDelayMs * 2 ** steps };
}

// An attempt counts as failed from the moment it starts (so that parallel guesses cannot
// slip past the lock) until it succeeds, which forgets the whole streak.
export function stateAfterFailure(state: ThrottleState | null, now: Date, policy = THROTTLE_POLICY): ThrottleState {
  const failures = currentFailures(state, now, policy) + 1;
  const lockedUntil = failures >= policy.lockAfterFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}

function currentFailures(state: ThrottleState | null, now: Date, policy: typeof THROTTLE_POLICY): number {
  if (!state?.lastFailureAt) return 0;
  if (now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterMs) return 0;
  return state.failures;
}

export function throttleKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}
