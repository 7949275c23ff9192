import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedParagraphs } from "@/e2e/fixtures/seed-report";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { SAMPLE_MDX } from "@/lib/testing/fixtures";
import { ContentError, parseReport } from "./parse-report";

const FILE = path.resolve("content/reports/almaty-janvier-2022.mdx");
const report = parseReport(fs.readFileSync(FILE, "utf8"), FILE);
const quotes = report.units.flatMap((unit) => unit.quotes.map((quote) => ({ ...quote, paragraph: unit.key })));

describe("the Almaty report's MDX", () => {
  it("keeps the front matter: a French title, the date, the outlet, the original language", () => {
    expect(report).toMatchObject({ date: "2022-01", outlet: "France 24", originalLanguage: "fr" });
    expect(report.title).toMatch(/^Kazakhstan : .*Almaty/);
  });

  it("has 21 units with stable, unique ids written in the file", () => {
    expect(report.units).toHaveLength(21);
    const ids = report.units.map((unit) => unit.key);
    expect(new Set(ids).size).toBe(21);
    expect(ids.slice(0, 3)).toEqual(["lede", "p-what-happened", "p-palace-revolution"]);
    expect(report.units.filter((unit) => unit.kind === "heading").map((unit) => unit.key)).toEqual(["h-war-in-my-head", "h-no-toll", "h-clans"]);
  });

  it("is the seed report word for word, typography included, each unit one paragraph of it", () => {
    const texts = report.units.map((unit) => plainText(parseInlineMarkup(unit.text).segments));
    expect(texts).toEqual(seedParagraphs());
  });

  it("keeps the seed's own typography: straight and curly apostrophes, straight quotation marks", () => {
    const lede = report.units[0].text;
    expect(lede).toContain("l'ancienne capitale");
    expect(lede).toContain("à débuté jeudi"); // the source's error, not corrected
    expect(report.units[1].text).toContain("Que s’est-il");
  });

  it("marks at least nine direct quotations, each with its speaker and the spoken language recorded as not stated", () => {
    const speech = quotes.filter((quote) => quote.kind === "speech");
    expect(speech.length).toBeGreaterThanOrEqual(9);
    for (const quote of speech) {
      expect(quote.speakerKey, quote.key).not.toBeNull();
      expect(report.speakers[quote.speakerKey!], quote.key).toBeDefined();
      expect(quote.spokenLanguage, quote.key).toBeNull();
    }
    expect(report.speakers[speech.find((quote) => quote.key === "q-agyltaeieva-no-answer")!.speakerKey!]).toEqual({
      name: "Aïguerim Agyltaeïeva",
      role: "rédactrice en chef des journaux télévisés (Almaty TV)",
    });
  });

  it("records the Bulgakbaev quotation as unclosed, as the report leaves it, and every other as closed", () => {
    const unclosed = quotes.filter((quote) => !quote.isClosed);
    expect(unclosed.map((quote) => quote.key)).toEqual(["q-bulgakbaev-terrorists"]);
    expect(unclosed[0]).toMatchObject({ speakerKey: "bulgakbaev", paragraph: "p-bulgakbaev-doubts" });
    const doubts = report.units.find((unit) => unit.key === "p-bulgakbaev-doubts")!;
    // one opening quotation mark in the text and no closing one
    expect(plainText(parseInlineMarkup(doubts.text).segments).split('"')).toHaveLength(2);
  });

  it("marks the two scare-quoted terms as terms, attributed where the report attributes them", () => {
    const terms = quotes.filter((quote) => quote.kind === "term");
    expect(terms.map(({ key, speakerKey, spokenLanguage, paragraph }) => ({ key, speakerKey, spokenLanguage, paragraph }))).toEqual([
      { key: "t-mini-nato", speakerKey: null, spokenLanguage: null, paragraph: "p-csto-withdrawal" },
      { key: "t-anti-terrorist", speakerKey: "government", spokenLanguage: null, paragraph: "p-csto-withdrawal" },
    ]);
    const unit = report.units.find((candidate) => candidate.key === "p-csto-withdrawal")!;
    expect(unit.text).toContain('"<q id="t-mini-nato">mini-Otan</q>"');
    expect(unit.text).toContain('d’"<q id="t-anti-terrorist">anti-terroriste</q>"');
  });

  it("hashes each unit's text, so that a change of wording is detectable", () => {
    const hashes = report.units.map((unit) => unit.hash);
    expect(new Set(hashes).size).toBe(21);
    expect(parseReport(fs.readFileSync(FILE, "utf8"), FILE).units[5].hash).toBe(hashes[5]);
  });
});

