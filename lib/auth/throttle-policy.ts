// Guessing passwords, three counters (each a row of SignInThrottle, lib/auth/sign-in-throttle.ts):
// - one address guessing one account (the pair): slowed after 3 failures, locked after 5 for
//   15 minutes. Only that address is locked, so an attacker cannot lock the owner out;
// - one account from every address together: a ceiling (50 failures with no quiet hour between
//   them) past which the account is locked for everyone, so that many addresses cannot guess
//   forever. The owner can be locked out then, but only by an attacker who controls many
//   addresses, and an admin's password reset lifts it. The slowdown also counts here;
// - one address whatever the account: at most SIGN_IN_MAX_FAILURES_PER_ADDRESS failures (20 by
//   default) in 15 minutes, so that one address cannot try a password on many accounts.
// An attempt counts as failed from the moment it starts, so parallel guesses cannot slip past.
const MINUTE = 60_000;

export type ThrottleRule = { lockAfterFailures: number; lockMs: number; forgetAfterMs: number };
export type ThrottleScope = "pair" | "account" | "address";
export type ThrottlePolicy = { freeFailures: number; firstDelayMs: number; maxDelaySteps: number } & Record<ThrottleScope, ThrottleRule>;

export const THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelaySteps: 2,
  pair: { lockAfterFailures: 5, lockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE },
  account: { lockAfterFailures: 50, lockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE },
  address: { lockAfterFailures: addressLimit(process.env.SIGN_IN_MAX_FAILURES_PER_ADDRESS), lockMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
};

export function addressLimit(setting: string | undefined, fallback = 20): number {
  const value = Number(setting);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export type ThrottleState = { failures: number; lastFailureAt: Date | null; lockedUntil: Date | null };
export type ThrottleStates = Record<ThrottleScope, ThrottleState | null>;

export type AttemptVerdict = { isAllowed: true; delayMs: number } | { isAllowed: false; retryAfterMs: number; scope: ThrottleScope };

const SCOPES: ThrottleScope[] = ["address", "account", "pair"];

export function assessAttempt(states: ThrottleStates, now: Date, policy = THROTTLE_POLICY): AttemptVerdict {
  const locks = SCOPES.flatMap((scope) => {
    const until = states[scope]?.lockedUntil;
    return until && until > now ? [{ scope, retryAfterMs: until.getTime() - now.getTime() }] : [];
  });
  if (locks.length > 0) return { isAllowed: false, ...locks.reduce((longest, lock) => (lock.retryAfterMs > longest.retryAfterMs ? lock : longest)) };
  const failures = currentFailures(states.account, now, policy.account);
  if (failures < policy.freeFailures) return { isAllowed: true, delayMs: 0 };
  // 3 failures: 1 s, 4: 2 s, from 5 on: 4 s before the password is checked.
  const steps = Math.min(failures - policy.freeFailures, policy.maxDelaySteps);
  return { isAllowed: true, delayMs: policy.firstDelayMs * 2 ** steps };
}

export function stateAfterFailure(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const failures = currentFailures(state, now, rule) + 1;
  const lockedUntil = failures >= rule.lockAfterFailures ? new Date(now.getTime() + rule.lockMs) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}

// A success forgets the account's and the pair's streaks (their rows are deleted), but an
// address only gets back the one attempt that succeeded: signing in to an account of one's own
// must not buy more guesses at other accounts.
export function addressStateAfterSuccess(state: ThrottleState, rule: ThrottleRule): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= rule.lockAfterFailures ? state.lockedUntil : null };
}

function currentFailures(state: ThrottleState | null, now: Date, rule: ThrottleRule): number {
  if (!state?.lastFailureAt) return 0;
  if (now.getTime() - state.lastFailureAt.getTime() > rule.forgetAfterMs) return 0;
  return state.failures;
}

export type ThrottleKeys = Record<ThrottleScope, string>;

// Keyed by e-mail address (known or not, so that the answers do not tell which addresses have
// accounts) and by client address (lib/http/client-ip.ts).
export function throttleKeys(email: string, client: string): ThrottleKeys {
  const account = accountKey(email);
  return { account, pair: `${account}|ip:${client}`, address: `ip:${client}` };
}

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}
