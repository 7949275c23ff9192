import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { longReportKey, longReportMdx } from "@/lib/testing/long-report";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser, uniqueSlug } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { parseReport } from "./parse-report";
import { syncReport } from "./sync-content";

// Issue 14: a long report syncs in bulk (the former `notIn` of every quotation key exceeded the
// database's limit of bound parameters at 2,000 paragraphs). One report, synced step by step.
const PARAGRAPHS = 2000;
// a paragraph and a quotation of the 60th copy of the seed, far past any chunk boundary
const LATE = longReportKey("p-dinara-photos", 60);
const LATE_QUOTE = longReportKey("q-dinara-photos", 60);
const REMOVED = longReportKey("p-what-happened", 80);

let test: TestDb;
const slug = uniqueSlug("long-report");
const mdx = longReportMdx({ paragraphs: PARAGRAPHS });
const parsed = parseReport(mdx, "long.mdx");
const sync = (text: string) => syncReport(test.db, { slug, sourceFile: "long.mdx", report: parseReport(text, "long.mdx"), titles: {} });
const counts = async () => ({
  paragraphs: await test.db.sourceParagraph.count({ where: { report: { slug }, archivedAt: null } }),
  archived: await test.db.sourceParagraph.count({ where: { report: { slug }, archivedAt: { not: null } } }),
  versions: await test.db.sourceVersion.count({ where: { paragraph: { report: { slug } } } }),
  translations: await test.db.translation.count({ where: { paragraph: { report: { slug } } } }),
  quotes: await test.db.quote.count({ where: { report: { slug } } }),
  events: await test.db.workflowEvent.count({ where: { translation: { paragraph: { report: { slug } } } } }),
});

beforeAll(async () => {
  test = await createTestDb();
}, 120_000);
afterAll(() => test.cleanup());

describe(`syncReport on a long report (${PARAGRAPHS} paragraphs)`, () => {
  const quotes = parsed.units.reduce((sum, unit) => sum + unit.quotes.length, 0);

  it("creates every paragraph in order, a missing translation per language and every quotation", async () => {
    const summary = await sync(mdx);
    expect(summary).toMatchObject({ created: true, changed: [], archived: [], outdated: [] });
    expect(summary.added).toHaveLength(PARAGRAPHS);
    expect(await counts()).toEqual({ paragraphs: PARAGRAPHS, archived: 0, versions: PARAGRAPHS, translations: PARAGRAPHS * 2, quotes, events: 0 });
    const rows = await test.db.sourceParagraph.findMany({ where: { report: { slug } }, orderBy: { position: "asc" }, select: { key: true } });
    expect(rows.map((row) => row.key)).toEqual(parsed.units.map((unit) => unit.key));
    const quote = await test.db.quote.findFirstOrThrow({ where: { key: LATE_QUOTE, report: { slug } }, include: { paragraph: true } });
    expect(quote).toMatchObject({ speakerKey: "dinara", speakerName: "Dinara", paragraph: { key: LATE } });
    // written in raw multi-row inserts: booleans, nulls and dates read back as Prisma writes them
    expect(quote).toMatchObject({ isClosed: true, spokenLanguage: null });
    const unclosed = await test.db.quote.findFirstOrThrow({ where: { key: longReportKey("q-bulgakbaev-terrorists", 60), report: { slug } } });
    expect(unclosed.isClosed).toBe(false);
    const paragraph = await test.db.sourceParagraph.findFirstOrThrow({ where: { key: LATE, report: { slug } }, include: { versions: true, translations: true } });
    expect(paragraph.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(paragraph.createdAt.getTime() - Date.now())).toBeLessThan(120_000);
    expect(paragraph.versions).toMatchObject([{ hash: paragraph.hash, text: paragraph.text }]);
    const translations = paragraph.translations.map(({ language, state, version, approvedSourceHash }) => ({ language, state, version, approvedSourceHash }));
    expect(translations.sort((a, b) => a.language.localeCompare(b.language))).toEqual([
      { language: "en", state: "missing", version: 0, approvedSourceHash: null },
      { language: "ru", state: "missing", version: 0, approvedSourceHash: null },
    ]);
  }, 120_000);

  it("changes nothing when synced again", async () => {
    const before = await counts();
    expect(await sync(mdx)).toMatchObject({ created: false, added: [], changed: [], archived: [], restored: [], outdated: [], reapproved: [] });
    expect(await counts()).toEqual(before);
  }, 120_000);

  it("outdates an approved translation of a changed paragraph and archives a removed one with its quotations", async () => {
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: LATE, language: "en" };
    const text = `“<q id="${LATE_QUOTE}">I came here, I took a few photos</q>,” Dinara tells France 24.`;
    const { version } = await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version, acknowledgeWarnings: true });
    const before = await counts();

    const removedBlock = new RegExp(`<Paragraph id="${REMOVED}">[\\s\\S]*?</Paragraph>\\n\\n`);
    const late = parsed.units.find((unit) => unit.key === LATE)!;
    expect(late.text).toContain("raconte à France 24");
    const edited = mdx.replace(removedBlock, "").replace(new RegExp(`(<Paragraph id="${LATE}">[\\s\\S]*?)raconte à France 24`), "$1raconte-t-elle à France 24");
    const summary = await sync(edited);
    expect(summary).toMatchObject({ added: [], changed: [LATE], archived: [REMOVED], outdated: [{ paragraph: LATE, language: "en" }] });
    const removedQuotes = parsed.units.find((unit) => unit.key === REMOVED)!.quotes.length;
    expect(await counts()).toEqual({ ...before, paragraphs: PARAGRAPHS - 1, archived: 1, versions: before.versions + 1, quotes: before.quotes - removedQuotes, events: before.events + 1 });
    const translation = await test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: LATE, report: { slug } } } });
    expect(translation).toMatchObject({ state: "outdated", version });

    // the wording restored: the approval holds again and the paragraph comes back, in its place
    expect(await sync(mdx)).toMatchObject({ changed: [LATE], restored: [REMOVED], reapproved: [{ paragraph: LATE, language: "en" }] });
    const rows = await test.db.sourceParagraph.findMany({ where: { report: { slug }, archivedAt: null }, orderBy: { position: "asc" }, select: { key: true } });
    expect(rows.map((row) => row.key)).toEqual(parsed.units.map((unit) => unit.key));
    expect(await test.db.quote.count({ where: { report: { slug } } })).toBe(quotes);
  }, 120_000);
});