describe("parseReport refuses what the workflow could not keep track of", () => {
  const refuse = (mdx: string, message: RegExp) => {
    expect(() => parseReport(mdx, "bad.mdx")).toThrow(ContentError);
    expect(() => parseReport(mdx, "bad.mdx")).toThrow(message);
  };

  it("accepts the sample report the factories use", () => {
    expect(parseReport(SAMPLE_MDX, "sample.mdx").units.map((unit) => unit.key)).toEqual(["h-intro", "p-one", "p-quote"]);
  });

  it("refuses a duplicate paragraph id, and a quotation id used twice", () => {
    refuse(SAMPLE_MDX.replace('<Paragraph id="p-one">', '<Paragraph id="h-intro">'), /duplicate id "h-intro"/);
    refuse(SAMPLE_MDX.replace('id="q-two"', 'id="q-one"'), /duplicate id "q-one"/);
  });

  it("refuses a paragraph without an id, and an id that is not a slug", () => {
    refuse(SAMPLE_MDX.replace('<Paragraph id="p-one">', "<Paragraph>"), /needs an id/);
    refuse(SAMPLE_MDX.replace('<Paragraph id="p-one">', '<Paragraph id="P One">'), /invalid id/);
  });

  it("refuses a speaker the front matter does not name", () => {
    refuse(SAMPLE_MDX.replace('id="q-two" speaker="dinara"', 'id="q-two" speaker="someone"'), /unknown speaker "someone"/);
  });

  it("refuses a quotation without speaker or spoken language: not stated must be written, never assumed", () => {
    refuse(SAMPLE_MDX.replace(' spokenIn="not-stated">Je suis', ">Je suis"), /spoken in.*not-stated/);
    refuse(SAMPLE_MDX.replace('id="q-one" speaker="dinara" ', 'id="q-one" '), /must say who/);
    refuse(SAMPLE_MDX.replace('spokenIn="not-stated">Je suis', 'spokenIn="French">Je suis'), /language code/);
  });

  it("refuses nested quotations", () => {
    refuse(
      SAMPLE_MDX.replace("Je suis venue ici", 'Je <Quote id="q-inner" speaker="dinara" spokenIn="not-stated">suis</Quote> venue ici'),
      /cannot nest/,
    );
  });

  it("refuses markdown inside a paragraph, and blocks outside <Paragraph>/<Heading>", () => {
    refuse(SAMPLE_MDX.replace("Premier paragraphe", "**Premier** paragraphe"), /unsupported content "strong"/);
    refuse(SAMPLE_MDX.replace("Premier paragraphe", "[Premier](https://example.org) paragraphe"), /unsupported content "link"/);
    refuse(`${SAMPLE_MDX}\n## Un intertitre en markdown\n`, /every block must be a <Paragraph id> or <Heading id>/);
  });

  it("refuses a report without front matter, or with an unknown original language", () => {
    refuse(SAMPLE_MDX.replace(/^---[\s\S]*?---\n/, ""), /front matter/);
    refuse(SAMPLE_MDX.replace("originalLanguage: fr", "originalLanguage: de"), /invalid front matter/);
  });

  it("names the file and the line of the problem", () => {
    expect(() => parseReport(SAMPLE_MDX.replace('<Paragraph id="p-one">', '<Paragraph id="h-intro">'), "bad.mdx")).toThrow(/^bad\.mdx:\d+: /);
  });
});
