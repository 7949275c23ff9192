import { describe, expect, it } from "vitest";
import { assessAttempt, stateAfterFailure, THROTTLE_POLICY, throttleKey, type ThrottleState } from "./throttle-policy";

const start = new Date("2026-11-24T10:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);

function afterFailures(count: number, at = start): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i += 1) state = stateAfterFailure(state, at);
  return state;
}

describe("sign-in throttle policy", () => {
  it("lets the first three attempts through at once", () => {
    expect(assessAttempt(null, start)).toEqual({ isAllowed: true, delayMs: 0 });
    expect(assessAttempt(afterFailures(2), start)).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("slows down attempts after three failures, more after four", () => {
    expect(assessAttempt(afterFailures(3), start)).toEqual({ isAllowed: true, delayMs: 1_000 });
    expect(assessAttempt(afterFailures(4), start)).toEqual({ isAllowed: true, delayMs: 2_000 });
  });

  it("locks the account for 15 minutes after five failures", () => {
    const locked = afterFailures(5);
    expect(locked?.lockedUntil).toEqual(later(THROTTLE_POLICY.lockMs));
    expect(assessAttempt(locked, later(60_000))).toEqual({ isAllowed: false, retryAfterMs: THROTTLE_POLICY.lockMs - 60_000 });
  });

  it("after the lock, allows one slow attempt, and a failure locks again at once", () => {
    const afterLock = later(THROTTLE_POLICY.lockMs + 1);
    const verdict = assessAttempt(afterFailures(5), afterLock);
    expect(verdict).toEqual({ isAllowed: true, delayMs: 4_000 });
    const again = stateAfterFailure(afterFailures(5), afterLock);
    expect(assessAttempt(again, afterLock)).toMatchObject({ isAllowed: false });
  });

  it("forgets a streak after an hour without failures", () => {
    const quiet = later(THROTTLE_POLICY.forgetAfterMs + 1);
    expect(assessAttempt(afterFailures(4), quiet)).toEqual({ isAllowed: true, delayMs: 0 });
    expect(stateAfterFailure(afterFailures(4), quiet).failures).toBe(1);
  });

  it("keys by e-mail address whatever its case and spacing", () => {
    expect(throttleKey("  Emma.Clarke@Newsroom.TEST ")).toBe(throttleKey("emma.clarke@newsroom.test"));
  });
});
