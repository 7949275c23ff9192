import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createGlossaryEntry } from "./create-glossary-entry";
import { deleteGlossaryEntry } from "./delete-glossary-entry";
import { sampleEntry } from "./test-entries";
import { updateGlossaryEntry } from "./update-glossary-entry";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function setUp() {
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
  const entry = await createGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", entry: sampleEntry({ translations: ["CSTO"] }) });
  return { reviewer, entry };
}

describe("updateGlossaryEntry", () => {
  it("changes only the fields given and bumps the version", async () => {
    const { reviewer, entry } = await setUp();
    const updated = await updateGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1, changes: { note: "Collective Security Treaty Organization", caseSensitive: true } });
    expect(updated).toMatchObject({ sourceTerm: entry.sourceTerm, translations: ["CSTO"], note: "Collective Security Treaty Organization", caseSensitive: true, version: 2 });
  });

  it("refuses a stale version with the current entry, and changes nothing", async () => {
    const { reviewer, entry } = await setUp();
    await updateGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1, changes: { translations: ["C.S.T.O."] } });
    await expect(updateGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1, changes: { translations: ["Other"] } })).rejects.toMatchObject({
      code: "conflict",
      details: { what: "glossary-entry", currentVersion: 2, currentEntry: { translations: ["C.S.T.O."] } },
    });
    const row = await test.db.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect({ version: row.version, translations: row.translations }).toEqual({ version: 2, translations: JSON.stringify(["C.S.T.O."]) });
  });

  it("refuses invalid changes, other pairs, unknown ids and translators, leaving the entry as it was", async () => {
    const { reviewer, entry } = await setUp();
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const update = (options: Partial<Parameters<typeof updateGlossaryEntry>[1]>) =>
      updateGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1, changes: {}, ...options });
    await expect(update({ changes: { translations: [] } })).rejects.toMatchObject({ code: "invalid" });
    await expect(update({ pair: "fr-ru" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(update({ id: "nope" })).rejects.toMatchObject({ code: "not-found", details: { what: "glossary-entry" } });
    await expect(update({ actor: translator })).rejects.toMatchObject({ code: "forbidden" });
    expect((await test.db.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } })).version).toBe(1);
  });
});

describe("deleteGlossaryEntry", () => {
  it("deletes as of the version seen, and refuses a stale one", async () => {
    const { reviewer, entry } = await setUp();
    await updateGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1, changes: { note: "edited" } });
    await expect(deleteGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 1 })).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 2 } });
    expect(await test.db.glossaryEntry.count({ where: { id: entry.id } })).toBe(1);
    await expect(deleteGlossaryEntry(test.db, { actor: reviewer, pair: "fr-en", id: entry.id, version: 2 })).resolves.toEqual({ id: entry.id });
    expect(await test.db.glossaryEntry.count({ where: { id: entry.id } })).toBe(0);
  });

  it("refuses translators", async () => {
    const { entry } = await setUp();
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await expect(deleteGlossaryEntry(test.db, { actor: translator, pair: "fr-en", id: entry.id, version: 1 })).rejects.toMatchObject({ code: "forbidden" });
    expect(await test.db.glossaryEntry.count({ where: { id: entry.id } })).toBe(1);
  });
});
