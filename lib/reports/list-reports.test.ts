import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { listReports } from "./list-reports";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("listReports", () => {
  it("counts each language's paragraphs by the state readers see", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const heading = { slug, paragraphKey: "h-intro", language: "ru" };
    const { version } = await saveTranslation(test.db, { ...heading, actor: translator, text: "Тестовый заголовок", baseVersion: 0 });
    await submitTranslation(test.db, { ...heading, actor: translator });
    await decideTranslation(test.db, { ...heading, actor: reviewer, decision: "approve", version });
    await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "ru", actor: translator, text: "Первый абзац.", baseVersion: 0 });

    const summary = (await listReports(test.db)).find((report) => report.slug === slug)!;
    expect(summary).toMatchObject({ paragraphs: 3, titles: { en: "Test report", ru: "Тестовый репортаж" }, originalLanguage: "fr" });
    expect(summary.progress.ru).toEqual({ approved: 1, draft: 1, missing: 1, "in-review": 0, "changes-requested": 0, outdated: 0 });
    expect(summary.progress.en).toMatchObject({ approved: 0, missing: 3 });
  });
});
