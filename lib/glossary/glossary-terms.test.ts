import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { createGlossaryEntry } from "./create-glossary-entry";
import { decideGlossaryProposal } from "./decide-glossary-proposal";
import { proposeGlossaryTerm } from "./propose-glossary-term";
import { sampleEntry } from "./test-entries";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("the glossary in the workspace", () => {
  it("carries the accepted terms of the workspace's pair only: no proposal, no rejected term, no other pair", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const admin = await createTestUser(test.db, { isAdmin: true });
    await createGlossaryEntry(test.db, { actor: admin, pair: "fr-ru", entry: sampleEntry({ sourceTerm: "Almaty", translations: ["Алматы"], exactForm: true }) });
    await createGlossaryEntry(test.db, { actor: admin, pair: "fr-en", entry: sampleEntry({ sourceTerm: "Otan", translations: ["NATO"] }) });
    await proposeGlossaryTerm(test.db, { actor: irina, pair: "fr-ru", entry: sampleEntry({ sourceTerm: "Akorda", translations: ["Акорда"] }) });
    const rejected = await proposeGlossaryTerm(test.db, { actor: irina, pair: "fr-ru", entry: sampleEntry({ sourceTerm: "Dinara", translations: ["Динора"] }) });
    await decideGlossaryProposal(test.db, { actor: admin, pair: "fr-ru", id: rejected.id, version: 1, decision: "reject" });

    const workspace = await getWorkspace(test.db, { slug, language: "ru", actor: irina, sessionStart: new Date() });
    expect(workspace.glossary.map((term) => [term.sourceTerm, term.translations, term.exactForm])).toEqual([["Almaty", ["Алматы"], true]]);
  });
});
