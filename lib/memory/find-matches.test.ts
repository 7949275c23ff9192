import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/db/write-transaction";
import { createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { findMatches, MAX_MATCHES } from "./find-matches";
import { addImportedEntries, type ImportedEntry } from "./record-approval";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const pair = { sourceLanguage: "fr" as const, targetLanguage: "en" as const };
const imported = (sourceText: string, targetText: string, approvedAt = new Date("2022-01-20")): ImportedEntry => ({
  ...pair, sourceText, targetText, approvedByName: "Olivia Grant", approvedAt,
});
const add = (entries: ImportedEntry[]) => writeTransaction(test.db, (tx) => addImportedEntries(tx, entries));
const translator = () => createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });

// Ten words: one word changed is 90 %, three are 70 %, four are 60 %.
const base = "Les manifestants se sont rassemblés jeudi devant la mairie d’Almaty";

describe("findMatches", () => {
  it("scores by word-level Levenshtein: 100 % for the same wording, nothing under 70 %", async () => {
    await add([
      imported(base, "Protesters gathered on Thursday outside Almaty city hall"),
      imported("Les manifestants se sont rassemblés vendredi devant la mairie d’Almaty", "Protesters gathered on Friday outside Almaty city hall"),
      imported("Les étudiants se sont dispersés vendredi devant la mairie d’Almaty", "Students dispersed on Friday outside Almaty city hall"),
      imported("Les étudiants se sont dispersés vendredi devant la gare d’Almaty", "Students dispersed on Friday outside Almaty station"),
    ]);
    const matches = await findMatches(test.db, { ...pair, actor: await translator(), text: base });
    expect(matches.map((match) => [match.target, Math.round(match.score * 100)])).toEqual([
      ["Protesters gathered on Thursday outside Almaty city hall", 100],
      ["Protesters gathered on Friday outside Almaty city hall", 90],
      ["Students dispersed on Friday outside Almaty city hall", 70],
    ]);
    expect(matches[0]).toMatchObject({ kind: "paragraph", inContext: false, approvedBy: "Olivia Grant", approvedAt: new Date("2022-01-20"), isSuperseded: false, isImported: true });
    expect(matches[1].sourceDiff).toEqual([
      { kind: "same", text: "Les manifestants se sont rassemblés " },
      { kind: "removed", text: "vendredi" },
      { kind: "added", text: "jeudi" },
      { kind: "same", text: " devant la mairie d’Almaty" },
    ]);
  });

  it("never gives 100 % to another wording, even with the same words", async () => {
    const text = "Un texte de test sur la ponctuation, sans autre mot";
    await add([imported("Un texte de test sur la ponctuation sans autre mot !", "Punctuation test")]);
    const [match] = await findMatches(test.db, { ...pair, actor: await translator(), text });
    expect(match.score).toBe(0.99);
  });

  it("reads the inline markup as text, and keeps the stored target's quotation spans", async () => {
    await add([imported('"<q id="q-x">Nous avons peur de sortir</q>", dit une habitante du quartier.', '"<q id="q-x">We are afraid to go out</q>," says a resident of the area.')]);
    const [match] = await findMatches(test.db, { ...pair, actor: await translator(), text: '"<q id="q-y">Nous avons peur de sortir</q>", dit une habitante du quartier.' });
    expect(match).toMatchObject({ score: 1, target: '"<q id="q-x">We are afraid to go out</q>," says a resident of the area.' });
  });

  it("marks the match of the same report and paragraph in context, and ranks it first among equals", async () => {
    const text = "Le couvre-feu est prolongé jusqu’au 19 janvier dans toute la région.";
    await add([imported(text, "The curfew is extended until 19 January across the region.", new Date("2022-02-01"))]);
    await writeTransaction(test.db, (tx) => tx.memoryEntry.create({
      data: { ...pair, sourceText: text, sourceHash: "x", targetText: "The curfew is extended to 19 January in the whole region.", reportSlug: "r-ctx", paragraphKey: "p-ctx", approvedAt: new Date("2022-01-01"), origin: "approval" },
    }));
    const matches = await findMatches(test.db, { ...pair, actor: await translator(), text, reportSlug: "r-ctx", paragraphKey: "p-ctx" });
    expect(matches.map((match) => match.inContext)).toEqual([true, false]);
    // the approval says nothing; the entry from a TMX file says it was imported
    expect(matches.map((match) => match.isImported)).toEqual([false, true]);
  });

  it("shows at most five, and says which are superseded", async () => {
    const text = "Cinq phrases presque pareilles pour tester la limite des correspondances";
    const variants = ["un", "deux", "trois", "quatre", "cinq", "six", "sept"].map((word) => imported(`${text} ${word}`, `Variant ${word}`));
    await add(variants);
    await test.db.memoryEntry.updateMany({ where: { targetText: "Variant un" }, data: { supersededAt: new Date() } });
    const matches = await findMatches(test.db, { ...pair, actor: await translator(), text: `${text} un` });
    expect(matches).toHaveLength(MAX_MATCHES);
    expect(matches[0]).toMatchObject({ target: "Variant un", score: 1, isSuperseded: true });
  });

  it("matches a long paragraph sentence by sentence and glues the sentences' matches", async () => {
    await add([
      imported("Les banques sont restées fermées toute la semaine. Personne ne pouvait retirer de l’argent.", "Banks stayed closed all week. Nobody could withdraw money."),
      imported("Internet a été coupé dans tout le pays pendant cinq jours.", "The internet was cut across the country for five days."),
    ]);
    const text = "Les banques sont restées fermées toute la semaine. Internet a été coupé dans tout le pays pendant cinq jours. Les habitants faisaient la queue devant les rares magasins ouverts, sans savoir quand la situation reviendrait à la normale.";
    const matches = await findMatches(test.db, { ...pair, actor: await translator(), text });
    const glued = matches.find((match) => match.kind === "sentences");
    expect(glued).toMatchObject({
      target: "Banks stayed closed all week. The internet was cut across the country for five days.",
      score: 1,
      sentenceCount: 3,
      sentences: [{ score: 1 }, { score: 1 }],
    });
  });

  it("answers translators and reviewers of the target language only", async () => {
    const russian = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await expect(findMatches(test.db, { ...pair, actor: russian, text: base })).rejects.toMatchObject({ code: "forbidden" });
    await expect(findMatches(test.db, { ...pair, actor: null, text: base })).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await findMatches(test.db, { ...pair, actor: reviewer, text: base })).length).toBeGreaterThan(0);
  });

  it("sees an entry written after its index was built (refreshed from updatedAt)", async () => {
    const text = "Une phrase ajoutée après la première recherche dans la mémoire";
    const actor = await translator();
    expect(await findMatches(test.db, { ...pair, actor, text })).toEqual([]);
    await add([imported(text, "A sentence added after the first lookup")]);
    expect(await findMatches(test.db, { ...pair, actor, text })).toMatchObject([{ score: 1 }]);
    await test.db.memoryEntry.updateMany({ where: { sourceText: text }, data: { supersededAt: new Date() } });
    expect(await findMatches(test.db, { ...pair, actor, text })).toMatchObject([{ score: 1, isSuperseded: true }]);
  });
});
