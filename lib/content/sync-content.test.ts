import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { parseReport } from "./parse-report";
import { syncReport } from "./sync-content";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const ONE = "Premier paragraphe, sans citation.";
const QUOTED = `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was a war</q>,” she says.`;

// A report with p-one and p-quote approved in English, and p-one only drafted in Russian.
async function translatedReport() {
  const { slug } = await createTestReport(test.db);
  const en = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const ru = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
  for (const [paragraphKey, text] of [["p-one", "First paragraph, no quotation."], ["p-quote", QUOTED]]) {
    const ref = { slug, paragraphKey, language: "en" };
    const { version } = await saveTranslation(test.db, { ...ref, actor: en, text, baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: en });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
  }
  await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "ru", actor: ru, text: "Первый абзац.", baseVersion: 0 });
  const sync = (mdx: string) => syncReport(test.db, { slug, sourceFile: "test.mdx", report: parseReport(mdx, "test.mdx"), titles: {} });
  const translations = (paragraphKey: string) =>
    test.db.translation.findMany({
      where: { paragraph: { key: paragraphKey, report: { slug } } },
      orderBy: { language: "asc" },
      include: { revisions: true, events: { orderBy: { createdAt: "asc" } } },
    });
  const paragraph = (key: string) => test.db.sourceParagraph.findFirstOrThrow({ where: { key, report: { slug } }, include: { versions: true } });
  return { slug, sync, translations, paragraph };
}

describe("syncReport: bringing a changed MDX into the workflow", () => {
  it("changes nothing when the MDX is unchanged", async () => {
    const { sync } = await translatedReport();
    expect(await sync(SAMPLE_MDX)).toMatchObject({ created: false, added: [], changed: [], archived: [], outdated: [], reapproved: [] });
  });

  it("gives a new paragraph a missing translation in every language, in its place", async () => {
    const { slug, sync, translations } = await translatedReport();
    const summary = await sync(SAMPLE_MDX.replace('<Paragraph id="p-quote">', '<Paragraph id="p-new">\nUn paragraphe ajouté.\n</Paragraph>\n\n<Paragraph id="p-quote">'));
    expect(summary.added).toEqual(["p-new"]);
    expect((await translations("p-new")).map(({ language, state, version }) => ({ language, state, version }))).toEqual([
      { language: "en", state: "missing", version: 0 },
      { language: "ru", state: "missing", version: 0 },
    ]);
    const report = await getReaderReport(test.db, slug);
    expect(report!.rows.map((row) => row.key)).toEqual(["h-intro", "p-one", "p-new", "p-quote"]);
    // the others keep their translations
    expect(report!.rows[3].cells.en.status).toBe("approved");
  });

  it("makes the approved translations of a changed paragraph outdated, keeping every revision and both wordings", async () => {
    const { sync, translations, paragraph } = await translatedReport();
    const summary = await sync(SAMPLE_MDX.replace(ONE, "Premier paragraphe, corrigé."));
    expect(summary.changed).toEqual(["p-one"]);
    expect(summary.outdated).toEqual([{ paragraph: "p-one", language: "en" }]);
    const [en, ru] = await translations("p-one");
    expect(en).toMatchObject({ state: "outdated", version: 1 });
    expect(en.approvedRevisionId).toBe(en.revisions[0].id);
    expect(en.events.at(-1)).toMatchObject({ action: "source-changed", fromState: "approved", toState: "outdated", actorId: null });
    // a draft has no approval to lose
    expect(ru).toMatchObject({ state: "draft", version: 1 });
    expect(ru.revisions).toHaveLength(1);
    expect((await paragraph("p-one")).versions.map((version) => version.text).sort()).toEqual(["Premier paragraphe, corrigé.", ONE]);
    // the other paragraph is untouched
    expect((await translations("p-quote"))[0].state).toBe("approved");
  });

  it("archives a removed paragraph with its translations and history, never deletes it", async () => {
    const { slug, sync, translations, paragraph } = await translatedReport();
    const summary = await sync(SAMPLE_MDX.replace(`<Paragraph id="p-one">\n${ONE}\n</Paragraph>\n`, ""));
    expect(summary.archived).toEqual(["p-one"]);
    expect((await paragraph("p-one")).archivedAt).not.toBeNull();
    const [en] = await translations("p-one");
    expect(en).toMatchObject({ state: "approved" });
    expect(en.revisions).toHaveLength(1);
    expect((await getReaderReport(test.db, slug))!.rows.map((row) => row.key)).toEqual(["h-intro", "p-quote"]);
  });

  it("brings an archived paragraph back, with its translations, when the MDX restores it", async () => {
    const { slug, sync } = await translatedReport();
    await sync(SAMPLE_MDX.replace(`<Paragraph id="p-one">\n${ONE}\n</Paragraph>\n`, ""));
    const summary = await sync(SAMPLE_MDX);
    expect(summary.restored).toEqual(["p-one"]);
    const report = await getReaderReport(test.db, slug);
    expect(report!.rows.map((row) => [row.key, row.cells.en.status])).toEqual([
      ["h-intro", "missing"],
      ["p-one", "approved"],
      ["p-quote", "approved"],
    ]);
  });

  it("restores the approval when the wording goes back to the one approved", async () => {
    const { sync, translations } = await translatedReport();
    await sync(SAMPLE_MDX.replace(ONE, "Premier paragraphe, corrigé par erreur."));
    const summary = await sync(SAMPLE_MDX);
    expect(summary.reapproved).toEqual([{ paragraph: "p-one", language: "en" }]);
    const [en] = await translations("p-one");
    expect(en.state).toBe("approved");
    expect(en.events.slice(-2).map((event) => event.action)).toEqual(["source-changed", "source-restored"]);
  });

  it("updates the quotations' metadata from the MDX without touching translations", async () => {
    const { slug, sync, translations } = await translatedReport();
    await sync(SAMPLE_MDX.replace('id="q-two" speaker="dinara" spokenIn="not-stated"', 'id="q-two" speaker="dinara" spokenIn="ru"'));
    const quote = await test.db.quote.findFirstOrThrow({ where: { key: "q-two", report: { slug } } });
    expect(quote.spokenLanguage).toBe("ru");
    expect((await translations("p-quote"))[0].state).toBe("approved");
  });
});
