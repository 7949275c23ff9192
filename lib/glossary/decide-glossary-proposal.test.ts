import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { decideGlossaryProposal } from "./decide-glossary-proposal";
import { glossaryTerms } from "./glossary-terms";
import { listGlossary } from "./list-glossary";
import { proposeGlossaryTerm } from "./propose-glossary-term";
import { sampleEntry } from "./test-entries";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function cast() {
  return {
    translator: await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] }),
    otherTranslator: await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] }),
    englishTranslator: await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] }),
    reviewer: await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] }),
  };
}

describe("glossary proposals", () => {
  it("a translator proposes; it is not in force until a reviewer of the language accepts it", async () => {
    const { translator, otherTranslator, englishTranslator, reviewer } = await cast();
    const proposal = await proposeGlossaryTerm(test.db, { actor: translator, pair: "fr-ru", entry: sampleEntry({ sourceTerm: "Akorda", translations: ["Акорда"] }) });
    expect(proposal).toMatchObject({ status: "proposed", proposedBy: { id: translator.id } });
    expect((await glossaryTerms(test.db, { sourceLanguage: "fr", targetLanguage: "ru" })).map((t) => t.sourceTerm)).not.toContain("Akorda");
    // Translators see their own proposals, reviewers every pending one.
    expect((await listGlossary(test.db, { actor: translator, pair: "fr-ru" })).proposals.map((p) => p.id)).toEqual([proposal.id]);
    expect((await listGlossary(test.db, { actor: otherTranslator, pair: "fr-ru" })).proposals).toEqual([]);
    expect((await listGlossary(test.db, { actor: reviewer, pair: "fr-ru" })).proposals.map((p) => p.id)).toContain(proposal.id);
    await expect(listGlossary(test.db, { actor: englishTranslator, pair: "fr-ru" })).rejects.toMatchObject({ code: "forbidden" });
    // The page's search looks in the term, its translations and its note, ignoring case.
    expect((await listGlossary(test.db, { actor: translator, pair: "fr-ru", search: "акорд" })).proposals.map((p) => p.sourceTerm)).toEqual(["Akorda"]);
    expect((await listGlossary(test.db, { actor: translator, pair: "fr-ru", search: "akorda x" })).proposals).toEqual([]);

    await expect(decideGlossaryProposal(test.db, { actor: otherTranslator, pair: "fr-ru", id: proposal.id, version: 1, decision: "accept" })).rejects.toMatchObject({ code: "forbidden" });
    const accepted = await decideGlossaryProposal(test.db, { actor: reviewer, pair: "fr-ru", id: proposal.id, version: 1, decision: "accept" });
    expect(accepted).toMatchObject({ status: "accepted", version: 2, decidedBy: { id: reviewer.id }, proposedBy: { id: translator.id } });
    expect((await glossaryTerms(test.db, { sourceLanguage: "fr", targetLanguage: "ru" })).map((t) => t.sourceTerm)).toContain("Akorda");
    await expect(decideGlossaryProposal(test.db, { actor: reviewer, pair: "fr-ru", id: proposal.id, version: 2, decision: "reject" })).rejects.toMatchObject({
      code: "invalid-transition",
      details: { state: "accepted" },
    });
  });

  it("a rejected proposal is kept with its reason, shown to its proposer, and never in force", async () => {
    const { translator, reviewer } = await cast();
    const proposal = await proposeGlossaryTerm(test.db, { actor: translator, pair: "fr-ru", entry: sampleEntry() });
    await expect(decideGlossaryProposal(test.db, { actor: reviewer, pair: "fr-ru", id: proposal.id, version: 0, decision: "reject" })).rejects.toMatchObject({ code: "conflict" });
    const rejected = await decideGlossaryProposal(test.db, { actor: reviewer, pair: "fr-ru", id: proposal.id, version: 1, decision: "reject", comment: " Déjà couvert. " });
    expect(rejected).toMatchObject({ status: "rejected", decisionComment: "Déjà couvert." });
    const mine = await listGlossary(test.db, { actor: translator, pair: "fr-ru" });
    expect(mine.proposals.find((p) => p.id === proposal.id)).toMatchObject({ status: "rejected" });
    expect(mine.entries.map((e) => e.id)).not.toContain(proposal.id);
    expect(mine.canManage).toBe(false);
  });

  it("refuses a proposal that repeats a live term, and an invalid one, storing nothing", async () => {
    const { translator } = await cast();
    const entry = sampleEntry();
    await proposeGlossaryTerm(test.db, { actor: translator, pair: "fr-ru", entry });
    const before = await test.db.glossaryEntry.count();
    await expect(proposeGlossaryTerm(test.db, { actor: translator, pair: "fr-ru", entry })).rejects.toMatchObject({ code: "conflict", details: { what: "glossary-term" } });
    await expect(proposeGlossaryTerm(test.db, { actor: translator, pair: "fr-ru", entry: sampleEntry({ translations: [""] }) })).rejects.toMatchObject({ code: "invalid" });
    await expect(proposeGlossaryTerm(test.db, { actor: null, pair: "fr-ru", entry: sampleEntry() })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await test.db.glossaryEntry.count()).toBe(before);
  });
});
