import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser, SAMPLE_MDX } from "@/lib/testing/fixtures";
import { restoreRevision } from "@/lib/translations/restore-revision";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import { decideTranslation, MAX_REVIEW_COMMENT_LENGTH } from "./decide-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

type Ref = { slug: string; paragraphKey: string; language: string };

async function setup() {
  const { slug } = await createTestReport(test.db);
  const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
  const ref: Ref = { slug, paragraphKey: "p-one", language: "en" };
  const save = async (text: string, actor: Actor = translator) => {
    const { version } = await test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: "p-one", report: { slug } } } });
    return saveTranslation(test.db, { ...ref, actor, text, baseVersion: version });
  };
  const submit = (actor: Actor = translator) => submitTranslation(test.db, { ...ref, actor });
  const inReview = async (text = "First paragraph, without a quotation.", actor: Actor = translator) => {
    const { version } = await save(text, actor);
    await submit(actor);
    return version;
  };
  const state = async () =>
    test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: "p-one", report: { slug } } }, include: { events: true, decisions: true } });
  const changeSource = async (wording: string) => {
    const mdx = SAMPLE_MDX.replace("Premier paragraphe, sans citation.", wording);
    await syncReport(test.db, { slug, sourceFile: `test/${slug}.mdx`, report: parseReport(mdx, `${slug}.mdx`), titles: {} });
  };
  return { slug, ref, translator, reviewer, save, submit, inReview, state, changeSource };
}

