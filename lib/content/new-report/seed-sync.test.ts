import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { proposeSeed } from "./seed-proposal";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// What content:new writes for the seed goes through the real sync as it is, review comment
// included, and a second run on the same text changes nothing (its ids are stable).
describe("content:new's MDX for the seed, synced", () => {
  it("creates the report with every paragraph, quotation and speaker, and re-syncs as unchanged", async () => {
    const proposal = proposeSeed();
    const sync = (mdx: string) => syncReport(test.db, { slug: "almaty-from-text", sourceFile: "almaty-from-text.mdx", report: parseReport(mdx, "almaty-from-text.mdx"), titles: {} });
    const first = await sync(proposal.mdx);
    expect(first.created).toBe(true);
    expect(first.added).toEqual(proposal.blocks.map((block) => block.id));
    // the front matter's targetLanguages, as content:sync stores it
    expect(await test.db.report.findUniqueOrThrow({ where: { slug: "almaty-from-text" } })).toMatchObject({ targetLanguages: "en,ru", date: "2022-01" });

    const quotes = await test.db.quote.findMany({ where: { report: { slug: "almaty-from-text" } }, orderBy: [{ paragraph: { position: "asc" } }, { position: "asc" }] });
    expect(quotes.map((quote) => quote.key)).toEqual(proposal.decisions.map((entry) => entry.id));
    expect(quotes.find((quote) => quote.key === "q-balle-traverse")).toMatchObject({ kind: "speech", speakerName: "Nurjan Mukhamedzhanova", isClosed: true });
    expect(quotes.filter((quote) => !quote.isClosed).map((quote) => quote.speakerName)).toEqual(["Bolatbek Bulgakbaev"]);

    const again = await sync(proposeSeed().mdx);
    expect(again).toMatchObject({ created: false, added: [], changed: [], archived: [] });
  });
});
