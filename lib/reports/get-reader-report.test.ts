import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { getReaderReport } from "./get-reader-report";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function newsroom() {
  const { slug } = await createTestReport(test.db);
  const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const reviewer = await createTestUser(test.db, { name: "Olivia Reviewer", roles: [{ role: "reviewer", language: "en" }] });
  const ref = { slug, paragraphKey: "p-one", language: "en" };
  let version = 0;
  const steps = {
    save: async (text: string) => {
      version = (await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: version })).version;
    },
    submit: () => submitTranslation(test.db, { ...ref, actor: translator }),
    approve: () => decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version }),
    requestChanges: () => decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "Closer, please." }),
    cell: async (key = "p-one") => {
      const report = await getReaderReport(test.db, slug);
      return report!.rows.find((row) => row.key === key)!.cells.en;
    },
    resync: (mdx: string) => syncReport(test.db, { slug, sourceFile: "test.mdx", report: parseReport(mdx, "test.mdx"), titles: {} }),
  };
  return { slug, ...steps };
}

describe("getReaderReport: what readers are told about each translation", () => {
  it("says missing when nobody has translated the paragraph, with nothing to show", async () => {
    const { cell } = await newsroom();
    expect(await cell()).toEqual({ language: "en", status: "missing", approved: null, pending: null, approvedSource: null });
  });

  it("shows a draft only as pending, never as approved", async () => {
    const { save, cell } = await newsroom();
    await save("First paragraph, a draft.");
    expect(await cell()).toMatchObject({ status: "draft", approved: null, pending: { text: "First paragraph, a draft.", state: "draft", version: 1 } });
  });

  it("says in review, then changes requested, with the text still only pending", async () => {
    const { save, submit, requestChanges, cell } = await newsroom();
    await save("First paragraph, for review.");
    await submit();
    expect(await cell()).toMatchObject({ status: "in-review", approved: null, pending: { state: "in-review" } });
    await requestChanges();
    expect(await cell()).toMatchObject({ status: "changes-requested", approved: null, pending: { state: "changes-requested" } });
  });

  it("shows approved text with who approved it and when", async () => {
    const { save, submit, approve, cell } = await newsroom();
    await save("The first paragraph, without a quotation.");
    await submit();
    const before = Date.now();
    await approve();
    const approved = await cell();
    expect(approved).toMatchObject({
      status: "approved",
      approved: { text: "The first paragraph, without a quotation.", version: 1, by: "Olivia Reviewer" },
      pending: null,
      approvedSource: null,
    });
    expect(approved.approved!.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("keeps showing the approved text while a newer version is pending, and offers that apart", async () => {
    const { save, submit, approve, cell } = await newsroom();
    await save("The first paragraph.");
    await submit();
    await approve();
    await save("The very first paragraph.");
    expect(await cell()).toMatchObject({
      status: "approved",
      approved: { text: "The first paragraph.", version: 1 },
      pending: { text: "The very first paragraph.", version: 2, state: "draft" },
    });
    await submit();
    expect(await cell()).toMatchObject({ status: "approved", pending: { version: 2, state: "in-review" } });
  });

  it("marks an approval outdated when the original changes, keeping the approved text and the wording it was approved against", async () => {
    const { save, submit, approve, cell, resync } = await newsroom();
    await save("The first paragraph, without a quotation.");
    await submit();
    await approve();
    await resync(SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, toujours sans citation."));
    expect(await cell()).toMatchObject({
      status: "outdated",
      approved: { text: "The first paragraph, without a quotation.", by: "Olivia Reviewer" },
      approvedSource: "Premier paragraphe, sans citation.",
    });
  });

  it("stays outdated, with the newer text pending, while the translator revises it", async () => {
    const { save, submit, approve, cell, resync } = await newsroom();
    await save("The first paragraph.");
    await submit();
    await approve();
    await resync(SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe corrigé."));
    await save("The corrected first paragraph.");
    expect(await cell()).toMatchObject({
      status: "outdated",
      approved: { text: "The first paragraph." },
      pending: { text: "The corrected first paragraph.", state: "draft" },
    });
    await submit();
    expect(await cell()).toMatchObject({ status: "outdated", pending: { state: "in-review" } });
  });

  it("approving a revision made against the new wording clears the outdated state", async () => {
    const { save, submit, approve, cell, resync } = await newsroom();
    await save("The first paragraph.");
    await submit();
    await approve();
    await resync(SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe corrigé."));
    await save("The corrected first paragraph.");
    await submit();
    await approve();
    expect(await cell()).toMatchObject({ status: "approved", approved: { text: "The corrected first paragraph.", version: 2 }, pending: null });
  });

  it("lists paragraphs in order with their source, and the quotations with speaker, language and closure", async () => {
    const { slug } = await newsroom();
    const report = (await getReaderReport(test.db, slug))!;
    expect(report.rows.map((row) => [row.key, row.kind])).toEqual([
      ["h-intro", "heading"],
      ["p-one", "paragraph"],
      ["p-quote", "paragraph"],
    ]);
    expect(report.rows[2].source).toContain('<q id="q-one">Je suis venue ici</q>');
    expect(report.quotes).toEqual([
      { key: "q-one", kind: "speech", paragraphKey: "p-quote", speakerKey: "dinara", speakerName: "Dinara", speakerRole: "habitante d’Almaty", spokenLanguage: null, isClosed: true },
      { key: "q-two", kind: "speech", paragraphKey: "p-quote", speakerKey: "dinara", speakerName: "Dinara", speakerRole: "habitante d’Almaty", spokenLanguage: null, isClosed: true },
    ]);
    expect(report.titles).toEqual({ en: "Test report", ru: "Тестовый репортаж" });
  });

  it("answers null for an unknown report", async () => {
    expect(await getReaderReport(test.db, "no-such-report")).toBeNull();
  });
});
