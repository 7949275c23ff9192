import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import { getMyWork } from "./get-my-work";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function inReview(slug: string, paragraphKey: string, actor: Actor, text: string) {
  const ref = { slug, paragraphKey, language: "en" };
  const { version } = await saveTranslation(test.db, { ...ref, actor, text, baseVersion: 0 });
  await submitTranslation(test.db, { ...ref, actor });
  return { ref, version };
}

describe("my work", () => {
  it("counts the changes requested of each translator and what waits for the reviewers, per report and language", async () => {
    const { slug } = await createTestReport(test.db);
    const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const james = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const olivia = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }, { role: "translator", language: "ru" }] });
    const sent = await inReview(slug, "p-one", emma, "First paragraph.");
    await decideTranslation(test.db, { ...sent.ref, actor: olivia, decision: "request-changes", version: sent.version, comment: "Say “without”." });
    await inReview(slug, "h-intro", james, "A test heading");

    const mine = (await getMyWork(test.db, { actor: emma })).filter((entry) => entry.slug === slug);
    expect(mine).toEqual([{ slug, title: "Reportage de test", language: "en", translate: { changesRequestedOfMe: 1, needingWork: 2 }, review: null }]);
    const his = (await getMyWork(test.db, { actor: james })).find((entry) => entry.slug === slug);
    expect(his?.translate).toEqual({ changesRequestedOfMe: 0, needingWork: 2 });
    const hers = (await getMyWork(test.db, { actor: olivia })).filter((entry) => entry.slug === slug);
    expect(hers).toEqual([
      { slug, title: "Reportage de test", language: "en", translate: null, review: { inReview: 1, outdated: 0 } },
      { slug, title: "Reportage de test", language: "ru", translate: { changesRequestedOfMe: 0, needingWork: 3 }, review: null },
    ]);
  });

  it("is empty for someone without a role, and asks anonymous callers to sign in", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    expect(await getMyWork(test.db, { actor: admin })).toEqual([]);
    await expect(getMyWork(test.db, { actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
