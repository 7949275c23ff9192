import { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "./save-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const QUOTED = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`;

describe("saveTranslation", () => {
  it("makes a new revision per save and refuses a save based on an older version, keeping both texts", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const dmitri = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-quote", language: "ru" };

    const first = await saveTranslation(test.db, { ...ref, actor: irina, text: QUOTED, baseVersion: 0 });
    expect(first).toMatchObject({ version: 1, state: "draft" });
    await saveTranslation(test.db, { ...ref, actor: dmitri, text: QUOTED.replace("война", "настоящая война"), baseVersion: 1 });

    const stale = saveTranslation(test.db, { ...ref, actor: irina, text: QUOTED + " ", baseVersion: 1 });
    await expect(stale).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 2 } });
    const revisions = await test.db.revision.findMany({ where: { translation: { paragraph: { key: "p-quote", report: { slug } } } } });
    expect(revisions.map((revision) => revision.version).sort()).toEqual([1, 2]);
  });

  it("refuses a translation that drops or invents a quotation span, and writes nothing", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-quote", language: "ru", actor: irina, baseVersion: 0 };
    const missing = saveTranslation(test.db, { ...ref, text: `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара.` });
    await expect(missing).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "quote-missing", quote: "q-two" }] } });
    const unknown = saveTranslation(test.db, { ...ref, text: QUOTED + ` <q id="q-three">лишнее</q>` });
    await expect(unknown).rejects.toBeInstanceOf(DomainError);
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });

  it("lets only translators of the language save", async () => {
    const { slug } = await createTestReport(test.db);
    const english = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const save = (actor: typeof english | null) =>
      saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "ru", actor, text: "Первый абзац.", baseVersion: 0 });
    await expect(save(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(save(english)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("saveTranslation: what a save writes", () => {
  const origin = (note: string) => [{ quoteKey: "q-one", note }];

  it("writes nothing for the text and notes already there, and a new revision for a changed note alone", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-quote", language: "ru", actor: irina, text: QUOTED };
    await saveTranslation(test.db, { ...ref, baseVersion: 0, quoteOrigins: origin("Интервью") });
    const where = { translation: { paragraph: { report: { slug }, key: "p-quote" }, language: "ru" } };
    const written = async () => ({ revisions: await test.db.revision.count({ where }), events: await test.db.workflowEvent.count({ where }) });

    // the note is compared trimmed, as it is stored
    const again = await saveTranslation(test.db, { ...ref, baseVersion: 1, quoteOrigins: origin("  Интервью ") });
    // and the checks after it look at the revision kept, as it is stored
    expect(again).toEqual({ version: 1, state: "draft", isUnchanged: true, saved: expect.objectContaining({ language: "ru", revision: { text: QUOTED, sourceHash: expect.any(String) } }) });
    expect(await written()).toEqual({ revisions: 1, events: 1 });

    expect(await saveTranslation(test.db, { ...ref, baseVersion: 1, quoteOrigins: origin("Запись интервью") })).toMatchObject({ version: 2, isUnchanged: false });
    expect(await saveTranslation(test.db, { ...ref, baseVersion: 2 })).toMatchObject({ version: 3, isUnchanged: false });
    const revisions = await test.db.revision.findMany({ where, orderBy: { version: "asc" }, include: { quoteOrigins: true } });
    expect(revisions.map((revision) => revision.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note })))).toEqual([
      origin("Интервью"),
      origin("Запись интервью"),
      [],
    ]);
    expect(await test.db.workflowEvent.findMany({ where, orderBy: { version: "asc" }, select: { action: true, version: true, actorId: true } })).toEqual(
      [1, 2, 3].map((version) => ({ action: "save", version, actorId: irina.id })),
    );
  });

  it("refuses a save whose version guard loses to a save committed after it read the row, and writes none of its rows", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru", actor: irina };
    await saveTranslation(test.db, { ...ref, text: "Первый абзац.", baseVersion: 0 });
    // Just before the guard's write (the raw UPDATE of save-translations.ts), the row moves on
    // to version 2, as a concurrent save's commit would (the guard then matches no row, on
    // either database).
    let guards = 0;
    const racing = test.db.$extends({
      query: {
        async $allOperations({ operation, args, query }) {
          // on PostgreSQL the guard is the first part of the statement that writes the rows
          const isGuard = (operation === "$executeRaw" || operation === "$queryRaw") && JSON.stringify(args).includes('UPDATE \\"Translation\\"');
          if (isGuard && guards++ === 0) {
            const translation = await test.db.translation.findFirstOrThrow({ where: { paragraph: { key: "p-one", report: { slug } }, language: "ru" } });
            await query(Prisma.sql`UPDATE "Translation" SET "version" = "version" + 1 WHERE "id" = ${translation.id}` as unknown as typeof args);
          }
          return query(args);
        },
      },
    }) as unknown as typeof test.db;
    await expect(saveTranslation(racing, { ...ref, text: "Первый абзац, снова.", baseVersion: 1 })).rejects.toMatchObject({
      code: "conflict",
      details: { currentVersion: 2 },
    });
    expect(guards).toBe(1);
    const where = { translation: { paragraph: { report: { slug }, key: "p-one" }, language: "ru" } };
    expect(await test.db.revision.count({ where })).toBe(1);
    expect(await test.db.workflowEvent.count({ where })).toBe(1);
    expect(await test.db.translation.findFirstOrThrow({ where: where.translation })).toMatchObject({ version: 1 });
  });
});
