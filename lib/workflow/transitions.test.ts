import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import type { TranslationState } from "./states";

// Saving and submitting from every state, through the real operations.
let test: TestDb;
let translator: Actor;
let reviewer: Actor;
beforeAll(async () => {
  test = await createTestDb();
  translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
  reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
});
afterAll(() => test.cleanup());

async function translationIn(state: TranslationState) {
  const { slug } = await createTestReport(test.db);
  const ref = { slug, paragraphKey: "p-one", language: "ru" };
  const current = () => test.db.translation.findFirstOrThrow({ where: { language: "ru", paragraph: { key: "p-one", report: { slug } } } });
  const save = async (text: string) => saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: (await current()).version });
  if (state !== "missing") await save("Первый абзац.");
  if (state !== "missing" && state !== "draft") await submitTranslation(test.db, { ...ref, actor: translator });
  const version = (await current()).version;
  if (state === "changes-requested") await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "Ещё раз" });
  if (state === "approved" || state === "outdated") await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
  if (state === "outdated") {
    const mdx = SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, corrigé.");
    await syncReport(test.db, { slug, sourceFile: "test.mdx", report: parseReport(mdx, "test.mdx"), titles: {} });
  }
  expect((await current()).state).toBe(state);
  return { ref, current, save };
}

const ALL: TranslationState[] = ["missing", "draft", "in-review", "changes-requested", "approved", "outdated"];

describe("saving and submitting", () => {
  it.each(ALL)("saving a new text from %s makes a draft, with its audit row", async (state) => {
    const { current, save } = await translationIn(state);
    const result = await save("Новый текст.");
    expect(result).toMatchObject({ state: "draft", isUnchanged: false });
    const events = await test.db.workflowEvent.findMany({ where: { translationId: (await current()).id }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)).toMatchObject({ action: "save", fromState: state, toState: "draft", actorId: translator.id });
  });

  it.each(["draft", "changes-requested"] as const)("submitting from %s puts it in review", async (state) => {
    const { ref, current } = await translationIn(state);
    expect(await submitTranslation(test.db, { ...ref, actor: translator })).toMatchObject({ state: "in-review" });
    expect((await current()).state).toBe("in-review");
  });

  it.each(["missing", "approved", "outdated"] as const)("submitting from %s is refused", async (state) => {
    const { ref, current } = await translationIn(state);
    await expect(submitTranslation(test.db, { ...ref, actor: translator })).rejects.toMatchObject({ code: "invalid-transition" });
    expect((await current()).state).toBe(state);
  });

  it("submitting again while in review changes nothing", async () => {
    const { ref, current } = await translationIn("in-review");
    const before = await test.db.workflowEvent.count({ where: { translationId: (await current()).id } });
    expect(await submitTranslation(test.db, { ...ref, actor: translator })).toMatchObject({ state: "in-review" });
    expect(await test.db.workflowEvent.count({ where: { translationId: (await current()).id } })).toBe(before);
  });

  it("refuses a submission of another version than the one shown", async () => {
    const { ref } = await translationIn("draft");
    await expect(submitTranslation(test.db, { ...ref, actor: translator, version: 7 })).rejects.toMatchObject({ code: "conflict" });
  });

  it("lets only translators of the language save or submit", async () => {
    const { ref } = await translationIn("draft");
    await expect(submitTranslation(test.db, { ...ref, actor: reviewer })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveTranslation(test.db, { ...ref, actor: reviewer, text: "Нет.", baseVersion: 1 })).rejects.toMatchObject({ code: "forbidden" });
  });
});
