import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { verifyPassword } from "better-auth/crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseFile, readRows } from "@/lib/testing/database-file";

const run = promisify(execFile);
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function userCreate(args: string[], password: string) {
  const database = createDatabaseFile();
  cleanups.push(database.cleanup);
  const result = run("node_modules/.bin/tsx", ["scripts/user-create.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database.url, NEWSROOM_PASSWORD: password },
  });
  return { database, result };
}

describe("npm run user:create", () => {
  it("creates the first admin, who signs in with the given password", { timeout: 60_000 }, async () => {
    const { database, result } = userCreate(["--email", "Chief@Example.org", "--name", "Rédaction en chef", "--admin", "--role", "reviewer:ru"], "first-admin-password");
    expect((await result).stdout).toContain("chief@example.org created (admin, reviewer:ru)");
    const [user] = readRows<{ id: string; isAdmin: number; name: string }>(database.file, "select id, isAdmin, name from User");
    expect(user).toMatchObject({ isAdmin: 1, name: "Rédaction en chef" });
    const [account] = readRows<{ password: string }>(database.file, `select password from Account where userId = '${user.id}'`);
    expect(await verifyPassword({ hash: account.password, password: "first-admin-password" })).toBe(true);
    // the activity page shows it as done from the command line: no actor
    const events = readRows<{ actorId: string | null; action: string; targetUserId: string; details: string }>(database.file, "select actorId, action, targetUserId, details from AdminEvent");
    expect(events).toEqual([{ actorId: null, action: "user-created", targetUserId: user.id, details: expect.any(String) }]);
    expect(JSON.parse(events[0].details)).toEqual({ email: "chief@example.org", isAdmin: true, roles: [{ role: "reviewer", language: "ru" }] });
  });

  it("refuses a short password and creates nothing", { timeout: 60_000 }, async () => {
    const { database, result } = userCreate(["--email", "chief@example.org", "--name", "Chief", "--admin"], "short");
    await expect(result).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("password-length") });
    expect(readRows(database.file, "select id from User")).toEqual([]);
    expect(readRows(database.file, "select id from AdminEvent")).toEqual([]);
  });
});
