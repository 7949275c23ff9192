import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { getParagraphHistory } from "./get-paragraph-history";
import { restoreRevision } from "./restore-revision";
import { saveTranslation } from "./save-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("restoreRevision", () => {
  it("brings an old revision back as a new one, with its own-words notes, and keeps every revision", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-quote", language: "ru", actor: irina };
    const first = `<q id="q-one">Я пришла</q> <q id="q-two">Война</q>`;
    await saveTranslation(test.db, { ...ref, text: first, baseVersion: 0, quoteOrigins: [{ quoteKey: "q-one", note: "Интервью" }] });
    await saveTranslation(test.db, { ...ref, text: `<q id="q-one">Я пришла сюда</q> <q id="q-two">Это война</q>`, baseVersion: 1 });

    await expect(restoreRevision(test.db, { ...ref, version: 1, baseVersion: 2 })).resolves.toMatchObject({ version: 3, state: "draft" });
    const history = await getParagraphHistory(test.db, ref);
    expect(history.revisions.map((revision) => [revision.version, revision.restoredFromVersion])).toEqual([[3, 1], [2, null], [1, null]]);
    expect(history.revisions[0]).toMatchObject({ text: first, ownWords: [{ quoteKey: "q-one", note: "Интервью" }] });
    expect(history.events[0]).toMatchObject({ action: "restore", version: 3 });
  });

  it("keeps who wrote the words: a restore is authored by the restorer, its text by the original author", async () => {
    const { slug } = await createTestReport(test.db);
    const olivia = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }], name: "Olivia" });
    const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }], name: "Emma" });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    await saveTranslation(test.db, { ...ref, actor: olivia, text: "Olivia's words.", baseVersion: 0 });
    await saveTranslation(test.db, { ...ref, actor: emma, text: "Emma's words.", baseVersion: 1 });
    await restoreRevision(test.db, { ...ref, actor: emma, version: 1, baseVersion: 2 });
    // a restore of the restore still names the first author
    await restoreRevision(test.db, { ...ref, actor: emma, version: 3, baseVersion: 3 });
    const history = await getParagraphHistory(test.db, { ...ref, actor: emma });
    expect(history.revisions.map((revision) => [revision.version, revision.author.name, revision.textAuthor.name])).toEqual([
      [4, "Emma", "Olivia"],
      [3, "Emma", "Olivia"],
      [2, "Emma", "Emma"],
      [1, "Olivia", "Olivia"],
    ]);
  });

  it("refuses a restore based on a stale version, an unknown revision, and other languages' translators", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Один.", baseVersion: 0 });
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Два.", baseVersion: 1 });
    await expect(restoreRevision(test.db, { ...ref, actor: irina, version: 1, baseVersion: 1 })).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 2 } });
    await expect(restoreRevision(test.db, { ...ref, actor: irina, version: 9, baseVersion: 2 })).rejects.toMatchObject({ code: "not-found" });
    await expect(restoreRevision(test.db, { ...ref, actor: emma, version: 1, baseVersion: 2 })).rejects.toMatchObject({ code: "forbidden" });
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(2);
  });
});
