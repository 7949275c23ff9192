import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listComments } from "@/lib/comments/list-comments";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { findTranslationTarget } from "./find-target";
import { getParagraphHistory } from "./get-paragraph-history";
import { saveTranslation } from "./save-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("a paragraph whose translation row does not exist", () => {
  it("is read without being written, and created by the first save", async () => {
    const { slug } = await createTestReport(test.db);
    const where = { paragraph: { report: { slug }, key: "p-one" }, language: "ru" };
    await test.db.translation.deleteMany({ where });
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru", actor: irina };

    const history = await getParagraphHistory(test.db, ref);
    expect(history.translation).toMatchObject({ state: "missing", version: 0, approvedVersion: null });
    expect(history.revisions).toEqual([]);
    expect(await listComments(test.db, ref)).toEqual([]);
    expect(await test.db.translation.count({ where })).toBe(0);

    await expect(saveTranslation(test.db, { ...ref, text: "Первый абзац.", baseVersion: 0 })).resolves.toMatchObject({ version: 1 });
    expect(await test.db.translation.count({ where })).toBe(1);
  });
});

describe("findTranslationTarget", () => {
  it("finds the paragraph with its quotations in order and the language's row, and names what is unknown", async () => {
    const { slug } = await createTestReport(test.db);
    const found = await findTranslationTarget(test.db, { slug, paragraphKey: "p-quote", language: "ru" });
    expect(found.paragraph.quotes.map((quote) => quote.key)).toEqual(["q-one", "q-two"]);
    expect(found).toMatchObject({ language: "ru", paragraph: { key: "p-quote" }, translation: { language: "ru", paragraphId: found.paragraph.id } });

    const find = (ref: { slug?: string; paragraphKey?: string; language?: string }) =>
      findTranslationTarget(test.db, { slug, paragraphKey: "p-one", language: "ru", ...ref });
    await expect(find({ slug: "no-such-report" })).rejects.toMatchObject({ code: "not-found", details: { what: "report" } });
    await expect(find({ paragraphKey: "p-none" })).rejects.toMatchObject({ code: "not-found", details: { what: "paragraph" } });
    await expect(find({ paragraphKey: "p-none", language: "de" })).rejects.toMatchObject({ details: { what: "paragraph" } });
    await expect(find({ language: "de" })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    // a paragraph of another report is not this report's
    const other = await createTestReport(test.db);
    const elsewhere = await find({ slug: other.slug });
    expect(elsewhere.paragraph.reportId).not.toBe(found.paragraph.reportId);

    const withoutOne = SAMPLE_MDX.replace(/<Paragraph id="p-one">[\s\S]*?<\/Paragraph>\n/, "");
    await syncReport(test.db, { slug, sourceFile: `test/${slug}.mdx`, report: parseReport(withoutOne, `${slug}.mdx`), titles: {} });
    await expect(find({})).rejects.toMatchObject({ code: "not-found", details: { what: "paragraph" } });
  });
});
