import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { getApiReport } from "./get-api-report";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("the report as the API gives it", () => {
  it("with unreviewed text hidden (NEWSROOM_UNREVIEWED_TEXT=hidden), gives anonymous callers approved texts only, and workers of the language the latest revision too", async () => {
    process.env.NEWSROOM_UNREVIEWED_TEXT = "hidden";
    onTestFinished(() => {
      delete process.env.NEWSROOM_UNREVIEWED_TEXT;
    });
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: irina });
    await decideTranslation(test.db, { ...ref, actor: anna, decision: "approve", version: 1 });
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац, черновик <b>правки</b>.", baseVersion: 1 });

    const anonymous = await getApiReport(test.db, { slug, actor: null, locale: "en" });
    const forAnonymous = anonymous.translations.ru.paragraphs.find((entry) => entry.paragraph === "p-one");
    expect(anonymous.translations.ru.includesUnreviewed).toBe(false);
    expect(forAnonymous).toMatchObject({ state: "draft", version: 2, latest: null, approved: { version: 1, text: "Первый абзац.", isOutdated: false } });
    expect(JSON.stringify(anonymous)).not.toContain("черновик");

    const forEmma = await getApiReport(test.db, { slug, actor: emma, locale: "en" });
    expect(forEmma.translations.ru.includesUnreviewed).toBe(false);
    expect(forEmma.translations.en.includesUnreviewed).toBe(true);

    const forIrina = (await getApiReport(test.db, { slug, actor: irina, locale: "en" })).translations.ru.paragraphs.find((entry) => entry.paragraph === "p-one");
    expect(forIrina?.latest).toEqual({ version: 2, text: "Первый абзац, черновик <b>правки</b>.", quotes: [], memoryShare: null });
  });

  it("lists paragraphs in order with their stable ids, and quotations with speaker and spoken language", async () => {
    const { slug } = await createTestReport(test.db);
    const report = await getApiReport(test.db, { slug, actor: null, locale: "en" });
    expect(report.paragraphs.map((paragraph) => [paragraph.id, paragraph.order, paragraph.kind])).toEqual([
      ["h-intro", 0, "heading"],
      ["p-one", 1, "paragraph"],
      ["p-quote", 2, "paragraph"],
    ]);
    expect(report.quotations).toEqual([
      { id: "q-one", paragraph: "p-quote", speaker: "Dinara", role: "habitante d’Almaty", spokenLanguage: null, kind: "speech", closed: true },
      { id: "q-two", paragraph: "p-quote", speaker: "Dinara", role: "habitante d’Almaty", spokenLanguage: null, kind: "speech", closed: true },
    ]);
    expect(report.translations.en.paragraphs.every((entry) => entry.state === "missing" && entry.latest === null)).toBe(true);
  });

  it("answers not-found for an unknown report", async () => {
    await expect(getApiReport(test.db, { slug: "nope", actor: null, locale: "en" })).rejects.toMatchObject({ code: "not-found", details: { what: "report" } });
  });
});
