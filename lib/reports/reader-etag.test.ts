import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { matchesEtag, readerEtag } from "./reader-etag";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("readerEtag", () => {
  it("stays the same while nothing the reader shows changes, and changes with an approval", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { name: "Olivia Reviewer", roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    const page = `/en/reports/${slug}`;

    const first = await readerEtag(test.db, slug, page);
    expect(first).toMatch(/^W\/"[\w-]+"$/);
    expect(await readerEtag(test.db, slug, page)).toBe(first);

    const { version } = await saveTranslation(test.db, { ...ref, actor: translator, text: "The first words.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    const inReview = await readerEtag(test.db, slug, page);
    expect(inReview).not.toBe(first); // the reader shows that a translation awaits review

    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    const approved = await readerEtag(test.db, slug, page);
    expect(approved).not.toBe(inReview);

    // the approver's name is on the page
    await test.db.user.update({ where: { id: reviewer.id }, data: { name: "Olivia R." } });
    expect(await readerEtag(test.db, slug, page)).not.toBe(approved);
  });

  it("differs per address (the interface language) and is null for a report that does not exist", async () => {
    const { slug } = await createTestReport(test.db);
    expect(await readerEtag(test.db, slug, `/en/reports/${slug}`)).not.toBe(await readerEtag(test.db, slug, `/ru/reports/${slug}`));
    expect(await readerEtag(test.db, "no-such-report", "/en/reports/no-such-report")).toBeNull();
  });
});

describe("matchesEtag", () => {
  const tag = 'W/"abc"';
  it("compares weakly, within a list, and accepts *", () => {
    expect(matchesEtag('W/"abc"', tag)).toBe(true);
    expect(matchesEtag('"abc"', tag)).toBe(true);
    expect(matchesEtag('W/"x", W/"abc"', tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
  });
  it("refuses another tag or none", () => {
    expect(matchesEtag('W/"abd"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
    expect(matchesEtag("", tag)).toBe(false);
  });
});
