import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { decideTranslation } from "./decide-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// A reviewer's comment is plain text by the same rules as a translation (lib/text/plain-text.ts).
describe("decideTranslation: the comment", () => {
  it("refuses controls, bidi overrides and lone surrogates, counts an invisible comment as none, and decides nothing", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    await saveTranslation(test.db, { ...ref, actor: translator, text: "First paragraph.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    const decide = (comment: string) => decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version: 1, comment });
    await expect(decide("x\ud800y")).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "not-well-formed" }] } });
    await expect(decide("Fix\u0000this")).rejects.toMatchObject({ details: { problems: [{ code: "control-character", character: "U+0000" }] } });
    await expect(decide("Fix \u202eshit\u202c")).rejects.toMatchObject({ details: { problems: [{ code: "bidi-control", character: "U+202E" }] } });
    await expect(decide("\u200b\u200b")).rejects.toMatchObject({ details: { problems: [{ code: "comment-required" }] } });
    expect(await test.db.reviewDecision.count()).toBe(0);
    await expect(decide("Check the names.\n\tThanks.")).resolves.toMatchObject({ state: "changes-requested" });
  });
});
