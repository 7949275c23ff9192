import { afterAll, describe, expect, it, vi } from "vitest";
import { createTestUser } from "@/lib/testing/fixtures";
import { createRefusingClient } from "@/lib/testing/refusing-client";
import { createTestDb } from "@/lib/testing/test-db";

// The app's Better Auth instance (lib/auth/auth.ts) on a fresh database, through a client whose
// driver refuses a chosen statement once, with the error the database gives when another
// transaction is in the way (SQLite busy, PostgreSQL's serialization failure). Better Auth's
// writes succeed only if they run in writeTransaction, which rolls the refused transaction back
// and runs it again; straight through the client, the refusal fails the request.
const test = await createTestDb();
const refusing = createRefusingClient(test.url);
vi.doMock("@/lib/db/client", () => ({ db: refusing.db }));
const { auth } = await import("./auth");
afterAll(async () => {
  await refusing.db.$disconnect();
  await test.cleanup();
});

async function credentials() {
  const user = await createTestUser(test.db);
  const { email } = await test.db.user.findUniqueOrThrow({ where: { id: user.id } });
  return { userId: user.id, body: { email, password: user.password } };
}

// A signed-in user, and the request headers that carry the session cookie.
async function signedIn() {
  const { userId, body } = await credentials();
  const { headers } = await auth.api.signInEmail({ body, headers: new Headers(), returnHeaders: true });
  const cookie = headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return { userId, headers: new Headers({ cookie }) };
}

describe("Better Auth's writes go through writeTransaction", () => {
  it("signs in although the session's insert is refused once: the insert is run again", async () => {
    const { userId, body } = await credentials();
    refusing.refuseOnce("INSERT", "Session");
    const result = await auth.api.signInEmail({ body, headers: new Headers() });
    expect(refusing.pending()).toEqual([]);
    expect(result.user.id).toBe(userId);
    expect(await test.db.session.count({ where: { userId } })).toBe(1);
  });

  it("refreshes a session due for it (updateAge) although the update is refused once", async () => {
    const { userId, headers } = await signedIn();
    // A session signed in six days ago: due for its daily refresh, a week from now again after it.
    const dueAt = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await test.db.session.updateMany({ where: { userId }, data: { expiresAt: dueAt } });
    refusing.refuseOnce("UPDATE", "Session");
    const session = await auth.api.getSession({ headers });
    expect(refusing.pending()).toEqual([]);
    expect(session?.user.id).toBe(userId);
    const row = await test.db.session.findFirstOrThrow({ where: { userId } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 60 * 60 * 1000);
  });

  it("signs out although the session's deletion is refused once", async () => {
    const { userId, headers } = await signedIn();
    refusing.refuseOnce("DELETE", "Session");
    await auth.api.signOut({ headers });
    expect(refusing.pending()).toEqual([]);
    expect(await test.db.session.count({ where: { userId } })).toBe(0);
  });

  it("runs the adapter's own transaction (consuming a verification row) as one writeTransaction, retried from its first read", async () => {
    const identifier = `reset-password:${crypto.randomUUID()}`;
    await test.db.verification.create({ data: { identifier, value: "user-1", expiresAt: new Date(Date.now() + 60_000) } });
    const { adapter } = await auth.$context;
    // The read that starts consumeOne's transaction: only a retry of the whole transaction gets past it.
    refusing.refuseOnce("SELECT", "Verification");
    const consumed = await adapter.consumeOne({ model: "verification", where: [{ field: "identifier", value: identifier }] });
    expect(refusing.pending()).toEqual([]);
    expect(consumed).toMatchObject({ identifier, value: "user-1" });
    expect(await test.db.verification.count({ where: { identifier } })).toBe(0);
  });
});
