import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listComments } from "@/lib/comments/list-comments";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
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
