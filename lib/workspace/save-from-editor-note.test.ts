import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { getReviewQueue } from "@/lib/reviews/get-review-queue";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { getParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { restoreRevision } from "@/lib/translations/restore-revision";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { editorPartsFrom } from "./editor-parts";
import { saveFromEditor } from "./save-from-editor";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("the translator's note from the workspace", () => {
  it("is saved with the editor's text, shown to the reviewer against the version sent back, marked in the history and brought back by a restore", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    const parts = editorPartsFrom("First paragraph, no quotation.", []);
    const first = await saveFromEditor(test.db, { ...ref, actor: translator, parts, baseVersion: 0, translatorNote: "The KNB is the National Security Committee." });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version: first.version, comment: "Name the committee in full." });
    // the note alone changed: a new revision, resubmitted
    const second = await saveFromEditor(test.db, { ...ref, actor: translator, parts, baseVersion: first.version, translatorNote: "The KNB is the National Security Committee (Комитет национальной безопасности)." });
    expect(second).toMatchObject({ version: 2, isUnchanged: false });
    await submitTranslation(test.db, { ...ref, actor: translator });

    const [item] = (await getReviewQueue(test.db, { slug, language: "en", actor: reviewer })).items;
    expect(item.submitted?.translatorNote).toBe("The KNB is the National Security Committee (Комитет национальной безопасности).");
    expect(item.sentBack).toMatchObject({ version: 1, note: "The KNB is the National Security Committee." });

    const third = await saveFromEditor(test.db, { ...ref, actor: translator, parts, baseVersion: second.version, translatorNote: "" });
    const restored = await restoreRevision(test.db, { ...ref, actor: translator, version: 1, baseVersion: third.version });
    const history = await getParagraphHistory(test.db, { ...ref, actor: translator });
    expect(history.revisions.map((revision) => [revision.version, revision.translatorNote])).toEqual([
      [restored.version, "The KNB is the National Security Committee."],
      [3, null],
      [2, "The KNB is the National Security Committee (Комитет национальной безопасности)."],
      [1, "The KNB is the National Security Committee."],
    ]);
  });
});
