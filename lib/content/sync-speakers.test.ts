import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { shownSpeaker } from "@/lib/quotes/shown-speaker";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { parseReport } from "./parse-report";
import { syncReport } from "./sync-content";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("syncReport: the speakers' names and roles in each target language", () => {
  it("keeps what the translation files say now, and the reader shows it in that interface, the original's elsewhere", async () => {
    const { slug } = await createTestReport(test.db);
    const sync = (speakers: Record<string, Record<string, { name: string; role: string }>>) =>
      syncReport(test.db, { slug, sourceFile: "test.mdx", report: parseReport(SAMPLE_MDX, "test.mdx"), titles: {}, speakers });

    await sync({ en: { dinara: { name: "Dinara", role: "an Almaty resident" } }, ru: { dinara: { name: "Динара", role: "жительница Алматы" } } });
    let report = await getReaderReport(test.db, slug);
    expect(report!.speakers).toEqual({ dinara: { en: { name: "Dinara", role: "an Almaty resident" }, ru: { name: "Динара", role: "жительница Алматы" } } });
    const quote = report!.quotes.find((candidate) => candidate.key === "q-one")!;
    expect(shownSpeaker(quote, "ru", "fr", report!.speakers)).toEqual({ name: "Динара", role: "жительница Алматы", language: "ru" });
    expect(shownSpeaker(quote, "fr", "fr", report!.speakers)).toEqual({ name: "Dinara", role: "habitante d’Almaty", language: "fr" });

    // a role changed in the file is changed; a speaker no longer in it falls back to the original's words, marked French
    await sync({ en: { dinara: { name: "Dinara", role: "a resident of Almaty" } }, ru: {} });
    report = await getReaderReport(test.db, slug);
    expect(report!.speakers).toEqual({ dinara: { en: { name: "Dinara", role: "a resident of Almaty" } } });
    expect(shownSpeaker(quote, "ru", "fr", report!.speakers)).toEqual({ name: "Dinara", role: "habitante d’Almaty", language: "fr" });
  });

  it("names no one the report does not name", () => {
    expect(shownSpeaker({ speakerKey: null, speakerName: null, speakerRole: null }, "en", "fr", {})).toBeNull();
  });
});
