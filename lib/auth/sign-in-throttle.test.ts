import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { beginSignInAttempt, clearSignInThrottle, recordSignInSuccess } from "./sign-in-throttle";
import { THROTTLE_POLICY } from "./throttle-policy";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const now = new Date("2026-11-24T10:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const email = () => `someone-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;
let lastClient = 0;
// A fresh client address per use (TEST-NET-3), so that the per-address counter is each test's own.
const client = () => `203.0.113.${(lastClient += 1)}`;

describe("sign-in throttle (database)", () => {
  it("counts every attempt until one succeeds, slows the fourth and fifth, then refuses that address", async () => {
    const attempt = { email: email(), client: client() };
    const verdicts = [];
    for (let i = 0; i < 6; i += 1) verdicts.push(await beginSignInAttempt(test.db, attempt, now));
    expect(verdicts.map((verdict) => (verdict.isAllowed ? verdict.delayMs : verdict.scope))).toEqual([0, 0, 0, 1_000, 2_000, "pair"]);
    const row = await test.db.signInThrottle.findFirstOrThrow({ where: { key: `email:${attempt.email}|ip:${attempt.client}` } });
    expect(row).toMatchObject({ failures: 5, lockedUntil: at(THROTTLE_POLICY.pair.lockMs) });
  });

  it("refuses even the right password from the attacking address while locked, and lets it through once the lock ends", async () => {
    const attempt = { email: email(), client: client() };
    for (let i = 0; i < 5; i += 1) await beginSignInAttempt(test.db, attempt, now);
    expect(await beginSignInAttempt(test.db, attempt, at(60_000))).toMatchObject({ isAllowed: false });
    expect(await beginSignInAttempt(test.db, attempt, at(THROTTLE_POLICY.pair.lockMs + 1))).toMatchObject({ isAllowed: true });
  });

  it("lets the owner in from another address while the attacker's address is locked out of the account", async () => {
    const target = email();
    const attacker = { email: target, client: client() };
    for (let i = 0; i < 6; i += 1) await beginSignInAttempt(test.db, attacker, now);
    expect(await beginSignInAttempt(test.db, attacker, at(1_000))).toMatchObject({ isAllowed: false, scope: "pair" });
    const owner = { email: target, client: client() };
    expect(await beginSignInAttempt(test.db, owner, at(1_000))).toEqual({ isAllowed: true, delayMs: 4_000 });
    await recordSignInSuccess(test.db, owner);
    // the owner's success does not unlock the attacker
    expect(await beginSignInAttempt(test.db, attacker, at(2_000))).toMatchObject({ isAllowed: false, scope: "pair" });
  });

  it("locks the account for everyone once failures from many addresses reach the ceiling", async () => {
    const target = email();
    for (let i = 0; i < THROTTLE_POLICY.account.lockAfterFailures; i += 1) await beginSignInAttempt(test.db, { email: target, client: client() }, now);
    expect(await beginSignInAttempt(test.db, { email: target, client: client() }, at(1_000))).toMatchObject({ isAllowed: false, scope: "account" });
    await clearSignInThrottle(test.db, target.toUpperCase());
    expect(await beginSignInAttempt(test.db, { email: target, client: client() }, at(2_000))).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("limits one address trying many accounts, and a success there gives back only its own attempt", async () => {
    const sprayer = client();
    const limit = THROTTLE_POLICY.address.lockAfterFailures;
    for (let i = 0; i < limit - 1; i += 1) await beginSignInAttempt(test.db, { email: email(), client: sprayer }, now);
    const own = { email: email(), client: sprayer };
    expect(await beginSignInAttempt(test.db, own, now)).toMatchObject({ isAllowed: true });
    await recordSignInSuccess(test.db, own);
    expect(await beginSignInAttempt(test.db, { email: email(), client: sprayer }, now)).toMatchObject({ isAllowed: true });
    expect(await beginSignInAttempt(test.db, { email: email(), client: sprayer }, now)).toMatchObject({ isAllowed: false, scope: "address" });
    expect(await beginSignInAttempt(test.db, { email: email(), client: client() }, now)).toMatchObject({ isAllowed: true });
  });

  it("forgets the account's and the pair's failures after a success", async () => {
    const attempt = { email: email(), client: client() };
    for (let i = 0; i < 4; i += 1) await beginSignInAttempt(test.db, attempt, now);
    await recordSignInSuccess(test.db, { ...attempt, email: attempt.email.toUpperCase() });
    expect(await beginSignInAttempt(test.db, attempt, now)).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("lets no more than five of many simultaneous guesses from one address through", async () => {
    const attempt = { email: email(), client: client() };
    const verdicts = await Promise.all(Array.from({ length: 12 }, () => beginSignInAttempt(test.db, attempt, now)));
    expect(verdicts.filter((verdict) => verdict.isAllowed)).toHaveLength(5);
  });
});
