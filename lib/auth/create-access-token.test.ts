import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { createAccessToken } from "./create-access-token";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("createAccessToken: the name is one line of plain text", () => {
  it("refuses controls, bidi overrides, lone surrogates and invisible-only names, and creates nothing", async () => {
    const user = await createTestUser(test.db);
    const create = (name: string) => createAccessToken(test.db, { actor: user, name });
    await expect(create("ci\u0000")).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "control-character", character: "U+0000" }] } });
    await expect(create("ci\ntoken")).rejects.toMatchObject({ details: { problems: [{ code: "control-character", character: "U+000A" }] } });
    await expect(create("ci \u202enekot")).rejects.toMatchObject({ details: { problems: [{ code: "bidi-control", character: "U+202E" }] } });
    await expect(create("x\ud800")).rejects.toMatchObject({ details: { problems: [{ code: "not-well-formed" }] } });
    await expect(create("\u200b\u200b")).rejects.toMatchObject({ details: { problems: [{ code: "token-name" }] } });
    expect(await test.db.accessToken.count()).toBe(0);
    await expect(create("CAT tool")).resolves.toMatchObject({ name: "CAT tool" });
  });
});
