import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportXliff } from "@/lib/exchange/export-xliff";
import { describeError } from "@/lib/http/describe-error";
import { getApiReport } from "@/lib/reports/get-api-report";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { languageFeed } from "@/lib/reports/language-feed";
import { listReports } from "@/lib/reports/list-reports";
import { getReviewQueue } from "@/lib/reviews/get-review-queue";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, sampleMdxFor, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { getMyWork } from "@/lib/work/get-my-work";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { heartbeat } from "@/lib/presence/heartbeat";
import { listWorkspaces } from "@/lib/workspace/list-workspaces";
import { parseReport } from "./parse-report";
import { syncReport } from "./sync-content";

// next-intl's server entry point needs React's server runtime: its core translator stands in.
vi.mock("next-intl/server", async () => {
  const { createTranslator: translator } = await import("use-intl/core");
  const all = { en: (await import("@/messages/en.json")).default, fr: (await import("@/messages/fr.json")).default, ru: (await import("@/messages/ru.json")).default };
  return { getTranslations: async ({ locale }: { locale: keyof typeof all }) => translator({ locale, namespace: "Errors", messages: all[locale] }) };
});

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const feedTexts = { title: "Feed", subtitle: "", progress: (language: string) => `progress ${language}`, stateLabel: (state: string) => state };

describe("a report's own target languages (front matter targetLanguages)", () => {
  it("parses the list, refuses a language the newsroom does not translate into, and leaves it undefined when absent", () => {
    expect(parseReport(sampleMdxFor(["en"]), "r.mdx").targetLanguages).toEqual(["en"]);
    expect(parseReport(SAMPLE_MDX, "r.mdx").targetLanguages).toBeUndefined();
    expect(() => parseReport(sampleMdxFor(["xx"]), "r.mdx")).toThrow(/xx.{0,2} is not a target language \(content\/languages.json: en, ru\)/);
    expect(() => parseReport(sampleMdxFor(["en", "en"]), "r.mdx")).toThrow(/listed twice/);
    expect(() => parseReport(sampleMdxFor([]), "r.mdx")).toThrow(/targetLanguages/);
  });

  it("syncs English only: no Russian rows, and every consumer shows English alone", async () => {
    const { slug } = await createTestReport(test.db, { mdx: sampleMdxFor(["en"]) });
    const stored = await test.db.report.findUniqueOrThrow({ where: { slug }, include: { paragraphs: { include: { translations: true } } } });
    expect(stored.targetLanguages).toBe("en");
    expect(new Set(stored.paragraphs.flatMap((paragraph) => paragraph.translations.map((translation) => translation.language)))).toEqual(new Set(["en"]));

    const reader = await getReaderReport(test.db, slug);
    expect(reader!.languages).toEqual(["en"]);
    expect(Object.keys(reader!.rows[0].cells)).toEqual(["en"]);
    // the fixture's translation files name a Russian title: not shown for a report not in Russian
    expect(Object.keys(reader!.titles)).toEqual(["en"]);

    const api = await getApiReport(test.db, { slug, actor: null, locale: "en" });
    expect(api.targetLanguages).toEqual(["en"]);
    expect(Object.keys(api.translations)).toEqual(["en"]);
    expect((await listReports(test.db)).find((report) => report.slug === slug)).toMatchObject({ languages: ["en"], progress: { en: { missing: 3 } } });
    expect((await listReports(test.db)).find((report) => report.slug === slug)!.progress).not.toHaveProperty("ru");

    const both = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }, { role: "translator", language: "ru" }, { role: "reviewer", language: "ru" }] });
    expect((await listWorkspaces(test.db, { actor: both })).filter((entry) => entry.slug === slug).map((entry) => entry.language)).toEqual(["en"]);
    expect((await getMyWork(test.db, { actor: both })).filter((entry) => entry.slug === slug).map((entry) => entry.language)).toEqual(["en"]);

    const russianFeed = await languageFeed(test.db, { language: "ru", origin: "https://news.example", texts: feedTexts });
    expect(russianFeed).not.toContain(`/ru/reports/${slug}`);
    const originalFeed = await languageFeed(test.db, { language: "fr", origin: "https://news.example", texts: feedTexts });
    expect(originalFeed).toContain(`/fr/reports/${slug}`);
  });

  it("refuses to save, export or review in a language the report does not target: a 404 in the caller's language, nothing written", async () => {
    const { slug } = await createTestReport(test.db, { mdx: sampleMdxFor(["en"]) });
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }, { role: "reviewer", language: "ru" }] });
    const refusal = await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "ru", actor: translator, text: "Первый абзац.", baseVersion: 0 }).catch((error: unknown) => error);
    expect(await describeError(refusal, "ru")).toMatchObject({ status: 404, message: "Этот репортаж не переводится на этот язык." });
    expect((await describeError(refusal, "fr")).status).toBe(404);
    expect(await test.db.translation.count({ where: { language: "ru", paragraph: { report: { slug } } } })).toBe(0);
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);

    await expect(exportXliff(test.db, { slug, language: "ru", actor: translator })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    await expect(getReviewQueue(test.db, { slug, language: "ru", actor: translator })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    await expect(getWorkspace(test.db, { slug, language: "ru", actor: translator, sessionStart: new Date() })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    await expect(heartbeat(test.db, { slug, language: "ru", actor: translator, paragraphKey: "p-one" })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    expect(await test.db.editingPresence.count({ where: { paragraph: { report: { slug } } } })).toBe(0);
  });

  it("adding a language to the list later gives every paragraph a missing translation in it; the existing ones are kept", async () => {
    const { slug } = await createTestReport(test.db, { mdx: sampleMdxFor(["en"]) });
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: translator, text: "First paragraph.", baseVersion: 0 });
    await syncReport(test.db, { slug, sourceFile: "t.mdx", report: parseReport(SAMPLE_MDX, "t.mdx"), titles: {} });
    const stored = await test.db.report.findUniqueOrThrow({ where: { slug } });
    expect(stored.targetLanguages).toBeNull();
    expect(await test.db.translation.count({ where: { language: "ru", paragraph: { report: { slug } } } })).toBe(3);
    expect((await getReaderReport(test.db, slug))!.rows.find((row) => row.key === "p-one")!.cells.en.status).toBe("draft");
  });
});
