import { describe, expect, it } from "vitest";
import {
  addressLimit,
  addressStateAfterSuccess,
  assessAttempt,
  stateAfterFailure,
  THROTTLE_POLICY,
  throttleKeys,
  type ThrottleRule,
  type ThrottleState,
  type ThrottleStates,
} from "./throttle-policy";

const start = new Date("2026-11-24T10:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const { pair, account, address } = THROTTLE_POLICY;

function afterFailures(count: number, rule: ThrottleRule, at = start): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < count; i += 1) state = stateAfterFailure(state, at, rule);
  return state;
}

// One address failing `count` times on one account: all three counters move together.
function oneAddress(count: number, at = start): ThrottleStates {
  return { pair: afterFailures(count, pair, at), account: afterFailures(count, account, at), address: afterFailures(count, address, at) };
}

const fresh: ThrottleStates = { pair: null, account: null, address: null };

describe("sign-in throttle policy", () => {
  it("lets the first three attempts through at once", () => {
    expect(assessAttempt(fresh, start)).toEqual({ isAllowed: true, delayMs: 0 });
    expect(assessAttempt(oneAddress(2), start)).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("slows down attempts after three failures on the account, more after four", () => {
    expect(assessAttempt(oneAddress(3), start)).toEqual({ isAllowed: true, delayMs: 1_000 });
    expect(assessAttempt(oneAddress(4), start)).toEqual({ isAllowed: true, delayMs: 2_000 });
  });

  it("locks the pair (this address, this account) for 15 minutes after five failures", () => {
    const states = oneAddress(5);
    expect(states.pair?.lockedUntil).toEqual(later(pair.lockMs));
    expect(assessAttempt(states, later(60_000))).toEqual({ isAllowed: false, scope: "pair", retryAfterMs: pair.lockMs - 60_000 });
  });

  it("does not lock the owner out: from another address, the same account is only slowed down", () => {
    const attacked = oneAddress(5);
    const owner: ThrottleStates = { pair: null, account: attacked.account, address: null };
    expect(assessAttempt(owner, later(60_000))).toEqual({ isAllowed: true, delayMs: 4_000 });
  });

  it("locks the account for everyone past the ceiling of failures from all addresses together", () => {
    const states: ThrottleStates = { pair: null, account: afterFailures(account.lockAfterFailures, account), address: null };
    expect(assessAttempt(states, later(1_000))).toEqual({ isAllowed: false, scope: "account", retryAfterMs: account.lockMs - 1_000 });
    const belowCeiling: ThrottleStates = { ...states, account: afterFailures(account.lockAfterFailures - 1, account) };
    expect(assessAttempt(belowCeiling, later(1_000))).toMatchObject({ isAllowed: true });
  });

  it("locks an address that fails too often whatever the accounts, and answers with the longest lock", () => {
    const sprayer: ThrottleStates = { pair: null, account: null, address: afterFailures(address.lockAfterFailures, address) };
    expect(assessAttempt(sprayer, start)).toEqual({ isAllowed: false, scope: "address", retryAfterMs: address.lockMs });
    const both: ThrottleStates = { ...sprayer, pair: afterFailures(pair.lockAfterFailures, pair, later(60_000)) };
    expect(assessAttempt(both, later(60_000))).toMatchObject({ isAllowed: false, retryAfterMs: Math.max(pair.lockMs, address.lockMs - 60_000) });
  });

  it("after a pair's lock, allows one slow attempt, and a failure locks the pair again at once", () => {
    const afterLock = later(pair.lockMs + 1);
    expect(assessAttempt(oneAddress(5), afterLock)).toMatchObject({ isAllowed: true, delayMs: 4_000 });
    const again = stateAfterFailure(oneAddress(5).pair, afterLock, pair);
    expect(assessAttempt({ ...fresh, pair: again }, afterLock)).toMatchObject({ isAllowed: false, scope: "pair" });
  });

  it("forgets a streak after a quiet hour (an address's after a quiet quarter of an hour)", () => {
    const quiet = later(pair.forgetAfterMs + 1);
    expect(assessAttempt(oneAddress(4), quiet)).toEqual({ isAllowed: true, delayMs: 0 });
    expect(stateAfterFailure(oneAddress(4).pair, quiet, pair).failures).toBe(1);
    expect(stateAfterFailure(afterFailures(10, address), later(address.forgetAfterMs + 1), address).failures).toBe(1);
  });

  it("gives an address back only the attempt that succeeded, lifting a lock that attempt set", () => {
    const limit = address.lockAfterFailures;
    expect(addressStateAfterSuccess(afterFailures(4, address)!, address).failures).toBe(3);
    expect(addressStateAfterSuccess(afterFailures(limit, address)!, address)).toMatchObject({ failures: limit - 1, lockedUntil: null });
    expect(addressStateAfterSuccess(afterFailures(limit + 1, address)!, address).lockedUntil).toEqual(later(address.lockMs));
  });

  it("keys the account by e-mail address whatever its case and spacing, the pair by both", () => {
    expect(throttleKeys("  Emma.Clarke@Newsroom.TEST ", "192.0.2.1")).toEqual({
      account: "email:emma.clarke@newsroom.test",
      pair: "email:emma.clarke@newsroom.test|ip:192.0.2.1",
      address: "ip:192.0.2.1",
    });
  });

  it("reads the per-address limit from its setting, refusing nonsense", () => {
    expect(addressLimit(undefined)).toBe(20);
    expect(addressLimit("40")).toBe(40);
    expect(addressLimit("0")).toBe(20);
    expect(addressLimit("many")).toBe(20);
  });
});
