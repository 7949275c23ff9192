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
