import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { addComment } from "./add-comment";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("addComment", () => {
  it("refuses text that is not plain text, or only invisible, and stores nothing", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const post = (body: string) => addComment(test.db, { slug, paragraphKey: "p-one", language: "ru", actor: irina, body });
    await expect(post("x\ud800y")).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "not-well-formed" }] } });
    await expect(post("a\u0000b")).rejects.toMatchObject({ details: { problems: [{ code: "control-character", character: "U+0000" }] } });
    await expect(post("ok \u2066hidden\u2069")).rejects.toMatchObject({ details: { problems: [{ code: "bidi-control", character: "U+2066" }] } });
    await expect(post("\u200b\u200b")).rejects.toMatchObject({ details: { problems: [{ code: "empty" }] } });
    expect(await test.db.comment.count()).toBe(0);
    await expect(post("Line one\n\tline two")).resolves.toMatchObject({ id: expect.any(String) });
  });
});
