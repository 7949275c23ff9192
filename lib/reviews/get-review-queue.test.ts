import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { addComment } from "@/lib/comments/add-comment";
import type { Actor } from "@/lib/users/actor";
import { decideTranslation } from "./decide-translation";
import { getReviewPage } from "./get-review-page";
import { getReviewQueue } from "./get-review-queue";

let test: TestDb;
let translator: Actor;
let reviewer: Actor;
beforeAll(async () => {
  test = await createTestDb();
  translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }], name: "Tess Translator" });
  reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
});
afterAll(() => test.cleanup());

const QUOTED = `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was a war</q>,” she says.`;

async function submitted(slug: string, paragraphKey: string, text: string, actor: Actor = translator) {
  const ref = { slug, paragraphKey, language: "en" };
  const current = await test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: paragraphKey, report: { slug } } } });
  const { version } = await saveTranslation(test.db, { ...ref, actor, text, baseVersion: current.version });
  await submitTranslation(test.db, { ...ref, actor });
  return version;
}

describe("the review queue", () => {
  it("lists paragraphs in review, then outdated ones, each with both texts, the diff base and the warnings", async () => {
    const { slug } = await createTestReport(test.db);
    const v1 = await submitted(slug, "p-one", "First paragraph.");
    await decideTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: reviewer, decision: "approve", version: v1 });
    await submitted(slug, "h-intro", "Un titre de test");
    await submitted(slug, "p-quote", QUOTED.replace("It was a war", " "));
    const mdx = SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, corrigé.");
    await syncReport(test.db, { slug, sourceFile: "t.mdx", report: parseReport(mdx, "t.mdx"), titles: {} });

    const queue = await getReviewQueue(test.db, { slug, language: "en", actor: reviewer });
    expect(queue.items.map((item) => [item.key, item.state, item.number])).toEqual([
      ["h-intro", "in-review", 1],
      ["p-quote", "in-review", 3],
      ["p-one", "outdated", 2],
    ]);
    const [heading, quote, outdated] = queue.items;
    expect(heading.warnings).toEqual([{ id: "same-as-source" }]);
    expect(heading.submitted).toMatchObject({ version: 1, author: { name: "Tess Translator" } });
    expect(heading.approval).toEqual({ isAllowed: true });
    expect(quote.warnings).toEqual([{ id: "empty-quote", quote: "q-two" }]);
    expect(quote.source.quotes.map((entry) => entry.key)).toEqual(["q-one", "q-two"]);
    expect(outdated).toMatchObject({
      source: { text: "Premier paragraphe, corrigé." },
      earlierSource: { text: "Premier paragraphe, sans citation.", basis: "approval" },
      approved: { version: 1, text: "First paragraph." },
      warnings: [{ id: "older-source" }],
    });
  });

  it("tells a reviewer who wrote the revision that they cannot approve it", async () => {
    const { slug } = await createTestReport(test.db);
    const both = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }] });
    await submitted(slug, "p-one", "Mine.", both);
    const [item] = (await getReviewQueue(test.db, { slug, language: "en", actor: both })).items;
    expect(item.approval).toEqual({ isAllowed: false, reason: "own-revision" });
  });

  it("tells a reviewer whose words someone else restored, or built on, that they cannot approve", async () => {
    const { slug } = await createTestReport(test.db);
    const both = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    await saveTranslation(test.db, { ...ref, actor: both, text: "Mine.", baseVersion: 0 });
    await saveTranslation(test.db, { ...ref, actor: translator, text: "Theirs.", baseVersion: 1 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    const [item] = (await getReviewQueue(test.db, { slug, language: "en", actor: both })).items;
    expect(item).toMatchObject({ submitted: { author: { id: translator.id } }, approval: { isAllowed: false, reason: "own-revision" } });
    expect((await getReviewQueue(test.db, { slug, language: "en", actor: reviewer })).items[0].approval).toEqual({ isAllowed: true });
  });

  it("is for reviewers of the language only", async () => {
    const { slug } = await createTestReport(test.db);
    const russian = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const admin = await createTestUser(test.db, { isAdmin: true });
    const queue = (actor: Actor | null, language = "en") => getReviewQueue(test.db, { slug, language, actor });
    await expect(queue(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(queue(translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(queue(russian)).rejects.toMatchObject({ code: "forbidden" });
    await expect(queue(admin)).rejects.toMatchObject({ code: "forbidden" });
    await expect(queue(reviewer, "de")).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
    await expect(getReviewQueue(test.db, { slug: "nope", language: "en", actor: reviewer })).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("a resubmission in the queue", () => {
  it("carries the version sent back with the reviewer's comment, and says it was reviewed before", async () => {
    const { slug } = await createTestReport(test.db);
    const sent = await submitted(slug, "p-one", "First paragraph, no quotation.");
    await decideTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: reviewer, decision: "request-changes", version: sent, comment: "Say “without”." });
    const before = Date.now();
    await submitted(slug, "p-one", "First paragraph, without a quotation.");
    const [item] = (await getReviewQueue(test.db, { slug, language: "en", actor: reviewer })).items;
    expect(item.sentBack).toMatchObject({ version: sent, text: "First paragraph, no quotation.", comment: "Say “without”." });
    expect(item.sentBack?.by).toMatch(/^Test User/);
    expect(item).toMatchObject({ wasReviewedBefore: true, approved: null, submitted: { author: { name: "Tess Translator" } } });
    expect(item.waitingSince.getTime()).toBeGreaterThanOrEqual(before - 5);
  });

  it("has nothing sent back on a first submission", async () => {
    const { slug } = await createTestReport(test.db);
    await submitted(slug, "p-one", "First paragraph.");
    const [item] = (await getReviewQueue(test.db, { slug, language: "en", actor: reviewer })).items;
    expect(item).toMatchObject({ sentBack: null, wasReviewedBefore: false });
  });
});

describe("the context of the paragraph under review", () => {
  it("gives the paragraphs before and after, and the other language's approved text as the pivot", async () => {
    const { slug } = await createTestReport(test.db);
    const russian = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const russianReviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const ruRef = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(test.db, { ...ruRef, actor: russian, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ruRef, actor: russian });
    await decideTranslation(test.db, { ...ruRef, actor: russianReviewer, decision: "approve", version: 1 });
    await submitted(slug, "h-intro", "A test heading");
    await submitted(slug, "p-one", "First paragraph.");

    const page = await getReviewPage(test.db, { slug, language: "en", actor: reviewer, paragraphKey: "p-one" });
    expect(page.context).toMatchObject({
      previous: { key: "h-intro", number: 1, source: "Un titre de test", translation: { text: "A test heading", state: "in-review", isApproved: false } },
      next: { key: "p-quote", number: 3, translation: null },
      pivot: { language: "ru", text: "Первый абзац." },
    });
    const heading = await getReviewPage(test.db, { slug, language: "en", actor: reviewer, paragraphKey: "h-intro" });
    expect(heading.context).toMatchObject({ previous: null, next: { key: "p-one" }, pivot: { language: "ru", text: null } });
  });
});

describe("the review page", () => {
  it("shows one paragraph at a time, with its neighbours in the queue, its history and its comments", async () => {
    const { slug } = await createTestReport(test.db);
    await submitted(slug, "h-intro", "A test heading");
    await submitted(slug, "p-one", "First paragraph.");
    await submitted(slug, "p-quote", QUOTED);
    await addComment(test.db, { slug, paragraphKey: "p-one", language: "en", actor: translator, body: "Is “first” right?" });

    const first = await getReviewPage(test.db, { slug, language: "en", actor: reviewer });
    expect(first).toMatchObject({ current: { key: "h-intro" }, previousKey: null, nextKey: "p-one", isRequestedGone: false });

    const middle = await getReviewPage(test.db, { slug, language: "en", actor: reviewer, paragraphKey: "p-one" });
    expect(middle).toMatchObject({ current: { key: "p-one" }, previousKey: "h-intro", nextKey: "p-quote" });
    expect(middle.comments.map((comment) => comment.body)).toEqual(["Is “first” right?"]);
    expect(middle.history?.events.map((event) => event.action).sort()).toEqual(["save", "submit"]);

    const gone = await getReviewPage(test.db, { slug, language: "en", actor: reviewer, paragraphKey: "p-none" });
    expect(gone).toMatchObject({ current: { key: "h-intro" }, isRequestedGone: true });
  });

  it("has nothing to show when nothing awaits a decision", async () => {
    const { slug } = await createTestReport(test.db);
    expect(await getReviewPage(test.db, { slug, language: "en", actor: reviewer })).toMatchObject({ items: [], current: null, history: null, comments: [] });
  });
});