describe("decideTranslation", () => {
  it("approves the version in review, recording who and when, in the decision and the audit trail", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const version = await inReview();
    const result = await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    expect(result).toEqual({ version, state: "approved" });
    const after = await state();
    expect(after).toMatchObject({ state: "approved", approvedById: reviewer.id });
    expect(after.approvedAt).toBeInstanceOf(Date);
    expect(after.decisions).toMatchObject([{ decision: "approve", reviewerId: reviewer.id, version, comment: null }]);
    expect(after.events.at(-1)).toMatchObject({ action: "approve", actorId: reviewer.id, fromState: "in-review", toState: "approved", version });
  });

  it("requests changes only with a comment, and records the comment", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const version = await inReview();
    for (const comment of [undefined, "", "   "]) {
      const refused = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment });
      await expect(refused).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "comment-required" }] } });
    }
    expect((await state()).decisions).toHaveLength(0);
    const tooLong = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "x".repeat(MAX_REVIEW_COMMENT_LENGTH + 1) });
    await expect(tooLong).rejects.toMatchObject({ code: "invalid" });

    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "  Say “first”, not “premier”. " });
    const after = await state();
    expect(after.state).toBe("changes-requested");
    expect(after.events.at(-1)).toMatchObject({ action: "request-changes", fromState: "in-review", toState: "changes-requested", comment: "Say “first”, not “premier”." });
  });

  it("refuses to approve past warnings unless they are acknowledged, then records what was acknowledged", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    // pasted back untranslated: the same-as-source check warns
    const version = await inReview("Premier paragraphe, sans citation.");
    for (const acknowledgeWarnings of [undefined, false]) {
      const refused = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version, acknowledgeWarnings });
      await expect(refused).rejects.toMatchObject({
        code: "invalid",
        details: { problems: [{ code: "warnings-unacknowledged" }], warnings: [{ id: "same-as-source" }] },
      });
    }
    expect(await state()).toMatchObject({ state: "in-review", decisions: [], approvedById: null });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version, acknowledgeWarnings: true });
    const after = await state();
    expect(after.state).toBe("approved");
    expect(after.decisions).toHaveLength(1);
    expect(JSON.parse(after.decisions[0].acknowledgedWarnings ?? "null")).toEqual([{ id: "same-as-source" }]);
  });

  it("approves a text without warnings with no acknowledgement, and records none", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const version = await inReview();
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    expect((await state()).decisions).toMatchObject([{ decision: "approve", acknowledgedWarnings: null }]);
  });

  it("asks no acknowledgement to request changes on a text with warnings", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const version = await inReview("Premier paragraphe, sans citation.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "Translate it." });
    expect((await state()).decisions).toMatchObject([{ decision: "request-changes", acknowledgedWarnings: null }]);
  });

  it("refuses decisions on a translation that is not awaiting one", async () => {
    const { ref, reviewer, save, inReview, state } = await setup();
    const missing = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: 0 });
    await expect(missing).rejects.toMatchObject({ code: "invalid-transition", details: { state: "missing" } });
    const { version } = await save("A draft.");
    const draft = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    await expect(draft).rejects.toMatchObject({ code: "invalid-transition", details: { state: "draft", currentText: "A draft." } });
    const submitted = await inReview("A finished text.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: submitted });
    const twice = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: submitted });
    await expect(twice).rejects.toMatchObject({ code: "invalid-transition", details: { state: "approved" } });
    const requestAfterApproval = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version: submitted, comment: "Why?" });
    await expect(requestAfterApproval).rejects.toMatchObject({ code: "invalid-transition" });
    expect((await state()).decisions).toHaveLength(1);
  });

  it("keeps an approval only from outdated, and only with a reason", async () => {
    const { ref, reviewer, inReview, state, changeSource } = await setup();
    const version = await inReview();
    const early = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version, comment: "Nothing changed" });
    await expect(early).rejects.toMatchObject({ code: "invalid-transition", details: { state: "in-review" } });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    const approved = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version, comment: "Nothing changed" });
    await expect(approved).rejects.toMatchObject({ code: "invalid-transition", details: { state: "approved" } });

    await changeSource("Premier paragraphe, sans aucune citation.");
    const outdated = await state();
    expect(outdated.state).toBe("outdated");
    const silent = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version });
    await expect(silent).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "comment-required" }] } });

    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version, comment: "“aucune” adds nothing to translate" });
    const kept = await state();
    const paragraph = await test.db.sourceParagraph.findUniqueOrThrow({ where: { id: kept.paragraphId } });
    expect(kept).toMatchObject({ state: "approved", approvedSourceHash: paragraph.hash, approvedRevisionId: outdated.approvedRevisionId });
    expect(kept.events.at(-1)).toMatchObject({ action: "keep-approval", fromState: "outdated", toState: "approved", comment: "“aucune” adds nothing to translate" });
  });

  it("lets a reviewer send an outdated translation back for changes", async () => {
    const { ref, reviewer, inReview, state, changeSource } = await setup();
    const version = await inReview();
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    await changeSource("Premier paragraphe, désormais avec un autre sens.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version, comment: "The meaning changed" });
    expect(await state()).toMatchObject({ state: "changes-requested", approvedSourceHash: expect.any(String) });
  });

  it("refuses to let anyone approve a revision they wrote, or keep its approval (four eyes)", async () => {
    const { ref, reviewer, inReview, state, changeSource } = await setup();
    const both = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }] });
    const version = await inReview("My own text.", both);
    const own = decideTranslation(test.db, { ...ref, actor: both, decision: "approve", version });
    await expect(own).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
    expect((await state()).state).toBe("in-review");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });

    await changeSource("Premier paragraphe, corrigé.");
    const keep = decideTranslation(test.db, { ...ref, actor: both, decision: "keep-approval", version, comment: "Fine" });
    await expect(keep).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
    // Requesting changes on one's own text is not an approval.
    await decideTranslation(test.db, { ...ref, actor: both, decision: "request-changes", version, comment: "I will redo it" });
    expect((await state()).state).toBe("changes-requested");
  });

  describe("four eyes look at who wrote the words since the last approval", () => {
    const olivia = () => createTestUser(test.db, { roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }], name: "Olivia" });

    it("refuses a reviewer whose revision someone else restored", async () => {
      const { ref, translator: emma, reviewer, save, submit, state } = await setup();
      const both = await olivia();
      await save("Olivia's words.", both);
      await save("Emma's words.", emma);
      const restored = await restoreRevision(test.db, { ...ref, actor: emma, version: 1, baseVersion: 2 });
      await submit(emma);
      const revision = await test.db.revision.findFirstOrThrow({ where: { translationId: (await state()).id, version: restored.version } });
      expect(revision).toMatchObject({ authorId: emma.id, textAuthorId: both.id });
      const own = decideTranslation(test.db, { ...ref, actor: both, decision: "approve", version: restored.version });
      await expect(own).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
      expect(await state()).toMatchObject({ state: "in-review", approvedRevisionId: null });
      await expect(decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: restored.version })).resolves.toMatchObject({ state: "approved" });
    });

    it("refuses a reviewer who wrote an earlier revision since the last approval, even under someone else's", async () => {
      const { ref, translator: emma, save, submit } = await setup();
      const both = await olivia();
      await save("Olivia's first draft.", both);
      const { version } = await save("Emma's edit on top of it.", emma);
      await submit(emma);
      const refused = decideTranslation(test.db, { ...ref, actor: both, decision: "approve", version });
      await expect(refused).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
    });

    it("lets a reviewer approve what others wrote after their own words were approved", async () => {
      const { ref, translator: emma, reviewer, inReview } = await setup();
      const both = await olivia();
      const first = await inReview("Olivia's approved words.", both);
      await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: first });
      const second = await inReview("Emma's new text.", emma);
      await expect(decideTranslation(test.db, { ...ref, actor: both, decision: "approve", version: second })).resolves.toMatchObject({ state: "approved" });
    });

    it("refuses keeping the approval of a restored revision to the one who wrote its words", async () => {
      const { ref, translator: emma, reviewer, save, submit, changeSource } = await setup();
      const both = await olivia();
      await save("Olivia's words.", both);
      await save("Emma's words.", emma);
      const { version } = await restoreRevision(test.db, { ...ref, actor: emma, version: 1, baseVersion: 2 });
      await submit(emma);
      await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
      await changeSource("Premier paragraphe, retouché.");
      const keep = decideTranslation(test.db, { ...ref, actor: both, decision: "keep-approval", version, comment: "Still right" });
      await expect(keep).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
      await expect(decideTranslation(test.db, { ...ref, actor: reviewer, decision: "keep-approval", version, comment: "Still right" })).resolves.toMatchObject({ state: "approved" });
    });
  });

  it("refuses a decision about a version that is no longer the current one, with the current text", async () => {
    const { ref, reviewer, translator, inReview, save, submit, state } = await setup();
    const seen = await inReview("The text the reviewer opened.");
    await save("The text the translator saved since.", translator);
    await submit();
    const stale = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: seen });
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      details: { currentVersion: seen + 1, currentText: "The text the translator saved since.", currentState: "in-review" },
    });
    const after = await state();
    expect(after).toMatchObject({ state: "in-review", approvedRevisionId: null });
    expect(after.decisions).toHaveLength(0);
  });

  it("lets only reviewers of the language decide", async () => {
    const { ref, translator, inReview, state } = await setup();
    const version = await inReview();
    const russian = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    const admin = await createTestUser(test.db, { isAdmin: true });
    const decide = (actor: Actor | null) => decideTranslation(test.db, { ...ref, actor, decision: "approve", version });
    await expect(decide(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(decide(translator)).rejects.toMatchObject({ code: "forbidden" });
    await expect(decide(russian)).rejects.toMatchObject({ code: "forbidden" });
    await expect(decide(admin)).rejects.toMatchObject({ code: "forbidden" });
    expect((await state()).state).toBe("in-review");
  });

  it("answers not found for an unknown report, paragraph or language", async () => {
    const { slug, reviewer } = await setup();
    const decide = (ref: Ref) => decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: 1 });
    await expect(decide({ slug: "no-such-report", paragraphKey: "p-one", language: "en" })).rejects.toMatchObject({ code: "not-found", details: { what: "report" } });
    await expect(decide({ slug, paragraphKey: "p-none", language: "en" })).rejects.toMatchObject({ code: "not-found", details: { what: "paragraph" } });
    await expect(decide({ slug, paragraphKey: "p-one", language: "de" })).rejects.toMatchObject({ code: "not-found", details: { what: "language" } });
  });

  it("leaves a revision made against an earlier source wording outdated when approved, until one made against the new wording is", async () => {
    const { ref, reviewer, inReview, state, changeSource } = await setup();
    const old = await inReview("First paragraph, without a quotation.");
    await changeSource("Premier paragraphe, avec une correction.");
    // made against an earlier wording: a warning the reviewer acknowledges
    const unacknowledged = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: old });
    await expect(unacknowledged).rejects.toMatchObject({ code: "invalid", details: { warnings: [{ id: "older-source" }] } });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: old, acknowledgeWarnings: true });
    const approvedOld = await state();
    expect(approvedOld.state).toBe("outdated");
    expect(approvedOld.events.at(-1)).toMatchObject({ action: "approve", fromState: "in-review", toState: "outdated" });

    const fresh = await inReview("First paragraph, with a correction.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: fresh });
    const paragraph = await test.db.sourceParagraph.findUniqueOrThrow({ where: { id: approvedOld.paragraphId } });
    expect(await state()).toMatchObject({ state: "approved", approvedSourceHash: paragraph.hash });
  });

  it("never deletes a revision or a decision", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const first = await inReview("One.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "request-changes", version: first, comment: "Longer" });
    const second = await inReview("One, longer.");
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version: second });
    const after = await state();
    expect(await test.db.revision.count({ where: { translationId: after.id } })).toBe(2);
    expect(after.decisions.map((decision) => decision.decision).sort()).toEqual(["approve", "request-changes"]);
    expect(after.events.map((event) => event.action)).toEqual(["save", "submit", "request-changes", "save", "submit", "approve"]);
  });

  it("waits for another process's write instead of failing (content:sync running meanwhile)", async () => {
    const { ref, reviewer, inReview, state } = await setup();
    const version = await inReview();
    const released = await holdWriteLock(400);
    const decided = decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    await expect(decided).resolves.toMatchObject({ state: "approved" });
    expect((await state()).state).toBe("approved");
    await released;
  });
});

