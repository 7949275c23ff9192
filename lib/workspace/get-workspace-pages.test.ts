import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { longReportKey, writeLongReport } from "@/lib/testing/long-report";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser, uniqueSlug } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { getWorkspace } from "./get-workspace";
import { unpackOutline } from "./workspace-window";

// Issue 14: the workspace of a long report is one page of rows, with the whole report's outline.
let test: TestDb;
const slug = uniqueSlug("long-workspace");
beforeAll(async () => {
  test = await createTestDb();
  await writeLongReport(test.db, { slug, paragraphs: 130 });
}, 120_000);
afterAll(() => test.cleanup());

describe("getWorkspace on a long report", () => {
  it("sends one page of rows, the outline of every paragraph, and the page of a paragraph asked for by number", async () => {
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const options = { slug, language: "ru", actor: irina, sessionStart: new Date() };
    const first = await getWorkspace(test.db, options);
    expect(first.window).toEqual({ page: 1, pageCount: 3, pageSize: 50, first: 1, last: 50, total: 130, atKey: null });
    expect(first.rows.map((row) => row.number)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    const outline = unpackOutline(first.outline);
    expect(outline).toHaveLength(130);
    expect(outline[129]).toEqual({ key: first.outline.keys[129], number: 130, state: "missing" });
    expect(first.outline.states).toBe("0".repeat(130));

    const at = await getWorkspace(test.db, { ...options, window: { at: 75 } });
    expect(at.window).toMatchObject({ page: 2, first: 51, last: 100, atKey: at.outline.keys[74] });
    expect(at.rows[0]).toMatchObject({ number: 51, key: at.outline.keys[50] });
    expect((await getWorkspace(test.db, { ...options, window: { page: 3 } })).rows.map((row) => row.number)).toEqual(Array.from({ length: 30 }, (_, index) => index + 101));
  });

  it("opens on the page of the next paragraph needing work after where the translator left off", async () => {
    const dmitri = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const ref = { slug, language: "en", actor: dmitri };
    const workspace = await getWorkspace(test.db, { ...ref, sessionStart: new Date(), window: { page: 2 } });
    const row = workspace.rows.find((candidate) => candidate.kind === "paragraph" && candidate.quotes.length === 0)!;
    await saveTranslation(test.db, { ...ref, paragraphKey: row.key, text: "Translated.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, paragraphKey: row.key });
    const resumed = await getWorkspace(test.db, { ...ref, sessionStart: new Date() });
    expect(resumed.resume).toMatchObject({ paragraphKey: row.key });
    expect(resumed.window.page).toBe(Math.ceil((row.number + 1) / 50));
    expect(unpackOutline(resumed.outline).find((entry) => entry.key === row.key)?.state).toBe("in-review");
  });

  it("finds over the whole report on the server, each match with its page", async () => {
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const found = await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date(), find: "Dinara" });
    const keys = found.find!.matches.map((match) => match.key);
    expect(keys).toContain(longReportKey("p-dinara-photos", 6));
    const late = found.find!.matches.find((match) => match.key === longReportKey("p-dinara-photos", 6))!;
    expect(late.page).toBe(Math.ceil(late.number / 50));
    expect(late.page).toBeGreaterThan(1);
    expect(found.find!.total).toBe(found.find!.matches.length);
    expect((await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date(), find: "  " })).find).toBeNull();
  });

  it("hands the browser only the other translations the inconsistency check can name for the page", async () => {
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const options = { slug, language: "ru", actor: irina, sessionStart: new Date() };
    const all = await getWorkspace(test.db, { ...options, window: { page: 1, pageSize: 200 } });
    // a paragraph of the seed's second half, without quotations: on page 2 of 10 rows, not page 1
    const row = all.rows.find((candidate) => candidate.number > 10 && candidate.number <= 20 && candidate.quotes.length === 0 && candidate.kind === "paragraph")!;
    await saveTranslation(test.db, { slug, language: "ru", actor: irina, paragraphKey: row.key, text: "Переведённый абзац.", baseVersion: 0 });
    const others = async (page: number) => (await getWorkspace(test.db, { ...options, window: { page, pageSize: 10 } })).checks.context.others.map((other) => other.paragraphKey);
    expect(await others(1)).toEqual([]);
    expect(await others(2)).toEqual([row.key]);
    // the same block one copy later (21 blocks a copy) shares its sentences
    expect(await others(Math.ceil((row.number + 21) / 10))).toEqual([row.key]);
  });
});
