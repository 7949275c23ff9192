import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import { deleteGlossaryEntry } from "@/lib/glossary/delete-glossary-entry";
import { sampleEntry } from "@/lib/glossary/test-entries";
import { updateGlossaryEntry } from "@/lib/glossary/update-glossary-entry";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { loadCheckContext } from "./load-check-context";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// The check context keeps the pair's glossary in the process and reads it again only when the
// stamp read with the context changed (glossary-cache.ts). Every change a reviewer can make must
// change the stamp, whichever instance made it: the stamp is read from the database.
describe("the glossary the checks read", () => {
  it("is kept while nothing changed, and read again after an entry is added, edited, deleted, or deleted and another added", async () => {
    const { slug } = await createTestReport(test.db);
    const { id: reportId } = await test.db.report.findUniqueOrThrow({ where: { slug } });
    const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const pair = "fr-ru";
    const glossary = async () => (await loadCheckContext(test.db, { reportId, language: "ru" })).context.glossary;
    const terms = async () => (await glossary()).map((term) => `${term.sourceTerm}=${term.translations.join("/")}`);

    const first = await createGlossaryEntry(test.db, { actor: anna, pair, entry: sampleEntry({ sourceTerm: "Almaty", translations: ["Алматы"] }) });
    const kept = await glossary();
    expect(kept.map((term) => term.sourceTerm)).toEqual(["Almaty"]);
    expect(await glossary()).toBe(kept);

    const edited = await updateGlossaryEntry(test.db, { actor: anna, pair, id: first.id, version: first.version, changes: { translations: ["Алма-Ата"] } });
    expect(await terms()).toEqual(["Almaty=Алма-Ата"]);

    const second = await createGlossaryEntry(test.db, { actor: anna, pair, entry: sampleEntry({ sourceTerm: "Bichkek", translations: ["Бишкек"] }) });
    expect(await terms()).toEqual(["Almaty=Алма-Ата", "Bichkek=Бишкек"]);

    // the same count and the same sum of versions as before: the latest change still tells
    await deleteGlossaryEntry(test.db, { actor: anna, pair, id: second.id, version: second.version });
    await createGlossaryEntry(test.db, { actor: anna, pair, entry: sampleEntry({ sourceTerm: "Astana", translations: ["Астана"] }) });
    expect(await terms()).toEqual(["Almaty=Алма-Ата", "Astana=Астана"]);

    await deleteGlossaryEntry(test.db, { actor: anna, pair, id: edited.id, version: edited.version });
    expect(await terms()).toEqual(["Astana=Астана"]);
    // another pair's glossary is its own
    expect((await loadCheckContext(test.db, { reportId, language: "en" })).context.glossary).toEqual([]);
  });
});
