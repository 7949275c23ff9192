import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { addImportedEntries } from "@/lib/memory/record-approval";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { BatchMovedError, saveTranslationsIn } from "@/lib/translations/save-translations";
import { exportXliff } from "./export-xliff";
import { importTmx } from "./import-tmx";
import { importXliff } from "./import-xliff";
import { readImportTargets } from "./read-import-targets";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function world() {
  const { slug } = await createTestReport(test.db);
  const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const james = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: emma, text: "First.", baseVersion: 0, translatorNote: "Our note." });
  await saveTranslation(test.db, { slug, paragraphKey: "h-intro", language: "en", actor: emma, text: "Intro.", baseVersion: 0 });
  const { xml } = await exportXliff(test.db, { slug, language: "en", actor: emma });
  const edited = xml.replace(">First.</target>", ">First, edited.</target>").replace(">Intro.</target>", ">Intro, edited.</target>");
  const report = await test.db.report.findUniqueOrThrow({ where: { slug } });
  const state = () =>
    test.db.translation.findMany({
      where: { language: "en", paragraph: { reportId: report.id } },
      select: { version: true, state: true, paragraph: { select: { key: true } }, _count: { select: { revisions: true, events: true } } },
      orderBy: { paragraph: { position: "asc" } },
    });
  return { slug, reportId: report.id, emma, james, edited, state };
}

// The client, with `before` run once each time a write transaction opens: a save by someone
// else lands between the import's judgement and its write, deterministically.
function interleaved(before: () => Promise<unknown>, times: number): Db {
  let left = times;
  return new Proxy(test.db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property === "$transaction" && typeof value === "function") {
        return async (...args: unknown[]) => {
          if (left-- > 0) await before();
          return value.apply(target, args);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as Db;
}

describe("saveTranslationsIn: many saves in one transaction", () => {
  it("writes each save as the editor's save does: a new revision by the actor, the note kept, a draft, its event", async () => {
    const { reportId, james, state } = await world();
    // no translation row for p-quote (content:sync has not made it): made as the first save makes it
    await test.db.translation.deleteMany({ where: { language: "en", paragraph: { reportId, key: "p-quote" } } });
    const targets = await readImportTargets(test.db, reportId, "en");
    const one = targets.get("p-one");
    const quote = targets.get("p-quote");
    if (!one || !quote) throw new Error("fixture");
    const saves = [
      { paragraphId: one.id, paragraphHash: one.hash, translation: one.translation, text: "First, batch.", quoteOrigins: [], translatorNote: one.latest?.translatorNote ?? null },
      { paragraphId: quote.id, paragraphHash: quote.hash, translation: quote.translation, text: `“<q id="q-one">I came</q>,” she says. “<q id="q-two">War</q>.”`, quoteOrigins: [{ quoteKey: "q-one", note: " Interview " }], translatorNote: null },
    ];
    const versions = await writeTransaction(test.db, (tx) => saveTranslationsIn(tx, { actor: james, language: "en", saves }));
    expect(versions).toEqual([2, 1]);
    const revision = await test.db.revision.findFirstOrThrow({ where: { translation: { paragraphId: one.id, language: "en" }, version: 2 } });
    expect(revision).toMatchObject({ text: "First, batch.", authorId: james.id, textAuthorId: james.id, translatorNote: "Our note.", sourceHash: one.hash, memoryShare: null });
    const quoted = await test.db.revision.findFirstOrThrow({ where: { translation: { paragraphId: quote.id, language: "en" } }, include: { quoteOrigins: true } });
    expect(quoted.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note }))).toEqual([{ quoteKey: "q-one", note: "Interview" }]);
    const events = await test.db.workflowEvent.findMany({ where: { translation: { paragraphId: one.id, language: "en" } }, orderBy: { version: "asc" } });
    expect(events.at(-1)).toMatchObject({ action: "save", actorId: james.id, version: 2, toState: "draft" });
    expect((await state()).map(({ paragraph, version, state: s }) => [paragraph.key, version, s])).toEqual([
      ["h-intro", 1, "draft"],
      ["p-one", 2, "draft"],
      ["p-quote", 1, "draft"],
    ]);
  });

  it("writes nothing when one save in the middle lost its version guard", async () => {
    const { slug, reportId, emma, james, state } = await world();
    const targets = await readImportTargets(test.db, reportId, "en");
    const judged = ["h-intro", "p-one", "p-quote"].map((key) => targets.get(key));
    await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: emma, text: "Saved meanwhile.", baseVersion: 1 });
    const before = await state();
    const saves = judged.map((target) => ({ paragraphId: target?.id ?? "", paragraphHash: target?.hash ?? "", translation: target?.translation ?? null, text: "Batch.", quoteOrigins: [], translatorNote: null }));
    await expect(writeTransaction(test.db, (tx) => saveTranslationsIn(tx, { actor: james, language: "en", saves }))).rejects.toBeInstanceOf(BatchMovedError);
    expect(await state()).toEqual(before);
  });
});

