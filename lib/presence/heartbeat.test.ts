import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { heartbeat } from "./heartbeat";
import { PRESENCE_TTL_MS } from "./policy";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

async function twoTranslators() {
  const { slug } = await createTestReport(test.db);
  const irina = await createTestUser(test.db, { name: "Irina", roles: [{ role: "translator", language: "ru" }] });
  const dmitri = await createTestUser(test.db, { name: "Dmitri", roles: [{ role: "translator", language: "ru" }] });
  return { slug, irina, dmitri };
}

describe("heartbeat (who is editing)", () => {
  it("shows a translator's mark to the others, since when they started, not to themselves", async () => {
    const { slug, irina, dmitri } = await twoTranslators();
    const start = new Date("2026-01-10T10:32:00Z");
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-quote", now: start });
    const later = await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-quote", now: at(start, 20_000) });
    expect(later.editors).toEqual([]);
    const seen = await heartbeat(test.db, { slug, language: "ru", actor: dmitri, paragraphKey: null, now: at(start, 30_000) });
    expect(seen.editors).toEqual([{ paragraphKey: "p-quote", userId: irina.id, name: "Irina", since: start }]);
  });

  it("expires a mark a minute after its last heartbeat, and starts a new one afresh", async () => {
    const { slug, irina, dmitri } = await twoTranslators();
    const start = new Date("2026-01-10T10:00:00Z");
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-one", now: start });
    const look = (ms: number) => heartbeat(test.db, { slug, language: "ru", actor: dmitri, paragraphKey: null, now: at(start, ms) });
    expect((await look(PRESENCE_TTL_MS - 1)).editors).toHaveLength(1);
    expect((await look(PRESENCE_TTL_MS)).editors).toEqual([]);
    const back = at(start, PRESENCE_TTL_MS + 5_000);
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-one", now: back });
    expect((await look(PRESENCE_TTL_MS + 6_000)).editors).toEqual([expect.objectContaining({ since: back })]);
  });

  it("moves the mark when the translator opens another paragraph, and clears it when they leave", async () => {
    const { slug, irina, dmitri } = await twoTranslators();
    const now = new Date();
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-one", now });
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: "p-quote", now });
    const look = () => heartbeat(test.db, { slug, language: "ru", actor: dmitri, paragraphKey: null, now });
    expect((await look()).editors.map((mark) => mark.paragraphKey)).toEqual(["p-quote"]);
    await heartbeat(test.db, { slug, language: "ru", actor: irina, paragraphKey: null, now });
    expect((await look()).editors).toEqual([]);
  });

  it("answers each paragraph's latest version, so the page notices others' saves", async () => {
    const { slug, irina, dmitri } = await twoTranslators();
    await saveTranslation(test.db, { slug, language: "ru", paragraphKey: "p-one", actor: irina, text: "Один.", baseVersion: 0 });
    const { versions } = await heartbeat(test.db, { slug, language: "ru", actor: dmitri, paragraphKey: null });
    expect(versions).toEqual({ "h-intro": 0, "p-one": 1, "p-quote": 0 });
  });

  it("lets reviewers look but not mark, and refuses everyone else", async () => {
    const { slug } = await twoTranslators();
    const anna = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await expect(heartbeat(test.db, { slug, language: "ru", actor: anna, paragraphKey: null })).resolves.toBeTruthy();
    await expect(heartbeat(test.db, { slug, language: "ru", actor: anna, paragraphKey: "p-one" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(heartbeat(test.db, { slug, language: "ru", actor: emma, paragraphKey: null })).rejects.toMatchObject({ code: "forbidden" });
    await expect(heartbeat(test.db, { slug, language: "ru", actor: null, paragraphKey: null })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(heartbeat(test.db, { slug, language: "ru", actor: anna, paragraphKey: null })).resolves.toBeTruthy();
  });
});
