import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseFile, readRows } from "@/lib/testing/database-file";
import { DEMO_ACCOUNTS } from "./demo/accounts";

const run = promisify(execFile);
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

async function seed(env: Record<string, string>) {
  const database = createDatabaseFile();
  cleanups.push(database.cleanup);
  // DEMO is always set, so that a developer's .env cannot switch demo mode on behind the test.
  const { stdout } = await run("node_modules/.bin/tsx", ["prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, DEMO: "", ...env },
  });
  return { stdout, users: readRows<{ email: string }>(database.file, "select email from User"), reports: readRows(database.file, "select slug from Report") };
}

describe("the seed", () => {
  it("creates no account in production without DEMO=1, and says how to create the first admin", { timeout: 120_000 }, async () => {
    const { stdout, users, reports } = await seed({ NODE_ENV: "production" });
    expect(users).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(stdout).toContain("npm run user:create");
  });

  it("creates the demo newsroom in production only with DEMO=1", { timeout: 120_000 }, async () => {
    const { users } = await seed({ NODE_ENV: "production", DEMO: "1" });
    expect(users.map((user) => user.email).sort()).toEqual(Object.values(DEMO_ACCOUNTS).map((account) => account.email).sort());
  });
});