describe("importXliff: judged before the write transaction", () => {
  it("a unit saved between the judgement and the write is judged again: a conflict, both texts kept, the rest imported", async () => {
    const { slug, emma, james, edited, state } = await world();
    const meanwhile = () => saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: emma, text: "Saved meanwhile.", baseVersion: 1 });
    const result = await importXliff(interleaved(meanwhile, 1), { slug, language: "en", actor: james, xml: edited, isDryRun: false });
    expect(result.imported).toEqual([{ id: "h-intro", version: 2 }]);
    expect(result.conflicts).toMatchObject([{ id: "p-one", fileText: "First, edited.", serverText: "Saved meanwhile.", serverVersion: 2 }]);
    expect((await state()).map(({ paragraph, version }) => [paragraph.key, version])).toEqual([
      ["h-intro", 2],
      ["p-one", 2],
      ["p-quote", 0],
    ]);
  });

  it("moved again on the second try, the import is refused and writes nothing of the file", async () => {
    const { slug, emma, james, edited, state } = await world();
    // first h-intro moves (judged again, it is a conflict), then p-one, still accepted
    const keys = ["h-intro", "p-one"];
    const meanwhile = () => saveTranslation(test.db, { slug, paragraphKey: keys.shift() ?? "", language: "en", actor: emma, text: "Saved meanwhile.", baseVersion: 1 });
    await expect(importXliff(interleaved(meanwhile, 2), { slug, language: "en", actor: james, xml: edited, isDryRun: false })).rejects.toMatchObject({ code: "conflict" });
    const texts = await test.db.revision.findMany({ where: { authorId: james.id }, select: { id: true } });
    expect(texts).toEqual([]);
    expect((await state()).map(({ paragraph, version }) => [paragraph.key, version])).toEqual([
      ["h-intro", 2],
      ["p-one", 2],
      ["p-quote", 0],
    ]);
  });
});

const tmxOf = (count: number, tail = "</body></tmx>") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" segtype="paragraph" o-tmf="t" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>\n${Array.from(
    { length: count },
    (_, index) => `<tu creationid="Batch"><tuv xml:lang="fr"><seg>Phrase ${index}.</seg></tuv><tuv xml:lang="en"><seg>Sentence ${index}.</seg></tuv></tu>`,
  ).join("\n")}\n${tail}`;

describe("importTmx: in batches", () => {
  it("a refused file changes nothing, even when only its end is wrong", async () => {
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await test.db.memoryEntry.deleteMany({ where: { targetLanguage: "en" } });
    await expect(importTmx(test.db, { pair: "fr-en", actor: reviewer, xml: tmxOf(2500, "</body>") })).rejects.toMatchObject({ code: "invalid" });
    expect(await test.db.memoryEntry.count({ where: { targetLanguage: "en" } })).toBe(0);
  });

  it("a re-import completes one cut short after its first batch, and adds nothing once complete", async () => {
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await test.db.memoryEntry.deleteMany({ where: { targetLanguage: "en" } });
    const entries = Array.from({ length: 1000 }, (_, index) => ({ sourceLanguage: "fr", targetLanguage: "en", sourceText: `Phrase ${index}.`, targetText: `Sentence ${index}.`, approvedByName: "Batch", approvedAt: new Date() }));
    await writeTransaction(test.db, (tx) => addImportedEntries(tx, entries)); // the first batch committed, then the crash
    expect(await importTmx(test.db, { pair: "fr-en", actor: reviewer, xml: tmxOf(2500) })).toMatchObject({ read: 2500, added: 1500, duplicates: 1000 });
    expect(await importTmx(test.db, { pair: "fr-en", actor: reviewer, xml: tmxOf(2500) })).toMatchObject({ added: 0, duplicates: 2500 });
    expect(await test.db.memoryEntry.count({ where: { targetLanguage: "en" } })).toBe(2500);
  });

  it("adds an entry repeated in the file once", async () => {
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await test.db.memoryEntry.deleteMany({ where: { targetLanguage: "en" } });
    const twice = tmxOf(3).replace("</body>", `<tu><tuv xml:lang="fr"><seg>Phrase 1.</seg></tuv><tuv xml:lang="en"><seg>Sentence 1.</seg></tuv></tu>\n</body>`);
    expect(await importTmx(test.db, { pair: "fr-en", actor: reviewer, xml: twice })).toMatchObject({ read: 4, added: 3, duplicates: 1 });
  });
});
