import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForToken } from "@/lib/auth/access-tokens";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { listUsers } from "./list-users";
import { setUserActive } from "./set-user-active";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function sessionFor(userId: string) {
  return test.db.session.create({ data: { userId, token: `t-${crypto.randomUUID()}`, expiresAt: new Date(Date.now() + 3_600_000) } });
}

describe("deactivating and reactivating a user", () => {
  it("shuts the account out at once, keeps its history, records it, and lets it back in when reactivated", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const { token } = await createAccessToken(test.db, { actor: irina, name: "OmegaT" });
    await sessionFor(irina.id);

    const result = await setUserActive(test.db, { actor: admin, userId: irina.id, isActive: false });
    expect(result).toEqual({ id: irina.id, isActive: false, endedSessions: 1, revokedTokens: 1 });
    expect(await test.db.session.count({ where: { userId: irina.id } })).toBe(0);
    expect(await actorForToken(test.db, token)).toBeNull();
    // the account and its rows are kept
    expect(await test.db.user.findUnique({ where: { id: irina.id } })).toMatchObject({ email: irina.email, deactivatedAt: expect.any(Date) });
    expect((await listUsers(test.db, { actor: admin })).find((user) => user.id === irina.id)).toMatchObject({ isActive: false });

    expect(await setUserActive(test.db, { actor: admin, userId: irina.id, isActive: true })).toMatchObject({ isActive: true });
    expect(await test.db.user.findUniqueOrThrow({ where: { id: irina.id } })).toMatchObject({ deactivatedAt: null });
    // revoked tokens stay revoked
    expect(await actorForToken(test.db, token)).toBeNull();
    const events = await test.db.adminEvent.findMany({ where: { targetUserId: irina.id, action: { in: ["user-deactivated", "user-reactivated"] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.actorId, JSON.parse(event.details)])).toEqual([
      ["user-deactivated", admin.id, { endedSessions: 1, revokedTokens: 1 }],
      ["user-reactivated", admin.id, {}],
    ]);
  });

  it("records nothing when nothing changes", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const user = await createTestUser(test.db);
    expect(await setUserActive(test.db, { actor: admin, userId: user.id, isActive: true })).toMatchObject({ isActive: true, endedSessions: 0 });
    expect(await test.db.adminEvent.count({ where: { targetUserId: user.id, action: { in: ["user-deactivated", "user-reactivated"] } } })).toBe(0);
  });

  it("is for admins only, never on their own account, and names an unknown user", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const user = await createTestUser(test.db);
    await expect(setUserActive(test.db, { actor: null, userId: user.id, isActive: false })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(setUserActive(test.db, { actor: reviewer, userId: user.id, isActive: false })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setUserActive(test.db, { actor: admin, userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-account" } });
    await expect(setUserActive(test.db, { actor: admin, userId: "nobody", isActive: false })).rejects.toMatchObject({ code: "not-found", details: { what: "user" } });
    expect(await test.db.user.count({ where: { id: { in: [user.id, admin.id] }, deactivatedAt: { not: null } } })).toBe(0);
  });
});
