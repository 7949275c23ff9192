import { describe, expect, it } from "vitest";
import { emptyQuote, quoteMissing } from "./quote-checks";
import { hasUnbalancedMarks, olderSource, sourceUnclosedQuote } from "./source-checks";
import { emptyText, sameAsSource } from "./text-checks";
import { QUALITY_CHECKS, runChecks } from "./index";
import { WARNING_CODES, type CheckInput } from "./types";

const SOURCE = `"<q id="q-one">Je suis venue ici</q>", raconte Dinara. "<q id="q-two">C’était une guerre</q>", dit-elle.`;
const TRANSLATION = `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was a war</q>,” she says.`;

function input(text: string, options: { sourceHash?: string; isClosed?: boolean; source?: string } = {}): CheckInput {
  return {
    source: {
      text: options.source ?? SOURCE,
      hash: "hash-now",
      quotes: [
        { key: "q-one", isClosed: true },
        { key: "q-two", isClosed: options.isClosed ?? true },
      ],
    },
    translation: { text, sourceHash: options.sourceHash ?? "hash-now" },
  };
}

describe("quality checks", () => {
  it("finds nothing in a complete translation made against the current source", () => {
    expect(runChecks(input(TRANSLATION))).toEqual([]);
  });

  it("flags empty text, whitespace and empty quotation spans included", () => {
    expect(emptyText.run(input("  \n "))).toEqual([{ code: "empty-text" }]);
    expect(emptyText.run(input(`<q id="q-one"> </q>`))).toEqual([{ code: "empty-text" }]);
    expect(emptyText.run(input(TRANSLATION))).toEqual([]);
  });

  it("flags zero-width-only text as empty, as a save refuses it (lib/text/plain-text.ts)", () => {
    expect(emptyText.run(input("\u200b\u200b"))).toEqual([{ code: "empty-text" }]);
    expect(emptyText.run(input(`<q id="q-one">\u2060</q>\ufeff`))).toEqual([{ code: "empty-text" }]);
  });

  it("names each quotation span of the source that the translation lacks", () => {
    const text = `“<q id="q-one">I came here</q>,” says Dinara. “It was a war,” she says.`;
    expect(quoteMissing.run(input(text))).toEqual([{ code: "quote-missing", quote: "q-two" }]);
    expect(quoteMissing.run(input(TRANSLATION))).toEqual([]);
  });

  it("flags a quotation span left empty", () => {
    const text = TRANSLATION.replace("It was a war", " ");
    expect(emptyQuote.run(input(text))).toEqual([{ code: "empty-quote", quote: "q-two" }]);
    expect(emptyQuote.run(input(TRANSLATION))).toEqual([]);
  });

  it("flags text identical to the source, whatever the spacing, but not an empty one", () => {
    expect(sameAsSource.run(input(SOURCE.replace(", raconte", ",  raconte")))).toEqual([{ code: "same-as-source" }]);
    expect(sameAsSource.run(input(TRANSLATION))).toEqual([]);
    expect(sameAsSource.run(input("", { source: " " }))).toEqual([]);
  });

  it("flags a translation made against an earlier wording of the source", () => {
    expect(olderSource.run(input(TRANSLATION, { sourceHash: "hash-before" }))).toEqual([{ code: "older-source" }]);
    expect(olderSource.run(input(TRANSLATION))).toEqual([]);
  });

  it("flags a source quotation marked as never closed, or unbalanced quotation marks in the source", () => {
    expect(sourceUnclosedQuote.run(input(TRANSLATION, { isClosed: false }))).toEqual([{ code: "source-unclosed-quote", quote: "q-two" }]);
    const unbalanced = `"<q id="q-one">Ils n’ont pas encore montré un seul terroriste</q> Selon lui, des clans…`;
    expect(sourceUnclosedQuote.run(input(TRANSLATION, { source: unbalanced }))).toEqual([{ code: "source-unclosed-quote" }]);
    expect(sourceUnclosedQuote.run(input(TRANSLATION))).toEqual([]);
  });

  it("counts quotation marks by pairs", () => {
    expect(hasUnbalancedMarks("« ouvert » et « fermé »")).toBe(false);
    expect(hasUnbalancedMarks("« ouvert et jamais fermé")).toBe(true);
    expect(hasUnbalancedMarks("“one” and “two")).toBe(true);
    expect(hasUnbalancedMarks("l’apostrophe n’est pas une citation")).toBe(false);
  });

  it("lists every check once, each with its own code", () => {
    const codes = QUALITY_CHECKS.map((check) => check.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...WARNING_CODES].sort());
  });

  it("runs only the checks it is given, so an issue can add its own", () => {
    expect(runChecks(input(""), [emptyText])).toEqual([{ code: "empty-text" }]);
  });
});
