import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { saveTranslation } from "@/lib/translations/save-translation";
import { createClient } from "./create-client";
import { writeTransaction } from "./write-transaction";

let test: TestDb;
// On PostgreSQL, other clients (each a pool of connections) to the same database, so that the
// saves race on the server. On SQLite one process has one client: better-sqlite3 is synchronous,
// so a second connection waiting for the write lock would block the event loop, and with it the
// transaction holding the lock (the client's own transactions queue instead).
let others: PrismaClient[] = [];
beforeAll(async () => {
  test = await createTestDb();
  if (test.provider === "postgresql") others = Array.from({ length: 4 }, () => createClient(test.url));
});
afterAll(async () => {
  await Promise.all(others.map((client) => client.$disconnect()));
  await test.cleanup();
});

// The shapes in which the two adapters report a retryable failure.
const RETRYABLE = {
  "SQLite busy (P1008)": Object.assign(new Error("Operation has timed out"), { code: "P1008" }),
  "SQLITE_BUSY_SNAPSHOT from the driver": Object.assign(new Error("database is locked"), { cause: { originalCode: "SQLITE_BUSY_SNAPSHOT" } }),
  "PostgreSQL serialization failure (P2034)": Object.assign(new Error("write conflict"), { code: "P2034" }),
  "PostgreSQL deadlock (40P01 as cause.originalCode)": Object.assign(new Error("deadlock detected"), { cause: { originalCode: "40P01", kind: "postgres" } }),
  "a racing insert (P2002)": Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
};

async function titleCount(reportSlug: string, language: string): Promise<number> {
  return test.db.reportTitle.count({ where: { report: { slug: reportSlug }, language } });
}

describe("writeTransaction", () => {
  for (const [name, failure] of Object.entries(RETRYABLE)) {
    it(`runs the whole transaction again after ${name}, and what the failed run wrote is gone`, async () => {
      const { slug } = await createTestReport(test.db);
      const report = await test.db.report.findUniqueOrThrow({ where: { slug } });
      let runs = 0;
      const result = await writeTransaction(test.db, async (tx) => {
        runs += 1;
        await tx.reportTitle.create({ data: { reportId: report.id, language: "fr", title: `run ${runs}` } });
        if (runs === 1) throw failure;
        return runs;
      });
      expect(result).toBe(2);
      expect(await titleCount(slug, "fr")).toBe(1);
      expect((await test.db.reportTitle.findFirstOrThrow({ where: { reportId: report.id, language: "fr" } })).title).toBe("run 2");
    });
  }

  it("does not retry an error that is not the database's refusal, and writes nothing", async () => {
    const { slug } = await createTestReport(test.db);
    const report = await test.db.report.findUniqueOrThrow({ where: { slug } });
    let runs = 0;
    const failing = writeTransaction(test.db, async (tx) => {
      runs += 1;
      await tx.reportTitle.create({ data: { reportId: report.id, language: "fr", title: "never" } });
      throw new Error("a bug");
    });
    await expect(failing).rejects.toThrow("a bug");
    expect(runs).toBe(1);
    expect(await titleCount(slug, "fr")).toBe(0);
  });

  it("does not retry a foreign-key violation (a real database error that a retry cannot fix)", async () => {
    let runs = 0;
    const failing = writeTransaction(test.db, async (tx) => {
      runs += 1;
      await tx.reportTitle.create({ data: { reportId: "no-such-report", language: "fr", title: "orphan" } });
    });
    await expect(failing).rejects.toMatchObject({ code: "P2003" });
    expect(runs).toBe(1);
  });

  it("does not retry a conflict: it is the answer", async () => {
    let runs = 0;
    const conflicting = writeTransaction(test.db, async () => {
      runs += 1;
      throw new DomainError("conflict", "Someone saved this paragraph after the version you started from");
    });
    await expect(conflicting).rejects.toMatchObject({ code: "conflict" });
    expect(runs).toBe(1);
  });

  it("gives up after its attempts and throws the database's error", async () => {
    let runs = 0;
    const busy = writeTransaction(
      test.db,
      async () => {
        runs += 1;
        throw RETRYABLE["SQLite busy (P1008)"];
      },
      { attempts: 3 },
    );
    await expect(busy).rejects.toMatchObject({ code: "P1008" });
    expect(runs).toBe(3);
  });
});

describe("concurrent saves through writeTransaction", () => {
  const clientFor = (index: number) => (others.length === 0 || index === 0 ? test.db : others[index % others.length]);

  it("of two saves at the same base version, exactly one wins and the other gets the conflict with the winner's text", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const dmitri = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru", baseVersion: 0 };
    const results = await Promise.allSettled([
      saveTranslation(clientFor(1), { ...ref, actor: irina, text: "Первый абзац, Ирина." }),
      saveTranslation(clientFor(2), { ...ref, actor: dmitri, text: "Первый абзац, Дмитрий." }),
    ]);
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const revision = await test.db.revision.findFirstOrThrow({ where: { translation: { paragraph: { report: { slug }, key: "p-one" }, language: "ru" } } });
    expect(refused[0]).toMatchObject({ code: "conflict", details: { currentVersion: 1, currentText: revision.text } });
  });

  it("of 50 saves of one paragraph at one version, 1 is accepted, 49 are refused with the current text, nothing else is written", async () => {
    const { slug } = await createTestReport(test.db);
    const translators = await Promise.all(Array.from({ length: 5 }, () => createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] })));
    const ref = { slug, paragraphKey: "p-one", language: "ru", baseVersion: 0 };
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        saveTranslation(clientFor(index), { ...ref, actor: translators[index % translators.length], text: `Первый абзац, вариант ${index}.` }),
      ),
    );
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(49);

    const where = { translation: { paragraph: { report: { slug } } } };
    const revisions = await test.db.revision.findMany({ where });
    expect(revisions).toHaveLength(1);
    expect(revisions[0].version).toBe(1);
    for (const error of refused) {
      expect(error).toMatchObject({ code: "conflict", details: { currentVersion: 1, currentText: revisions[0].text } });
    }
    expect(await test.db.workflowEvent.count({ where })).toBe(1);
    const translation = await test.db.translation.findFirstOrThrow({ where: { paragraph: { report: { slug }, key: "p-one" }, language: "ru" } });
    expect(translation).toMatchObject({ version: 1, state: "draft" });
  });

  it("two first saves racing to create a missing translation row: the loser's unique violation is retried and it gets the conflict", async () => {
    const { slug } = await createTestReport(test.db);
    const where = { paragraph: { report: { slug }, key: "p-one" }, language: "ru" };
    await test.db.translation.deleteMany({ where });
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru", actor: irina, baseVersion: 0 };
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => saveTranslation(clientFor(index), { ...ref, text: `Первый абзац ${index}.` })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "conflict", details: { currentVersion: 1 } });
    }
    expect(await test.db.translation.count({ where })).toBe(1);
  });
});
