import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { getApiReport } from "@/lib/reports/get-api-report";
import { getReviewQueue } from "@/lib/reviews/get-review-queue";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { checkTranslation } from "./check-translation";
import { dismissCheck } from "./dismiss-check";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// "Алмaты" has a Latin a: the mixed-script error.
const MIXED = "Первый абзац, в Алмaты.";

async function draft(text: string) {
  const { slug } = await createTestReport(test.db);
  const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
  const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
  const ref = { slug, paragraphKey: "p-one", language: "ru" };
  await saveTranslation(test.db, { ...ref, actor: irina, text, baseVersion: 0 });
  const state = () =>
    test.db.translation.findFirstOrThrow({
      where: { language: "ru", paragraph: { key: "p-one", report: { slug } } },
      include: { revisions: true, events: { orderBy: { createdAt: "asc" } } },
    });
  return { ref, irina, anna, state };
}

describe("an error check stops the submission unless overridden with a reason", () => {
  it("refuses a submission with an error, naming the check, and writes nothing", async () => {
    const { ref, irina, state } = await draft(MIXED);
    await expect(submitTranslation(test.db, { ...ref, actor: irina })).rejects.toMatchObject({
      code: "invalid",
      details: { problems: [{ code: "check-errors", detail: "mixed-script" }], checks: [{ id: "mixed-script", detail: "Алмaты" }] },
    });
    const after = await state();
    expect(after.state).toBe("draft");
    expect(after.events.map((event) => event.action)).toEqual(["save"]);
  });

  it("refuses an override without a reason, or of an unknown check, and writes nothing", async () => {
    const { ref, irina, state } = await draft(MIXED);
    for (const overrides of [[{ check: "mixed-script", reason: "  " }], [{ check: "no-such-check", reason: "Parce que." }]]) {
      await expect(submitTranslation(test.db, { ...ref, actor: irina, overrides })).rejects.toMatchObject({
        code: "invalid",
        details: { problems: [{ code: "override-reason" }] },
      });
    }
    expect((await state()).state).toBe("draft");
  });

  it("submits with the override, keeps it on the revision, in the audit trail and for the reviewer", async () => {
    const { ref, irina, anna, state } = await draft(MIXED);
    const reason = "Название латиницей по просьбе редакции.";
    await expect(submitTranslation(test.db, { ...ref, actor: irina, overrides: [{ check: "mixed-script", reason }] })).resolves.toMatchObject({ state: "in-review" });
    const after = await state();
    expect(JSON.parse(after.revisions[0].checkOverrides ?? "null")).toEqual([{ check: "mixed-script", reason }]);
    expect(after.events.at(-1)).toMatchObject({ action: "submit", comment: `mixed-script: ${reason}` });
    const queue = await getReviewQueue(test.db, { slug: ref.slug, language: "ru", actor: anna });
    expect(queue.items[0]).toMatchObject({ key: "p-one", overrides: [{ check: "mixed-script", reason }], warnings: [{ id: "mixed-script" }] });
  });

  it("takes an override given with the save (the API's PUT), and lets warnings through", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const ref = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(test.db, { ...ref, actor: irina, text: MIXED, baseVersion: 0, checkOverrides: [{ check: "mixed-script", reason: "Так надо." }] });
    await expect(submitTranslation(test.db, { ...ref, actor: irina })).resolves.toMatchObject({ state: "in-review" });
    const other = { ...ref, paragraphKey: "p-quote" };
    await saveTranslation(test.db, { ...other, actor: irina, text: `«<q id="q-one">Я пришла</q>»,  — говорит Динара. «<q id="q-two">Война</q>», — говорит она.`, baseVersion: 0 });
    expect((await checkTranslation(test.db, other)).findings).toEqual([{ id: "double-space" }]);
    await expect(submitTranslation(test.db, { ...other, actor: irina })).resolves.toMatchObject({ state: "in-review" });
  });
});

describe("a reviewer dismisses a warning as a false positive", () => {
  it("stops showing it on that paragraph: review queue, server checks and API", async () => {
    const { ref, irina, anna } = await draft("Первый  абзац.");
    await submitTranslation(test.db, { ...ref, actor: irina });
    expect((await checkTranslation(test.db, ref)).findings).toEqual([{ id: "double-space" }]);
    await dismissCheck(test.db, { ...ref, actor: anna, check: "double-space", reason: "Так в оригинале." });
    expect((await checkTranslation(test.db, ref)).findings).toEqual([]);
    expect((await getReviewQueue(test.db, { slug: ref.slug, language: "ru", actor: anna })).items[0].warnings).toEqual([]);
    const api = await getApiReport(test.db, { slug: ref.slug, actor: anna, locale: "en" });
    expect(api.translations.ru.paragraphs.find((entry) => entry.paragraph === "p-one")?.checks).toEqual([]);
  });

  it("refuses to dismiss an error or without a reason, and lets only reviewers of the language", async () => {
    const { ref, irina, anna } = await draft(MIXED);
    await expect(dismissCheck(test.db, { ...ref, actor: anna, check: "mixed-script", reason: "Non." })).rejects.toMatchObject({ details: { problems: [{ code: "dismiss-error" }] } });
    await expect(dismissCheck(test.db, { ...ref, actor: anna, check: "double-space", reason: " " })).rejects.toMatchObject({ details: { problems: [{ code: "override-reason" }] } });
    await expect(dismissCheck(test.db, { ...ref, actor: irina, check: "double-space", reason: "Moi." })).rejects.toMatchObject({ code: "forbidden" });
    expect(await test.db.checkDismissal.count({ where: { translation: { paragraph: { report: { slug: ref.slug } } } } })).toBe(0);
  });
});

describe("the API's checks", () => {
  it("gives each translation's checks with severity and a message in the caller's language", async () => {
    const { ref, anna } = await draft(MIXED);
    const fr = await getApiReport(test.db, { slug: ref.slug, actor: anna, locale: "fr" });
    // French typography: no-break spaces inside « », compared here as plain ones
    const checks = fr.translations.ru.paragraphs.find((entry) => entry.paragraph === "p-one")?.checks ?? [];
    expect(checks.map((check) => ({ ...check, message: check.message.replace(/[\u00a0\u202f]/g, " ") }))).toEqual([
      { id: "mixed-script", severity: "error", message: "« Алмaты » mêle lettres latines et cyrilliques." },
    ]);
  });
});
