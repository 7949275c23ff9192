import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { loadActor } from "./actor";
import { addUser } from "./add-user";
import { listUsers } from "./list-users";
import { removeUserRole } from "./remove-user-role";
import { resetUserPassword } from "./reset-user-password";
import { setUserRoles } from "./set-user-roles";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const email = () => `new-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;

describe("user administration", () => {
  it("creates an account with roles that can sign in with its initial password", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const address = email();
    const { id } = await addUser(test.db, {
      actor: admin,
      user: { name: "Léa Martin", email: address.toUpperCase(), password: "initial-password", roles: [{ role: "reviewer", language: "ru" }] },
    });
    expect(await loadActor(test.db, id)).toMatchObject({ email: address, isAdmin: false, roles: [{ role: "reviewer", language: "ru" }] });
    const account = await test.db.account.findFirstOrThrow({ where: { userId: id, providerId: "credential" } });
    expect(account.password).not.toContain("initial-password");
    expect(await verifyPassword({ hash: account.password!, password: "initial-password" })).toBe(true);
    expect((await listUsers(test.db, { actor: admin })).some((user) => user.id === id)).toBe(true);
  });

  it("names every problem with a new account and creates nothing", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const before = await test.db.user.count();
    await expect(addUser(test.db, { actor: admin, user: { name: " ", email: "not-an-address", password: "short" } })).rejects.toMatchObject({
      code: "invalid",
      details: { problems: [{ code: "name-required" }, { code: "email-invalid" }, { code: "password-length", min: 10, max: 200 }] },
    });
    const taken = await createTestUser(test.db);
    await expect(addUser(test.db, { actor: admin, user: { name: "Twin", email: taken.email, password: "long-enough-1" } })).rejects.toMatchObject({
      code: "conflict",
      details: { what: "email" },
    });
    expect(await test.db.user.count()).toBe(before + 1);
  });

  it("replaces a user's roles and admin flag, and removes a single role", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const user = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await setUserRoles(test.db, {
      actor: admin,
      userId: user.id,
      isAdmin: true,
      roles: [
        { role: "translator", language: "ru" },
        { role: "reviewer", language: "en" },
        { role: "reviewer", language: "en" },
      ],
    });
    expect(await loadActor(test.db, user.id)).toMatchObject({ isAdmin: true, roles: expect.arrayContaining([{ role: "translator", language: "ru" }, { role: "reviewer", language: "en" }]) });
    expect((await loadActor(test.db, user.id))?.roles).toHaveLength(2);
    expect(await removeUserRole(test.db, { actor: admin, userId: user.id, role: "translator", language: "ru" })).toMatchObject({ isRemoved: true });
    expect((await loadActor(test.db, user.id))?.roles).toEqual([{ role: "reviewer", language: "en" }]);
  });

  it("refuses an admin removing their own admin flag, but lets them change their language roles", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    await expect(setUserRoles(test.db, { actor: admin, userId: admin.id, isAdmin: false, roles: [] })).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "own-admin" },
    });
    expect((await loadActor(test.db, admin.id))?.isAdmin).toBe(true);
    await setUserRoles(test.db, { actor: admin, userId: admin.id, isAdmin: true, roles: [{ role: "reviewer", language: "ru" }] });
    expect(await loadActor(test.db, admin.id)).toMatchObject({ isAdmin: true, roles: [{ role: "reviewer", language: "ru" }] });
  });

  it("resets a password: the new one works, the user's sessions end and a lock-out is lifted", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const user = await createTestUser(test.db);
    await test.db.session.create({ data: { userId: user.id, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 60_000) } });
    const attempt = { email: user.email, client: "192.0.2.1" };
    for (let i = 0; i < 5; i += 1) await beginSignInAttempt(test.db, attempt);
    expect(await resetUserPassword(test.db, { actor: admin, userId: user.id, password: "a-brand-new-password" })).toMatchObject({ endedSessions: 1 });
    const account = await test.db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "a-brand-new-password" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: user.password })).toBe(false);
    expect(await beginSignInAttempt(test.db, attempt)).toEqual({ isAllowed: true, delayMs: 0 });
    await expect(resetUserPassword(test.db, { actor: admin, userId: user.id, password: "short" })).rejects.toMatchObject({ code: "invalid" });
  });

  it("answers 404 for an unknown user", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    await expect(setUserRoles(test.db, { actor: admin, userId: "nobody", isAdmin: false, roles: [] })).rejects.toMatchObject({ code: "not-found" });
    await expect(removeUserRole(test.db, { actor: admin, userId: "nobody", role: "translator", language: "en" })).rejects.toMatchObject({ code: "not-found" });
  });
});
