import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { getWorkspace } from "./get-workspace";
import { saveFromEditor } from "./save-from-editor";
import { editorPartsFrom, updatePart } from "./editor-parts";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const QUOTED = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`;

async function team() {
  const { slug } = await createTestReport(test.db);
  const irina = await createTestUser(test.db, { name: "Irina", roles: [{ role: "translator", language: "ru" }] });
  const anna = await createTestUser(test.db, { name: "Anna", roles: [{ role: "reviewer", language: "ru" }] });
  const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  return { slug, irina, anna, emma };
}

describe("getWorkspace", () => {
  it("lists every paragraph in order with its state, latest text, own words and the last review decision", async () => {
    const { slug, irina, anna } = await team();
    const since = new Date(Date.now() - 1000);
    const ref = { slug, language: "ru", actor: irina };
    await saveTranslation(test.db, { ...ref, paragraphKey: "p-quote", text: QUOTED, baseVersion: 0, quoteOrigins: [{ quoteKey: "q-two", note: "Запись интервью" }] });
    await submitTranslation(test.db, { ...ref, paragraphKey: "p-quote" });
    await decideTranslation(test.db, { slug, language: "ru", paragraphKey: "p-quote", actor: anna, decision: "request-changes", comment: "Точнее, пожалуйста", version: 1 });

    const workspace = await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: since });
    expect(workspace.rows.map((row) => [row.key, row.kind, row.state, row.number])).toEqual([
      ["h-intro", "heading", "missing", 1],
      ["p-one", "paragraph", "missing", 2],
      ["p-quote", "paragraph", "changes-requested", 3],
    ]);
    const quoted = workspace.rows[2];
    expect(quoted).toMatchObject({ version: 1, text: QUOTED, savedBy: "Irina", ownWords: { "q-two": "Запись интервью" } });
    expect(quoted.quotes.map((quote) => [quote.key, quote.speakerName])).toEqual([["q-one", "Dinara"], ["q-two", "Dinara"]]);
    expect(quoted.lastDecision).toMatchObject({ action: "request-changes", by: "Anna", comment: "Точнее, пожалуйста", version: 1 });
    expect(workspace.viewer).toMatchObject({ canEdit: true });
    expect(workspace.summary).toMatchObject({ paragraphsSaved: 1, revisions: 1, paragraphsSubmitted: 1, words: 10 });
    expect(workspace.resume).toMatchObject({ paragraphKey: "p-quote" });
  });

  it("lets reviewers view without editing, refuses translators of the other language, and 404s unknown reports and languages", async () => {
    const { slug, anna, emma } = await team();
    const options = { slug, language: "ru", sessionStart: new Date() };
    expect((await getWorkspace(test.db, { ...options, actor: anna })).viewer.canEdit).toBe(false);
    await expect(getWorkspace(test.db, { ...options, actor: emma })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getWorkspace(test.db, { ...options, actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getWorkspace(test.db, { ...options, slug: "nope", actor: anna })).rejects.toMatchObject({ code: "not-found" });
    await expect(getWorkspace(test.db, { ...options, language: "fr", actor: anna })).rejects.toMatchObject({ code: "not-found" });
  });

  it("counts the session from the moment given, and only this translator's work", async () => {
    const { slug, irina } = await team();
    const dmitri = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, language: "ru", paragraphKey: "p-one" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Старый текст.", baseVersion: 0 });
    const since = new Date(Date.now() + 5);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац без цитат.", baseVersion: 1 });
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац, без цитаты.", baseVersion: 2 });
    await saveTranslation(test.db, { ...ref, paragraphKey: "h-intro", actor: dmitri, text: "Заголовок", baseVersion: 0 });
    const { summary } = await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: since });
    expect(summary).toMatchObject({ paragraphsSaved: 1, revisions: 2, paragraphsSubmitted: 0, words: 4, characters: 25 });
  });

  it("keeps the reviewer's request for changes pinned through saves until the paragraph is submitted again", async () => {
    const { slug, irina, anna } = await team();
    const ref = { slug, language: "ru", paragraphKey: "p-one" };
    const pending = async () => (await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date() })).rows[1].pendingRequest;
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: irina });
    expect(await pending()).toBeNull();
    await decideTranslation(test.db, { ...ref, actor: anna, decision: "request-changes", comment: "Без точки", version: 1 });
    expect(await pending()).toMatchObject({ by: "Anna", comment: "Без точки", version: 1 });
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац", baseVersion: 1 });
    expect(await pending()).toMatchObject({ by: "Anna", comment: "Без точки", version: 1 });
    await submitTranslation(test.db, { ...ref, actor: irina });
    expect(await pending()).toBeNull();
  });

  it("shows an outdated translation the source wording it was approved against", async () => {
    const { slug, irina, anna } = await team();
    const ref = { slug, language: "ru", paragraphKey: "p-one" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: irina });
    await decideTranslation(test.db, { ...ref, actor: anna, decision: "approve", version: 1 });
    const mdx = (await import("@/lib/testing/fixtures")).SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe corrigé, sans citation.");
    await createTestReport(test.db, { slug, mdx });
    const row = (await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date() })).rows[1];
    expect(row.state).toBe("outdated");
    expect(row.sourceChange).toEqual({ before: "Premier paragraphe, sans citation.", after: "Premier paragraphe corrigé, sans citation." });
  });

  it("brings the other target language's approved texts, and none of its drafts, as the pivot", async () => {
    const { slug, emma } = await team();
    const edward = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, language: "en" };
    await saveTranslation(test.db, { ...ref, paragraphKey: "p-one", actor: emma, text: "First paragraph.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, paragraphKey: "p-one", actor: emma });
    await decideTranslation(test.db, { ...ref, paragraphKey: "p-one", actor: edward, decision: "approve", version: 1 });
    await saveTranslation(test.db, { ...ref, paragraphKey: "p-quote", actor: emma, text: `<q id="q-one">I came here</q>, Dinara says. <q id="q-two">It was war</q>.`, baseVersion: 0, quoteOrigins: [{ quoteKey: "q-two", note: "Interview" }] });
    const workspace = await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date() });
    expect(workspace.pivot).toEqual({ language: "en", texts: { "p-one": "First paragraph." } });
    const english = await getWorkspace(test.db, { slug, language: "en", actor: emma, sessionStart: new Date() });
    expect(english.pivot).toEqual({ language: "ru", texts: {} });
  });
});

describe("saveFromEditor", () => {
  it("saves the fields as quotation markup, and refuses markup typed into a field without writing anything", async () => {
    const { slug, irina } = await team();
    const ref = { slug, language: "ru", paragraphKey: "p-quote", actor: irina, baseVersion: 0 };
    let parts = editorPartsFrom(null, ["q-one", "q-two"]);
    parts = updatePart(parts, 1, { text: "Я пришла сюда" });
    parts = updatePart(parts, 3, { text: "Это была война" });
    const typed = updatePart(parts, 2, { text: `, <q id="q-one">снова</q> ` });
    await expect(saveFromEditor(test.db, { ...ref, parts: typed })).rejects.toMatchObject({
      code: "invalid",
      details: { problems: [{ code: "markup-typed", field: 2 }] },
    });
    expect(await test.db.revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
    await expect(saveFromEditor(test.db, { ...ref, parts })).resolves.toMatchObject({ version: 1 });
    const saved = await test.db.revision.findFirstOrThrow({ where: { translation: { paragraph: { report: { slug } } } } });
    expect(saved.text).toBe(`<q id="q-one">Я пришла сюда</q><q id="q-two">Это была война</q>`);
  });
});
