import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "./save-translation";
import { submitTranslation } from "./submit-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("a translator's note", () => {
  it("is part of the revision: a changed note is a new revision, an editor that sends none keeps it, and readers see it once approved", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    const text = "First paragraph, no quotation.";
    const note = "The original says “National Defence Committee”; the KNB is the National Security Committee.";
    let version = (await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: 0, translatorNote: `  ${note} ` })).version;
    expect(await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: version })).toMatchObject({ isUnchanged: true });
    expect(await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: version, translatorNote: note })).toMatchObject({ isUnchanged: true });

    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    const cell = async () => (await getReaderReport(test.db, slug))!.rows.find((row) => row.key === "p-one")!.cells.en;
    expect((await cell()).approved?.note).toBe(note);

    // removing it is a change, reviewed like any other: the approved text keeps its note meanwhile
    version = (await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: version, translatorNote: null })).version;
    expect(version).toBe(2);
    expect((await cell()).approved?.note).toBe(note);
    expect((await cell()).pending?.note).toBeNull();
  });

  it("is plain text of bounded length, refused otherwise with nothing saved", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    await expect(saveTranslation(test.db, { ...ref, actor: translator, text: "x", baseVersion: 0, translatorNote: "a".repeat(1001) })).rejects.toMatchObject({ code: "invalid" });
    await expect(saveTranslation(test.db, { ...ref, actor: translator, text: "x", baseVersion: 0, translatorNote: "bad \u202e note" })).rejects.toMatchObject({ code: "invalid" });
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });
});
