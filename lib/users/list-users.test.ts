import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { listUsers } from "./list-users";
import { recordSignIn } from "./record-sign-in";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("the list of users", () => {
  it("finds users by any part of their name or e-mail, whatever the case, with their last sign-in and whether they are active", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const tag = crypto.randomUUID().slice(0, 6);
    const zoe = await createTestUser(test.db, { name: `Zoé Ândré ${tag}` });
    const started = new Date("2026-11-30T09:00:00Z");
    await recordSignIn(test.db, { userId: zoe.id, at: new Date("2026-11-29T09:00:00Z") });
    await recordSignIn(test.db, { userId: zoe.id, at: started });
    // a sign-in outlives the session it started
    await test.db.session.deleteMany({ where: { userId: zoe.id } });
    for (const search of [`zoé ândré ${tag}`.toUpperCase(), zoe.email.slice(0, 12).toUpperCase(), ` ${tag} `]) {
      const found = await listUsers(test.db, { actor: admin, search });
      expect(found.map((user) => user.id)).toContain(zoe.id);
      expect(found.every((user) => `${user.name} ${user.email}`.toLowerCase().includes(search.trim().toLowerCase()))).toBe(true);
    }
    expect((await listUsers(test.db, { actor: admin, search: tag })).find((user) => user.id === zoe.id)).toMatchObject({ lastSignInAt: started, isActive: true });
    expect((await listUsers(test.db, { actor: admin, search: admin.email })).map((user) => user.lastSignInAt)).toEqual([null]);
    expect(await listUsers(test.db, { actor: admin, search: `nobody-${tag}` })).toEqual([]);
  });
});
