import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/db/write-transaction";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { saveTranslation } from "@/lib/translations/save-translation";
import { addImportedEntries } from "./record-approval";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
  await writeTransaction(test.db, (tx) =>
    addImportedEntries(tx, [
      { sourceLanguage: "fr", targetLanguage: "en", sourceText: "Premier paragraphe, sans citation aucune.", targetText: "First paragraph, with no quotation at all.", approvedByName: null, approvedAt: new Date() },
      { sourceLanguage: "fr", targetLanguage: "en", sourceText: "Deux phrases. Et une autre.", targetText: "Two sentences. And another one.", approvedByName: null, approvedAt: new Date() },
    ]),
  );
});
afterAll(() => test.cleanup());

async function save(text: string, memoryInserted?: string[]) {
  const { slug } = await createTestReport(test.db);
  const actor = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const saved = await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor, text, baseVersion: 0, memoryInserted });
  const revision = await test.db.revision.findFirstOrThrow({ where: { translation: { language: "en", paragraph: { key: "p-one", report: { slug } } } } });
  return { saved, stored: revision.memoryShare };
}

describe("the memory share a save records", () => {
  it("stores and answers the share of the text that came unchanged from an inserted match", async () => {
    expect(await save("First paragraph, with no quotation at all.", ["First paragraph, with no quotation at all."])).toEqual({
      saved: expect.objectContaining({ memoryShare: 1 }),
      stored: 1,
    });
    // 8 words saved, 6 kept from the match
    expect((await save("First paragraph, with no quote whatsoever.", ["First paragraph, with no quotation at all."])).stored).toBeCloseTo(4 / 6);
  });

  it("counts a sentence-by-sentence insertion by the sentences the memory holds", async () => {
    expect((await save("Two sentences. My own words.", ["Two sentences. My own words."])).stored).toBeCloseTo(2 / 5);
  });

  it("records nothing when nothing was inserted, and ignores text the memory does not hold", async () => {
    expect((await save("First paragraph, my way.")).stored).toBeNull();
    expect((await save("First paragraph, my way.", ["First paragraph, my way."])).stored).toBeNull();
  });
});
