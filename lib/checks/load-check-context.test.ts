import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { saveTranslation } from "@/lib/translations/save-translation";
import { loadCheckContext } from "./load-check-context";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// The context is one statement that joins the report's paragraphs, their latest revisions and
// the reviewers' dismissals (load-check-context.ts): a paragraph with several dismissals is
// still one of the others, and one without a revision is none.
describe("the check context of a report and language", () => {
  it("lists each translated paragraph once, in order, with every dismissal, and nothing of another language", async () => {
    const { slug } = await createTestReport(test.db);
    const report = await test.db.report.findUniqueOrThrow({ where: { slug } });
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const save = (paragraphKey: string, text: string) => saveTranslation(test.db, { slug, paragraphKey, language: "ru", actor: irina, text, baseVersion: 0 });
    await save("p-one", "Первый абзац.");
    await save("h-intro", "Заголовок.");
    const rowOf = (key: string) => test.db.translation.findFirstOrThrow({ where: { paragraph: { reportId: report.id, key }, language: "ru" } });
    const dismiss = async (key: string, checkId: string, quoteKey = "") =>
      test.db.checkDismissal.create({ data: { translationId: (await rowOf(key)).id, checkId, quoteKey, reason: "Faux positif", reviewerId: anna.id } });
    await dismiss("p-one", "double-space");
    await dismiss("p-one", "length-ratio");
    await dismiss("p-quote", "empty-quote", "q-one");

    const checks = await loadCheckContext(test.db, { reportId: report.id, language: "ru" });
    expect(checks).toMatchObject({ sourceLanguage: "fr", language: "ru" });
    expect(checks.context.others).toEqual([
      { paragraphKey: "h-intro", source: "Un titre de test", text: "Заголовок." },
      { paragraphKey: "p-one", source: "Premier paragraphe, sans citation.", text: "Первый абзац." },
    ]);
    expect(checks.dismissals).toEqual({
      "p-one": expect.arrayContaining([
        { checkId: "double-space", quoteKey: "" },
        { checkId: "length-ratio", quoteKey: "" },
      ]),
      "p-quote": [{ checkId: "empty-quote", quoteKey: "q-one" }],
    });
    expect(checks.dismissals["p-one"]).toHaveLength(2);
    expect(await loadCheckContext(test.db, { reportId: report.id, language: "en" })).toMatchObject({ context: { others: [] }, dismissals: {} });
    await expect(loadCheckContext(test.db, { reportId: "no-such-report", language: "ru" })).rejects.toThrow(/no report/);
  });
});