// Another process writes for a moment: on SQLite it holds the database's write lock (in a
// child process, as better-sqlite3 blocks its own thread); on PostgreSQL another connection
// holds a lock on the Translation table that lets readers in and makes writers wait.
async function holdWriteLock(ms: number): Promise<Promise<unknown>> {
  if (test.provider === "postgresql") {
    const holder = new pg.Client({ connectionString: test.url });
    await holder.connect();
    await holder.query('BEGIN; LOCK TABLE "Translation" IN EXCLUSIVE MODE');
    return new Promise((resolve) => setTimeout(resolve, ms)).then(() => holder.query("COMMIT")).finally(() => holder.end());
  }
  const [{ file }] = await test.db.$queryRawUnsafe<{ file: string }[]>("PRAGMA database_list");
  const holder = spawn(process.execPath, ["-e", HOLD_WRITE_LOCK, file, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => holder.stdout.once("data", resolve));
  return new Promise((resolve) => holder.once("exit", resolve));
}

const HOLD_WRITE_LOCK = `
const db = new (require("better-sqlite3"))(process.argv[1]);
db.prepare("BEGIN IMMEDIATE").run();
process.stdout.write("locked");
setTimeout(() => { db.prepare("COMMIT").run(); db.close(); }, Number(process.argv[2]));
`;
