import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { buildMdx, type MdxReport } from "./build-mdx";
import { findQuotes } from "./find-quotes";
import { plainText } from "./seed-proposal";

const text = `# Il dit : « <b>{pas} de *code*</b> & c’est tout », puis "Ouvert sans fin {x}`;
const spans = findQuotes(text);
const report: MdxReport = {
  title: "Titre : avec deux-points",
  date: "2026-12",
  outlet: "Le Monde",
  targetLanguages: ["en", "ru"],
  speakers: { dupont: { name: "Jean Dupont", role: "maire, de Lyon" } },
  blocks: [
    { kind: "heading", text: "Un intertitre", id: "h-intertitre", quotes: [] },
    {
      kind: "paragraph",
      text,
      id: "p-un",
      quotes: [
        { span: spans[0], id: "q-pas-code", kind: "speech", speakerKey: "dupont", spokenIn: "ru" },
        { span: spans[1], id: "q-ouvert", kind: "speech", speakerKey: null },
      ],
    },
  ],
  unsure: [{ where: "q-ouvert", what: "never closed: {a} */ b" }],
};

describe("buildMdx", () => {
  it("writes MDX the parser reads back: front matter, comment, blocks, quotations, every character", () => {
    const mdx = buildMdx(report);
    const parsed = parseReport(mdx, "x.mdx");
    expect(parsed).toMatchObject({ title: report.title, date: "2026-12", outlet: "Le Monde", originalLanguage: "fr", speakers: report.speakers });
    expect(parsed.units.map((unit) => [unit.key, unit.kind, plainText(unit.text)])).toEqual([
      ["h-intertitre", "heading", "Un intertitre"],
      ["p-un", "paragraph", text],
    ]);
    expect(parsed.units[1].quotes.map((quote) => [quote.key, quote.speakerKey, quote.spokenLanguage, quote.isClosed])).toEqual([
      ["q-pas-code", "dupont", "ru", true],
      ["q-ouvert", null, null, false],
    ]);
    expect(parsed.units[1].text).toContain(`« <q id="q-pas-code"><b>{pas} de *code*</b> & c’est tout</q> »`);
    expect(mdx).toContain("\ntargetLanguages: [en, ru]\n");
    expect(mdx).toContain("- q-ouvert: never closed: (a) * / b\n");
  });
});
