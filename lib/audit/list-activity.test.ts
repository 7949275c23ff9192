import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import { activitySearch, parseActivityQuery } from "./activity-filters";
import type { ActivityFilters } from "./activity-filters";
import { ACTIVITY_PAGE_SIZE, listActivity, type WorkflowEntry } from "./list-activity";

let test: TestDb;
let admin: Actor;
let enTranslator: Actor;
let ruTranslator: Actor;
let enReviewer: Actor;
let slug: string;

// One report worked on in both languages, then a source correction: 9 events in all.
beforeAll(async () => {
  test = await createTestDb();
  admin = await createTestUser(test.db, { isAdmin: true });
  enTranslator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }], name: "Emma" });
  ruTranslator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }], name: "Irina" });
  enReviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }], name: "Olivia" });
  ({ slug } = await createTestReport(test.db));
  const en = { slug, paragraphKey: "p-one", language: "en" };
  await saveTranslation(test.db, { ...en, actor: enTranslator, text: "First.", baseVersion: 0 });
  await submitTranslation(test.db, { ...en, actor: enTranslator });
  await decideTranslation(test.db, { ...en, actor: enReviewer, decision: "request-changes", version: 1, comment: "Longer, please" });
  await saveTranslation(test.db, { ...en, actor: enTranslator, text: "First paragraph.", baseVersion: 1 });
  await submitTranslation(test.db, { ...en, actor: enTranslator });
  await decideTranslation(test.db, { ...en, actor: enReviewer, decision: "approve", version: 2 });
  await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "ru", actor: ruTranslator, text: "Первый.", baseVersion: 0 });
  await saveTranslation(test.db, { slug, paragraphKey: "h-intro", language: "ru", actor: ruTranslator, text: "Заголовок.", baseVersion: 0 });
  const mdx = SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, corrigé.");
  await syncReport(test.db, { slug, sourceFile: "t.mdx", report: parseReport(mdx, "t.mdx"), titles: {} });
});
afterAll(() => test.cleanup());

const list = (filters: ActivityFilters = {}, page = 1, actor: Actor | null = admin) => listActivity(test.db, { actor, filters, page });
// The workflow trail alone, as before user administration had a trail of its own.
const changes = async (filters: ActivityFilters = {}, page = 1) => {
  const result = await list({ kind: "translations", ...filters }, page);
  return { ...result, entries: result.entries.filter((entry): entry is WorkflowEntry => entry.kind === "translation") };
};

describe("the activity list", () => {
  it("lists every state change, newest first, with who, when, from, to and the comment", async () => {
    const { entries, total } = await changes();
    expect(total).toBe(9);
    expect(entries[0]).toMatchObject({ action: "source-changed", actor: null, fromState: "approved", toState: "outdated", language: "en", paragraph: { key: "p-one", number: 2 }, report: { slug } });
    const request = entries.find((entry) => entry.action === "request-changes");
    expect(request).toMatchObject({ actor: { name: "Olivia" }, fromState: "in-review", toState: "changes-requested", comment: "Longer, please", version: 1 });
    const times = entries.map((entry) => entry.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by person, by language and by the state reached", async () => {
    expect((await changes({ person: ruTranslator.id })).entries.map((entry) => entry.language)).toEqual(["ru", "ru"]);
    expect((await changes({ person: "system" })).entries.map((entry) => entry.action)).toEqual(["source-changed"]);
    expect((await list({ language: "ru" })).total).toBe(2);
    expect((await changes({ state: "in-review" })).entries.map((entry) => entry.action)).toEqual(["submit", "submit"]);
    expect((await list({ person: enReviewer.id, state: "approved" })).entries).toHaveLength(1);
    expect((await list({ language: "ru", state: "approved" })).entries).toEqual([]);
  });

  it("names the people who appear in either trail, for the person filter", async () => {
    const { people } = await list();
    expect(people.map((person) => person.name)).toEqual(expect.arrayContaining(["Emma", "Irina", "Olivia"]));
    // the admin did no translation work, but her account's creation is in the trail
    expect(people.map((person) => person.id)).toContain(admin.id);
    const nobody = await test.db.user.create({ data: { name: "Nobody", email: `nobody-${crypto.randomUUID()}@newsroom.test` } });
    expect((await list()).people.map((person) => person.id)).not.toContain(nobody.id);
  });

  it("is paginated, and a page past the end shows the last one", async () => {
    const { db } = test;
    const { slug: other } = await createTestReport(db);
    for (let version = 0; version < ACTIVITY_PAGE_SIZE; version += 1) {
      await saveTranslation(db, { slug: other, paragraphKey: "p-one", language: "en", actor: enTranslator, text: `Version ${version + 1}.`, baseVersion: version });
    }
    const first = await changes({ person: enTranslator.id });
    expect(first).toMatchObject({ total: ACTIVITY_PAGE_SIZE + 4, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(ACTIVITY_PAGE_SIZE);
    const second = await changes({ person: enTranslator.id }, 2);
    expect(second.entries).toHaveLength(4);
    expect(new Set([...first.entries, ...second.entries].map((entry) => entry.id)).size).toBe(ACTIVITY_PAGE_SIZE + 4);
    expect((await changes({ person: enTranslator.id }, 99)).page).toBe(2);
  });

  it("is for admins only", async () => {
    await expect(list({}, 1, null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(list({}, 1, enReviewer)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the activity filters in the address", () => {
  it("reads known values and names the ones it leaves out", () => {
    expect(parseActivityQuery({ kind: "users", person: "abc123", language: "ru", state: "outdated", page: "3" })).toEqual({
      filters: { kind: "users", person: "abc123", language: "ru", state: "outdated" },
      page: 3,
      ignored: [],
    });
    expect(parseActivityQuery({ kind: "everything", language: "de", state: "published", page: "-1", person: "<script>" })).toEqual({
      filters: {},
      page: 1,
      ignored: ["kind", "person", "language", "state", "page"],
    });
    expect(parseActivityQuery({ language: ["en", "ru"], person: "" })).toEqual({ filters: { language: "en" }, page: 1, ignored: [] });
  });

  it("writes the address of another page with the same filters", () => {
    expect(activitySearch({ language: "en", state: "approved" }, 2)).toEqual({ language: "en", state: "approved", page: "2" });
    expect(activitySearch({ person: "system" })).toEqual({ person: "system" });
    expect(activitySearch({ kind: "users", person: "abc" }, 3)).toEqual({ kind: "users", person: "abc", page: "3" });
  });
});
