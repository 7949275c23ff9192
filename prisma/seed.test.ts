import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseFile, readRows } from "@/lib/testing/database-file";
import { DEMO_ACCOUNTS } from "./demo/accounts";
import { REPORT_GLOSSARY } from "./glossary";

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
  return {
    stdout,
    users: readRows<{ email: string }>(database.file, "select email from User"),
    reports: readRows(database.file, "select slug from Report"),
    memory: readRows<{ targetLanguage: string; paragraphKey: string; sourceText: string; supersededAt: string | null }>(
      database.file,
      "select targetLanguage, paragraphKey, sourceText, supersededAt from MemoryEntry where origin = 'approval'",
    ),
    accountsCreatedBy: readRows<{ email: string; actor: string | null }>(
      database.file,
      `select target.email as email, actor.email as actor from AdminEvent join User target on target.id = AdminEvent.targetUserId
       left join User actor on actor.id = AdminEvent.actorId where AdminEvent.action = 'user-created'`,
    ),
  };
}

describe("the seed", () => {
  it("creates no account in production without DEMO=1, and says how to create the first admin", { timeout: 120_000 }, async () => {
    const { stdout, users, reports } = await seed({ NODE_ENV: "production" });
    expect(users).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(stdout).toContain("npm run user:create");
    // The report's glossary is seeded without the demo (prisma/glossary.ts).
    expect(stdout).toContain(`seed: glossary, ${REPORT_GLOSSARY.length} entries added`);
  });

  it("creates the demo newsroom in production only with DEMO=1", { timeout: 120_000 }, async () => {
    const { users, accountsCreatedBy, memory } = await seed({ NODE_ENV: "production", DEMO: "1" });
    // The demo's approvals went into the translation memory through the workflow (lib/memory),
    // the outdated paragraph's under the wording they were approved for.
    for (const language of ["en", "ru"]) expect(memory.filter((entry) => entry.targetLanguage === language).length).toBeGreaterThan(10);
    const losses = memory.filter((entry) => entry.paragraphKey === "p-almaty-tv-losses" && entry.supersededAt === null);
    expect(losses).toHaveLength(2);
    for (const entry of losses) expect(entry.sourceText).toContain("deux techniciens ont été blessés");
    expect(users.map((user) => user.email).sort()).toEqual(Object.values(DEMO_ACCOUNTS).map((account) => account.email).sort());
    // the admin from the command line, as in production; everyone else by her, in the audit trail
    const admin = DEMO_ACCOUNTS.admin.email;
    expect(accountsCreatedBy).toHaveLength(users.length);
    expect(accountsCreatedBy.map((row) => row.actor ?? "command line")).toEqual(accountsCreatedBy.map((row) => (row.email === admin ? "command line" : admin)));
  });
});
