import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { canSeeUnreviewedText, unreviewedTextPolicy } from "@/lib/permissions";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { getApiReport } from "./get-api-report";
import { getReaderReport } from "./get-reader-report";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("one rule for unreviewed text (lib/permissions.ts)", () => {
  it("is a newsroom setting: disclosed by default, hidden on request, the default for anything else", () => {
    expect(unreviewedTextPolicy(undefined)).toBe("disclosed");
    expect(unreviewedTextPolicy("hidden")).toBe("hidden");
    expect(unreviewedTextPolicy("HIDDEN!")).toBe("disclosed");
    expect(canSeeUnreviewedText(null, "ru", "disclosed")).toBe(true);
    expect(canSeeUnreviewedText(null, "ru", "hidden")).toBe(false);
  });

  it("the reader and the API give an anonymous visitor the same thing under either setting", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: irina });
    await decideTranslation(test.db, { ...ref, actor: anna, decision: "approve", version: 1 });
    await saveTranslation(test.db, { ...ref, actor: irina, text: "Первый абзац, черновик.", baseVersion: 1 });
    onTestFinished(() => {
      delete process.env.NEWSROOM_UNREVIEWED_TEXT;
    });

    const seen = async () => {
      const reader = (await getReaderReport(test.db, slug))!.rows.find((row) => row.key === "p-one")!.cells.ru;
      const api = (await getApiReport(test.db, { slug, actor: null, locale: "en" })).translations.ru.paragraphs.find((entry) => entry.paragraph === "p-one")!;
      return { reader: reader.pending?.text ?? null, api: api.latest?.text ?? null, approved: [reader.approved?.text, api.approved?.text] };
    };
    delete process.env.NEWSROOM_UNREVIEWED_TEXT;
    expect(await seen()).toEqual({ reader: "Первый абзац, черновик.", api: "Первый абзац, черновик.", approved: ["Первый абзац.", "Первый абзац."] });
    process.env.NEWSROOM_UNREVIEWED_TEXT = "hidden";
    expect(await seen()).toEqual({ reader: null, api: null, approved: ["Первый абзац.", "Первый абзац."] });
  });
});
