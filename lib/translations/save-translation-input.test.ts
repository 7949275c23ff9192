import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "./save-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const QUOTED = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`;

describe("saveTranslation: input no real text has", () => {
  it("refuses the same quotation marked twice as own words, as a problem rather than a database error", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const twice = [{ quoteKey: "q-one", note: "Interview" }, { quoteKey: "q-one", note: "Interview again" }];
    const save = saveTranslation(test.db, { slug, paragraphKey: "p-quote", language: "ru", actor: irina, text: QUOTED, baseVersion: 0, quoteOrigins: twice });
    await expect(save).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "quote-duplicated", quote: "q-one" }] } });
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });

  it("refuses zero-width-only text and control characters in a note, and writes nothing", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, language: "ru", actor: irina, baseVersion: 0 };
    await expect(saveTranslation(test.db, { ...ref, paragraphKey: "p-one", text: "\u200b\u200b" })).rejects.toMatchObject({ details: { problems: [{ code: "empty" }] } });
    const note = [{ quoteKey: "q-one", note: "From the \u202einterview" }];
    await expect(saveTranslation(test.db, { ...ref, paragraphKey: "p-quote", text: QUOTED, quoteOrigins: note })).rejects.toMatchObject({
      details: { problems: [{ code: "bidi-control", character: "U+202E" }] },
    });
    const blankNote = [{ quoteKey: "q-one", note: "\u200b" }];
    await expect(saveTranslation(test.db, { ...ref, paragraphKey: "p-quote", text: QUOTED, quoteOrigins: blankNote })).rejects.toMatchObject({
      details: { problems: [{ code: "origin-note", quote: "q-one" }] },
    });
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });
});
