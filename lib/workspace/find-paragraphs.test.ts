import { describe, expect, it } from "vitest";
import { findParagraphs } from "./find-paragraphs";

const languages = { source: "fr", target: "ru" };
const rows = [
  { key: "h-intro", number: 1, source: "Été à Almaty", target: null },
  { key: "p-one", number: 2, source: "Premier paragraphe.", target: "Первый абзац об Алматы." },
  { key: "p-quote", number: 3, source: `«<q id="q-one">Je suis venue ici</q>», raconte Dinara.`, target: `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара.` },
];

describe("findParagraphs", () => {
  it("finds words in the source and in the saved translation, case-insensitively, in report order", () => {
    expect(findParagraphs(rows, "алматы", languages)).toEqual([{ key: "p-one", number: 2, side: "target", excerpt: "Первый абзац об Алматы." }]);
    expect(findParagraphs(rows, "été", languages).map((match) => [match.key, match.side])).toEqual([["h-intro", "source"]]);
    expect(findParagraphs(rows, "dinara", languages).map((match) => match.key)).toEqual(["p-quote"]);
    expect(findParagraphs(rows, "ПРИШЛА", languages).map((match) => [match.key, match.side])).toEqual([["p-quote", "target"]]);
  });

  it("searches the words, not the quotation markup, and finds nothing for blank input", () => {
    expect(findParagraphs(rows, "q-one", languages)).toEqual([]);
    expect(findParagraphs(rows, "id=", languages)).toEqual([]);
    expect(findParagraphs(rows, "   ", languages)).toEqual([]);
  });

  it("cuts a long text to an excerpt around the match", () => {
    const long = [{ key: "p", number: 1, source: `${"a ".repeat(60)}cible${" b".repeat(60)}`, target: null }];
    const [match] = findParagraphs(long, "cible", languages);
    expect(match.excerpt.startsWith("…")).toBe(true);
    expect(match.excerpt.endsWith("…")).toBe(true);
    expect(match.excerpt).toContain("cible");
    expect(match.excerpt.length).toBeLessThan(100);
  });
});
