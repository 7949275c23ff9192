import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import type { Actor } from "@/lib/users/actor";
import { setUserRoles } from "@/lib/users/set-user-roles";
import type { ActivityFilters } from "./activity-filters";
import { listActivity } from "./list-activity";

let test: TestDb;
let claire: Actor;
let olivia: Actor;
beforeAll(async () => {
  test = await createTestDb();
  claire = await createTestUser(test.db, { isAdmin: true, name: "Claire Morel" });
  olivia = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }], name: "Olivia Grant" });
  await setUserRoles(test.db, { actor: claire, userId: olivia.id, isAdmin: false, roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }] });
  const { slug } = await createTestReport(test.db);
  await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: olivia, text: "First.", baseVersion: 0 });
});
afterAll(() => test.cleanup());

const list = (filters: ActivityFilters) => listActivity(test.db, { actor: claire, filters, page: 1 });
const summary = (entries: Awaited<ReturnType<typeof list>>["entries"]) =>
  entries.map((entry) => (entry.kind === "user" ? [entry.event.action, entry.actor?.name ?? null, entry.target.name] : [entry.action, entry.actor?.name ?? null]));

describe("user administration in the activity list", () => {
  it("answers who gave a person a role: the change, who made it and to whom", async () => {
    const { entries } = await list({ kind: "users", person: olivia.id });
    expect(entries[0]).toMatchObject({
      kind: "user",
      actor: { id: claire.id, name: "Claire Morel" },
      target: { id: olivia.id, name: "Olivia Grant" },
      event: { action: "roles-changed", details: { granted: [{ role: "reviewer", language: "en" }], removed: [] } },
    });
    expect(summary(entries)).toEqual([
      ["roles-changed", "Claire Morel", "Olivia Grant"],
      ["user-created", null, "Olivia Grant"],
    ]);
  });

  it("finds a person's changes as actor too, and the command line's as the automatic ones", async () => {
    expect(summary((await list({ kind: "users", person: claire.id })).entries)).toEqual([
      ["roles-changed", "Claire Morel", "Olivia Grant"],
      ["user-created", null, "Claire Morel"],
    ]);
    expect(summary((await list({ kind: "users", person: "system" })).entries)).toEqual([
      ["user-created", null, "Olivia Grant"],
      ["user-created", null, "Claire Morel"],
    ]);
  });

  it("merges both trails newest first, and leaves user administration out of a language or state filter", async () => {
    expect(summary((await list({ person: olivia.id })).entries)).toEqual([
      ["save", "Olivia Grant"],
      ["roles-changed", "Claire Morel", "Olivia Grant"],
      ["user-created", null, "Olivia Grant"],
    ]);
    expect(summary((await list({ person: olivia.id, language: "en" })).entries)).toEqual([["save", "Olivia Grant"]]);
    expect((await list({ kind: "translations", person: olivia.id })).total).toBe(1);
  });

  it("leaves out a row it cannot read instead of failing the page", async () => {
    await test.db.adminEvent.create({ data: { actorId: claire.id, targetUserId: olivia.id, action: "something-new", details: "{" } });
    const { entries } = await list({ kind: "users", person: olivia.id });
    expect(entries.map((entry) => entry.kind === "user" && entry.event.action)).toEqual(["roles-changed", "user-created"]);
  });
});
