import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { beginSignInAttempt, recordSignInSuccess } from "./sign-in-throttle";
import { THROTTLE_POLICY } from "./throttle-policy";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const now = new Date("2026-11-24T10:00:00Z");
const address = () => `someone-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;

describe("sign-in throttle (database)", () => {
  it("counts every attempt until one succeeds, slows the fourth and fifth, then refuses", async () => {
    const email = address();
    const verdicts = [];
    for (let i = 0; i < 6; i += 1) verdicts.push(await beginSignInAttempt(test.db, email, now));
    expect(verdicts.map((verdict) => (verdict.isAllowed ? verdict.delayMs : "locked"))).toEqual([0, 0, 0, 1_000, 2_000, "locked"]);
    const row = await test.db.signInThrottle.findFirstOrThrow({ where: { key: `email:${email}` } });
    expect(row).toMatchObject({ failures: 5, lockedUntil: new Date(now.getTime() + THROTTLE_POLICY.lockMs) });
  });

  it("refuses even the right password while locked, and lets it through once the lock ends", async () => {
    const email = address();
    for (let i = 0; i < 5; i += 1) await beginSignInAttempt(test.db, email, now);
    expect(await beginSignInAttempt(test.db, email, new Date(now.getTime() + 60_000))).toMatchObject({ isAllowed: false });
    expect(await beginSignInAttempt(test.db, email, new Date(now.getTime() + THROTTLE_POLICY.lockMs + 1))).toMatchObject({ isAllowed: true });
  });

  it("forgets the failures after a success", async () => {
    const email = address();
    for (let i = 0; i < 4; i += 1) await beginSignInAttempt(test.db, email, now);
    await recordSignInSuccess(test.db, email.toUpperCase());
    expect(await beginSignInAttempt(test.db, email, now)).toEqual({ isAllowed: true, delayMs: 0 });
  });

  it("lets no more than five of many simultaneous guesses through", async () => {
    const email = address();
    const verdicts = await Promise.all(Array.from({ length: 12 }, () => beginSignInAttempt(test.db, email, now)));
    expect(verdicts.filter((verdict) => verdict.isAllowed)).toHaveLength(5);
  });
});
