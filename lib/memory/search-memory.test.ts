import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/db/write-transaction";
import { createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { addImportedEntries } from "./record-approval";
import { searchMemory } from "./search-memory";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
  const entry = (sourceText: string, targetText: string, approvedAt: string, targetLanguage = "ru") => ({
    sourceLanguage: "fr", targetLanguage, sourceText, targetText, approvedByName: "Anna Lebedeva", approvedAt: new Date(approvedAt),
  });
  await writeTransaction(test.db, (tx) =>
    addImportedEntries(tx, [
      entry("Les élèves sont rentrés chez eux.", "Ученики вернулись домой.", "2022-01-10"),
      entry("Le KNB a été réorganisé à Almaty.", "КНБ был реорганизован в Алматы.", "2022-01-12"),
      entry('"<q id="q-a">ÉLÈVES</q> et professeurs", dit-il.', "«<q id=\"q-a\">Ученики</q> и учителя», — говорит он.", "2022-01-15"),
      entry("Les élèves d’Almaty.", "Almaty's pupils.", "2022-01-20", "en"),
    ]),
  );
});
afterAll(() => test.cleanup());

const pair = { sourceLanguage: "fr" as const, targetLanguage: "ru" as const };

describe("searchMemory", () => {
  it("finds a word in the source, case and diacritics aside, newest first, in one language pair", async () => {
    const actor = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const found = await searchMemory(test.db, { ...pair, actor, query: "eleves" });
    expect(found.map((entry) => entry.approvedAt.toISOString().slice(0, 10))).toEqual(["2022-01-15", "2022-01-10"]);
    expect(found[0]).toMatchObject({ approvedBy: "Anna Lebedeva", isSuperseded: false, target: "«<q id=\"q-a\">Ученики</q> и учителя», — говорит он." });
  });

  it("finds a phrase in the target, and not in the quotation markup", async () => {
    const actor = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
    expect(await searchMemory(test.db, { ...pair, actor, query: "в алматы" })).toMatchObject([{ source: "Le KNB a été réorganisé à Almaty." }]);
    expect(await searchMemory(test.db, { ...pair, actor, query: "q id" })).toEqual([]);
  });

  it("refuses an empty or too long search, and anyone but the language's translators and reviewers", async () => {
    const actor = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    await expect(searchMemory(test.db, { ...pair, actor, query: "  " })).rejects.toMatchObject({ code: "invalid", details: { problems: [{ code: "empty" }] } });
    await expect(searchMemory(test.db, { ...pair, actor, query: "x".repeat(201) })).rejects.toMatchObject({ code: "invalid" });
    const english = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    await expect(searchMemory(test.db, { ...pair, actor: english, query: "almaty" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
