import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { changeOwnPassword } from "./change-own-password";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const noWait = async () => {};
const storedHash = async (userId: string) => (await test.db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password!;
const openSession = (userId: string) =>
  test.db.session.create({ data: { userId, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 60_000) } });

describe("changing one's own password", () => {
  it("replaces the password and ends every other session, keeping the one it was made from", async () => {
    const user = await createTestUser(test.db);
    const current = await openSession(user.id);
    await openSession(user.id);
    const result = await changeOwnPassword(test.db, { client: "192.0.2.10", actor: user, currentPassword: user.password, newPassword: "a-new-long-password", keepSessionId: current.id });
    expect(result).toEqual({ endedSessions: 1 });
    expect(await verifyPassword({ hash: await storedHash(user.id), password: "a-new-long-password" })).toBe(true);
    expect(await verifyPassword({ hash: await storedHash(user.id), password: user.password })).toBe(false);
    expect((await test.db.session.findMany({ where: { userId: user.id } })).map((session) => session.id)).toEqual([current.id]);
    const events = await test.db.adminEvent.findMany({ where: { targetUserId: user.id, action: "password-changed" } });
    expect(events.map(({ actorId, action, details }) => ({ actorId, action, details: JSON.parse(details) }))).toEqual([
      { actorId: user.id, action: "password-changed", details: { endedSessions: 1 } },
    ]);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createTestUser(test.db);
    await openSession(user.id);
    const before = await storedHash(user.id);
    await expect(
      changeOwnPassword(test.db, { client: "192.0.2.10", actor: user, currentPassword: "not-the-password", newPassword: "a-new-long-password", sleep: noWait }),
    ).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "current-password-wrong" }] } });
    expect(await storedHash(user.id)).toBe(before);
    expect(await test.db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await test.db.adminEvent.count({ where: { targetUserId: user.id, action: "password-changed" } })).toBe(0);
  });

  it("refuses a new password of the wrong length before checking anything", async () => {
    const user = await createTestUser(test.db);
    await expect(changeOwnPassword(test.db, { client: "192.0.2.10", actor: user, currentPassword: user.password, newPassword: "short" })).rejects.toMatchObject({
      code: "invalid",
      details: { problems: [{ code: "password-length" }] },
    });
    expect(await test.db.signInThrottle.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });

  it("counts wrong current passwords as failed sign-ins: after five, even the right one is refused for a while", async () => {
    const user = await createTestUser(test.db);
    for (let i = 0; i < 5; i += 1) {
      await expect(changeOwnPassword(test.db, { client: "192.0.2.10", actor: user, currentPassword: `guess-${i}`, newPassword: "a-new-long-password", sleep: noWait })).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(changeOwnPassword(test.db, { client: "192.0.2.10", actor: user, currentPassword: user.password, newPassword: "a-new-long-password", sleep: noWait })).rejects.toMatchObject({
      code: "locked",
    });
    expect(await verifyPassword({ hash: await storedHash(user.id), password: user.password })).toBe(true);
  });

  it("needs someone signed in", async () => {
    await expect(changeOwnPassword(test.db, { client: "192.0.2.10", actor: null, currentPassword: "x", newPassword: "a-new-long-password" })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
