import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { listWorkspaces } from "./list-workspaces";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("listWorkspaces", () => {
  it("lists each report in the languages the person works on, with its states counted", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }, { role: "reviewer", language: "en" }] });
    await saveTranslation(test.db, { slug, language: "ru", paragraphKey: "p-one", actor: irina, text: "Первый абзац.", baseVersion: 0 });
    const entries = (await listWorkspaces(test.db, { actor: irina })).filter((entry) => entry.slug === slug);
    expect(entries.map((entry) => [entry.language, entry.canEdit, entry.total, entry.counts.missing, entry.counts.draft])).toEqual([
      ["en", false, 3, 3, 0],
      ["ru", true, 3, 2, 1],
    ]);
    const reader = await createTestUser(test.db);
    expect(await listWorkspaces(test.db, { actor: reader })).toEqual([]);
    await expect(listWorkspaces(test.db, { actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
