import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createGlossaryEntry } from "./create-glossary-entry";
import { sampleEntry } from "./test-entries";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("createGlossaryEntry", () => {
  it("lets a reviewer of the target language and an admin add accepted entries, tidied", async () => {
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const admin = await createTestUser(test.db, { isAdmin: true });
    const entry = await createGlossaryEntry(test.db, {
      actor: reviewer,
      pair: "fr-ru",
      entry: sampleEntry({ sourceTerm: "  Almaty  ", translations: [" Алматы "], exactForm: true, note: "  Несклоняемое.  " }),
    });
    expect(entry).toMatchObject({ pair: "fr-ru", sourceTerm: "Almaty", translations: ["Алматы"], note: "Несклоняемое.", exactForm: true, status: "accepted", version: 1 });
    expect(entry.decidedBy).toEqual({ id: reviewer.id, name: reviewer.name });
    await expect(createGlossaryEntry(test.db, { actor: admin, pair: "fr-en", entry: sampleEntry({ translations: ["Term"] }) })).resolves.toMatchObject({ pair: "fr-en" });
  });

  it("refuses translators, reviewers of the other language and anonymous callers, and stores nothing", async () => {
    const before = await test.db.glossaryEntry.count();
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const englishReviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await expect(createGlossaryEntry(test.db, { actor: translator, pair: "fr-ru", entry: sampleEntry() })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createGlossaryEntry(test.db, { actor: englishReviewer, pair: "fr-ru", entry: sampleEntry() })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createGlossaryEntry(test.db, { actor: null, pair: "fr-ru", entry: sampleEntry() })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await test.db.glossaryEntry.count()).toBe(before);
  });

  it("refuses an unknown pair, invalid entries (each problem named) and a duplicate term", async () => {
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const create = (entry: ReturnType<typeof sampleEntry>, pair = "fr-ru") => createGlossaryEntry(test.db, { actor: reviewer, pair, entry });
    await expect(create(sampleEntry(), "fr-de")).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    await expect(create(sampleEntry({ sourceTerm: " « » " }))).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "glossary-term-required" }] } });
    await expect(create(sampleEntry({ translations: [] }))).rejects.toMatchObject({ details: { problems: [{ code: "glossary-translation-required" }] } });
    await expect(create(sampleEntry({ translations: ["a", "a"] }))).rejects.toMatchObject({ details: { problems: [{ code: "glossary-translation-duplicate", detail: "a" }] } });
    await expect(create(sampleEntry({ doNotTranslate: true, isForbidden: true }))).rejects.toMatchObject({ details: { problems: [{ code: "glossary-flags-conflict" }] } });
    await expect(create(sampleEntry({ doNotTranslate: true }))).rejects.toMatchObject({ details: { problems: [{ code: "glossary-translations-kept" }] } });
    await expect(create(sampleEntry({ sourceTerm: "x".repeat(201) }))).rejects.toMatchObject({ details: { problems: [{ code: "too-long", field: "sourceTerm", max: 200 }] } });
    await expect(create(sampleEntry({ note: "a\u202Eb" }))).rejects.toMatchObject({ details: { problems: [{ code: "bidi-control", field: "note" }] } });
    await create(sampleEntry({ sourceTerm: "Amnesty International", translations: [], doNotTranslate: true }));
    await expect(create(sampleEntry({ sourceTerm: "amnesty  international", translations: [], doNotTranslate: true }))).rejects.toMatchObject({
      code: "conflict",
      details: { what: "glossary-term" },
    });
    // A forbidden rendering of a term sits beside its required one.
    await expect(create(sampleEntry({ sourceTerm: "Amnesty International", translations: ["Амнистия"], isForbidden: true }))).resolves.toMatchObject({ isForbidden: true });
    expect(await test.db.glossaryEntry.count({ where: { sourceTerm: { contains: "mnesty" } } })).toBe(2);
  });
});
