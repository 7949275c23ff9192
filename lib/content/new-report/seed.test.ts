import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { HAND_MADE_FILE, plainText, proposeSeed, quotationsOf, SEED_TEXT } from "./seed-proposal";

// The acceptance test of content:new: on the seed article's plain text, what it proposes is
// compared with the report marked up by hand (content/reports/almaty-janvier-2022.mdx).
const handMade = parseReport(fs.readFileSync(HAND_MADE_FILE, "utf8"), HAND_MADE_FILE);
const proposal = proposeSeed();
const proposed = parseReport(proposal.mdx, "proposed.mdx");
const handQuotes = quotationsOf(handMade);
const proposedQuotes = quotationsOf(proposed);
const matchOf = (quote: (typeof handQuotes)[number]) => proposedQuotes.find((other) => other.text === quote.text && other.unit === quote.unit);

describe("content:new on the seed article", () => {
  it("keeps every character of the input's paragraphs, in order (read back by the real parser)", () => {
    // the input's own blocks, cut independently of split-blocks: the leading "date 2022-01" is metadata
    const inputBlocks = SEED_TEXT.replace(/^\s*date \d{4}-\d{2}\s+/, "").split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
    expect(proposed.units.map((unit) => plainText(unit.text))).toEqual(inputBlocks);
  });

  it("finds the hand-made paragraphs and headings", () => {
    expect(proposed.units.map((unit) => [unit.kind, plainText(unit.text)])).toEqual(handMade.units.map((unit) => [unit.kind, plainText(unit.text)]));
  });

  it("finds at least 10 of the 12 hand-made quotations, with their kind and closure", () => {
    expect(handQuotes).toHaveLength(12);
    const found = handQuotes.filter((quote) => {
      const match = matchOf(quote);
      return match && match.kind === quote.kind && match.isClosed === quote.isClosed;
    });
    expect(found.length).toBeGreaterThanOrEqual(10);
    // today's score, 12/12: a change that loses one shows here
    expect(handQuotes.filter((quote) => !found.includes(quote)).map((quote) => quote.key)).toEqual([]);
    // and proposes nothing the editor did not mark
    expect(proposedQuotes).toHaveLength(handQuotes.length);
  });

  it("proposes the hand-made speakers by name", () => {
    const wrong = handQuotes.filter((quote) => matchOf(quote)?.speakerName !== quote.speakerName);
    expect(wrong.map((quote) => `${quote.key}: ${matchOf(quote)?.speakerName} instead of ${quote.speakerName}`)).toEqual([]);
    expect(Object.values(proposed.speakers).map((speaker) => speaker.name).sort()).toEqual(Object.values(handMade.speakers).map((speaker) => speaker.name).sort());
  });

  it("lists as unsure the quotations it could only guess: the heading's, the unclosed one, the term's source", () => {
    const unsureKeys = new Set(proposal.unsure.map((item) => item.where));
    const unsureHandKeys = handQuotes.filter((quote) => unsureKeys.has(matchOf(quote)!.key)).map((quote) => quote.key);
    expect(unsureHandKeys).toEqual(["t-anti-terrorist", "q-heading-war", "q-bulgakbaev-terrorists"]);
    // the same list is at the top of the file
    for (const item of proposal.unsure) expect(proposal.mdx).toContain(`- ${item.where}: ${item.what}`);
  });

  it("writes the front matter the product reads", () => {
    expect(proposed).toMatchObject({ title: handMade.title, date: "2022-01", outlet: "France 24", originalLanguage: "fr" });
    expect(proposal.mdx).toContain("\ntargetLanguages: [en, ru]\n");
    expect(proposal.speakers.agyltaeieva).toEqual({ name: "Aïguerim Agyltaeïeva", role: "rédactrice en chef des journaux télévisés" });
    expect(proposal.speakers.bulgakbaev.role).toBe(handMade.speakers.bulgakbaev.role);
  });

  it("gives the same MDX on every run", () => {
    expect(proposeSeed().mdx).toBe(proposal.mdx);
  });
});
