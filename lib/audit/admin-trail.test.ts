import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, MAX_ACTIVE_TOKENS } from "@/lib/auth/create-access-token";
import { revokeAccessToken } from "@/lib/auth/revoke-access-token";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { addUser } from "@/lib/users/add-user";
import { createUser } from "@/lib/users/create-user";
import { removeUserRole } from "@/lib/users/remove-user-role";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserRoles } from "@/lib/users/set-user-roles";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const eventsAbout = async (targetUserId: string) =>
  (await test.db.adminEvent.findMany({ where: { targetUserId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((event) => ({
    actorId: event.actorId,
    action: event.action,
    details: JSON.parse(event.details) as unknown,
  }));
const email = () => `new-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;

describe("user administration leaves a trail", () => {
  it("records who created an account, with its roles; the command line as no one", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const address = email();
    const { id } = await addUser(test.db, { actor: admin, user: { name: "Léa Martin", email: address, password: "initial-password", roles: [{ role: "reviewer", language: "ru" }] } });
    expect(await eventsAbout(id)).toEqual([{ actorId: admin.id, action: "user-created", details: { email: address, isAdmin: false, roles: [{ role: "reviewer", language: "ru" }] } }]);
    const first = await createUser(test.db, { name: "Chief Editor", email: email(), password: "initial-password", isAdmin: true }, { actorId: null });
    expect(await eventsAbout(first.id)).toMatchObject([{ actorId: null, action: "user-created", details: { isAdmin: true, roles: [] } }]);
  });

  it("records nothing for a refused account", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const before = await test.db.adminEvent.count();
    await expect(addUser(test.db, { actor: reviewer, user: { name: "X", email: email(), password: "initial-password" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addUser(test.db, { actor: admin, user: { name: "X", email: admin.email, password: "initial-password" } })).rejects.toMatchObject({ code: "conflict" });
    expect(await test.db.adminEvent.count()).toBe(before);
  });

  it("records the roles given and taken and the admin flag, and nothing when the same set is saved again", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const olivia = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const roles = [{ role: "reviewer", language: "en" }, { role: "translator", language: "ru" }] as const;
    await setUserRoles(test.db, { actor: admin, userId: olivia.id, isAdmin: true, roles: [...roles] });
    await setUserRoles(test.db, { actor: admin, userId: olivia.id, isAdmin: true, roles: [...roles] });
    await removeUserRole(test.db, { actor: admin, userId: olivia.id, role: "translator", language: "ru" });
    await removeUserRole(test.db, { actor: admin, userId: olivia.id, role: "translator", language: "ru" });
    expect((await eventsAbout(olivia.id)).slice(1)).toEqual([
      {
        actorId: admin.id,
        action: "roles-changed",
        details: { granted: [{ role: "reviewer", language: "en" }, { role: "translator", language: "ru" }], removed: [{ role: "translator", language: "en" }], isAdmin: true },
      },
      { actorId: admin.id, action: "roles-changed", details: { granted: [], removed: [{ role: "translator", language: "ru" }] } },
    ]);
  });

  it("records nothing for a refused role change", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const before = await test.db.adminEvent.count();
    await expect(setUserRoles(test.db, { actor: admin, userId: admin.id, isAdmin: false, roles: [] })).rejects.toMatchObject({ details: { reason: "own-admin" } });
    await expect(setUserRoles(test.db, { actor: translator, userId: translator.id, isAdmin: true, roles: [] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeUserRole(test.db, { actor: translator, userId: translator.id, role: "translator", language: "en" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await test.db.adminEvent.count()).toBe(before);
  });

  it("records a password reset with what it ended, and nothing for a refused one", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const user = await createTestUser(test.db);
    await test.db.session.create({ data: { userId: user.id, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 60_000) } });
    await resetUserPassword(test.db, { actor: admin, userId: user.id, password: "a-brand-new-password" });
    expect((await eventsAbout(user.id)).at(-1)).toEqual({ actorId: admin.id, action: "password-reset", details: { endedSessions: 1, revokedTokens: 0 } });
    const before = await test.db.adminEvent.count();
    await expect(resetUserPassword(test.db, { actor: admin, userId: admin.id, password: "a-brand-new-password" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(resetUserPassword(test.db, { actor: admin, userId: user.id, password: "short" })).rejects.toMatchObject({ code: "invalid" });
    await expect(resetUserPassword(test.db, { actor: user, userId: admin.id, password: "a-brand-new-password" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await test.db.adminEvent.count()).toBe(before);
  });

  it("records creating and revoking an access token, once, and nothing for a refused one", async () => {
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const other = await createTestUser(test.db);
    const created = await createAccessToken(test.db, { actor: irina, name: "OmegaT" });
    await expect(revokeAccessToken(test.db, { actor: other, tokenId: created.id })).rejects.toMatchObject({ code: "forbidden" });
    await revokeAccessToken(test.db, { actor: irina, tokenId: created.id });
    await revokeAccessToken(test.db, { actor: irina, tokenId: created.id });
    const details = { tokenId: created.id, name: "OmegaT", prefix: created.prefix };
    expect((await eventsAbout(irina.id)).slice(1)).toEqual([
      { actorId: irina.id, action: "token-created", details },
      { actorId: irina.id, action: "token-revoked", details },
    ]);
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i += 1) await createAccessToken(test.db, { actor: other, name: `t${i}` });
    const before = await test.db.adminEvent.count();
    await expect(createAccessToken(test.db, { actor: other, name: "one too many" })).rejects.toMatchObject({ code: "invalid" });
    await expect(createAccessToken(test.db, { actor: other, name: "" })).rejects.toMatchObject({ code: "invalid" });
    expect(await test.db.adminEvent.count()).toBe(before);
    expect(await test.db.accessToken.count({ where: { userId: other.id } })).toBe(MAX_ACTIVE_TOKENS);
  });
});
