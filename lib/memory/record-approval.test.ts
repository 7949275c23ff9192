import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { writeTransaction } from "@/lib/db/write-transaction";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { addImportedEntries } from "./record-approval";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function setup() {
  const { slug } = await createTestReport(test.db);
  const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }], name: `Reviewer ${slug}` });
  const ref = { slug, paragraphKey: "p-one", language: "en" };
  const version = async () => (await test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: "p-one", report: { slug } } } })).version;
  const approveText = async (text: string) => {
    await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: await version() });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: await version() });
  };
  const changeSource = (wording: string) =>
    syncReport(test.db, { slug, sourceFile: `test/${slug}.mdx`, report: parseReport(SAMPLE_MDX.replace("Premier paragraphe, sans citation.", wording), `${slug}.mdx`), titles: {} });
  const entries = () => test.db.memoryEntry.findMany({ where: { reportSlug: slug }, orderBy: { createdAt: "asc" } });
  return { slug, ref, reviewer, version, approveText, changeSource, entries };
}

describe("recordApproval (through decideTranslation)", () => {
  it("puts an approved revision in the memory with its source wording, report, paragraph, approver and date", async () => {
    const { slug, reviewer, approveText, entries } = await setup();
    await approveText("First paragraph, without a quotation.");
    expect(await entries()).toMatchObject([
      {
        sourceLanguage: "fr",
        targetLanguage: "en",
        sourceText: "Premier paragraphe, sans citation.",
        targetText: "First paragraph, without a quotation.",
        reportSlug: slug,
        paragraphKey: "p-one",
        approvedById: reviewer.id,
        approvedAt: expect.any(Date),
        supersededAt: null,
        origin: "approval",
        revisionId: expect.any(String),
      },
    ]);
  });

  it("keeps the entry it replaces, marked superseded", async () => {
    const { approveText, entries } = await setup();
    await approveText("First paragraph, without a quotation.");
    await approveText("The first paragraph, with no quotation.");
    const [old, current] = await entries();
    expect(old).toMatchObject({ targetText: "First paragraph, without a quotation.", supersededAt: expect.any(Date) });
    expect(current).toMatchObject({ targetText: "The first paragraph, with no quotation.", supersededAt: null });
  });

  it("records the wording the revision was made against, and a kept approval under the new wording", async () => {
    const { ref, reviewer, version, approveText, changeSource, entries } = await setup();
    await approveText("First paragraph, without a quotation.");
    await changeSource("Premier paragraphe, toujours sans citation.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version: await version(), comment: "Same meaning" });
    const [old, kept] = await entries();
    expect(old).toMatchObject({ sourceText: "Premier paragraphe, sans citation.", supersededAt: expect.any(Date), revisionId: null });
    expect(kept).toMatchObject({ sourceText: "Premier paragraphe, toujours sans citation.", targetText: "First paragraph, without a quotation.", supersededAt: null });
    expect(kept.revisionId).toEqual(expect.any(String));
  });

  it("records nothing when changes are requested", async () => {
    const { ref, reviewer, version, entries, slug } = await setup();
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await saveTranslation(test.db, { ...ref, actor: translator, text: `Draft ${slug}`, baseVersion: await version() });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version: await version(), comment: "No" });
    expect(await entries()).toEqual([]);
  });
});

describe("addImportedEntries", () => {
  it("adds imported pairs without report or revision, once", async () => {
    const entry = { sourceLanguage: "fr", targetLanguage: "ru", sourceText: "Une phrase importée unique.", targetText: "Импортированная фраза.", approvedByName: "TMX", approvedAt: new Date("2021-05-01") };
    expect(await writeTransaction(test.db, (tx) => addImportedEntries(tx, [entry, entry]))).toBe(1);
    expect(await writeTransaction(test.db, (tx) => addImportedEntries(tx, [entry]))).toBe(0);
    const stored = await test.db.memoryEntry.findMany({ where: { sourceText: entry.sourceText } });
    expect(stored).toMatchObject([{ origin: "import", reportSlug: null, paragraphKey: null, revisionId: null, approvedByName: "TMX", supersededAt: null }]);
  });
});
