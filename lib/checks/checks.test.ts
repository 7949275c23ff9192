import { describe, expect, it } from "vitest";
import { emptyQuote, quoteAdded, quoteDuplicated, quoteMissing } from "./quote-checks";
import { olderSource, sourceUnclosedQuote } from "./source-checks";
import { emptyText, sameAsSource } from "./text-checks";
import { hasUnbalancedMarks, unbalancedQuoteMarks } from "./quote-marks";
import { QUALITY_CHECKS, runChecks, severityOf } from "./index";
import { blockingErrors, withoutDismissed } from "./findings";
import { CHECK_IDS, type CheckInput } from "./types";
import { pair } from "./testing";

const SOURCE = `"<q id="q-one">Je suis venue ici</q>", raconte Dinara. "<q id="q-two">C’était une guerre</q>", dit-elle.`;
const EN = `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was a war</q>,” she says.`;
const RU = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`;

function input(text: string, options: { sourceHash?: string; isClosed?: boolean; source?: string } = {}): CheckInput {
  const base = pair(options.source ?? SOURCE, text, "en");
  return {
    ...base,
    source: { ...base.source, quotes: [{ key: "q-one", isClosed: true }, { key: "q-two", isClosed: options.isClosed ?? true }] },
    translation: { text, sourceHash: options.sourceHash ?? "hash-now" },
  };
}

describe("quality checks", () => {
  it("finds nothing in a complete translation made against the current source, fr→en and fr→ru", () => {
    expect(runChecks(input(EN))).toEqual([]);
    expect(runChecks(pair(SOURCE, RU, "ru"))).toEqual([]);
  });

  it("flags empty text, whitespace and empty quotation spans included (error)", () => {
    expect(emptyText.run(input("  \n "))).toEqual([{ id: "empty-text" }]);
    expect(emptyText.run(input(`<q id="q-one"> </q>`))).toEqual([{ id: "empty-text" }]);
    expect(emptyText.run(pair(SOURCE, "\u200b", "ru"))).toEqual([{ id: "empty-text" }]);
    expect(emptyText.run(input(EN))).toEqual([]);
    expect(emptyText.run(pair(SOURCE, RU, "ru"))).toEqual([]);
    expect(severityOf("empty-text")).toBe("error");
  });

  it("names each quotation span missing, added or doubled (errors)", () => {
    expect(quoteMissing.run(input(`“<q id="q-one">I came here</q>,” says Dinara. “It was a war,” she says.`))).toEqual([{ id: "quote-missing", quote: "q-two" }]);
    expect(quoteMissing.run(pair(SOURCE, RU.replace(/<\/?q[^>]*>/g, ""), "ru"))).toHaveLength(2);
    expect(quoteAdded.run(input(`${EN} <q id="q-three">More</q>`))).toEqual([{ id: "quote-added", quote: "q-three" }]);
    expect(quoteDuplicated.run(pair(SOURCE, `${RU} «<q id="q-one">снова</q>»`, "ru"))).toEqual([{ id: "quote-duplicated", quote: "q-one" }]);
    for (const check of [quoteMissing, quoteAdded, quoteDuplicated]) {
      expect(check.run(input(EN))).toEqual([]);
      expect(check.run(pair(SOURCE, RU, "ru"))).toEqual([]);
      expect(check.severity).toBe("error");
    }
  });

  it("flags a quotation span left empty (warning)", () => {
    expect(emptyQuote.run(input(EN.replace("It was a war", " ")))).toEqual([{ id: "empty-quote", quote: "q-two" }]);
    expect(emptyQuote.run(pair(SOURCE, RU.replace("Это была война", ""), "ru"))).toEqual([{ id: "empty-quote", quote: "q-two" }]);
    expect(emptyQuote.run(input(EN))).toEqual([]);
  });

  it("flags text identical to the source, whatever the spacing, but not an empty one", () => {
    expect(sameAsSource.run(input(SOURCE.replace(", raconte", ",  raconte")))).toEqual([{ id: "same-as-source" }]);
    expect(sameAsSource.run(pair(SOURCE, SOURCE, "ru"))).toEqual([{ id: "same-as-source" }]);
    expect(sameAsSource.run(input(EN))).toEqual([]);
    expect(sameAsSource.run(input("", { source: " " }))).toEqual([]);
  });

  it("flags a translation made against an earlier wording of the source", () => {
    expect(olderSource.run(input(EN, { sourceHash: "hash-before" }))).toEqual([{ id: "older-source" }]);
    expect(olderSource.run(input(EN))).toEqual([]);
  });

  it("flags a source quotation marked as never closed, or unbalanced quotation marks in the source (warning)", () => {
    expect(sourceUnclosedQuote.run(input(EN, { isClosed: false }))).toEqual([{ id: "source-unclosed-quote", quote: "q-two" }]);
    const unbalanced = `"<q id="q-one">Ils n’ont pas encore montré un seul terroriste</q> Selon lui, des clans…`;
    expect(sourceUnclosedQuote.run(input(EN, { source: unbalanced }))).toEqual([{ id: "source-unclosed-quote" }]);
    expect(sourceUnclosedQuote.run(pair(unbalanced, RU, "ru"))).toEqual([{ id: "source-unclosed-quote" }]);
    expect(sourceUnclosedQuote.run(input(EN))).toEqual([]);
    expect(sourceUnclosedQuote.severity).toBe("warning");
  });

  it("pairs quotation marks with a stack: « », “ ”, „ “ and straight ones", () => {
    expect(hasUnbalancedMarks("« ouvert » et « fermé »")).toBe(false);
    expect(hasUnbalancedMarks("«внешняя „внутренняя“ цитата»")).toBe(false);
    expect(hasUnbalancedMarks('"one" and "two"')).toBe(false);
    expect(hasUnbalancedMarks("« ouvert et jamais fermé")).toBe(true);
    expect(hasUnbalancedMarks("“one” and “two")).toBe(true);
    expect(hasUnbalancedMarks("closed” without opening")).toBe(true);
    expect(hasUnbalancedMarks("l’apostrophe n’est pas une citation")).toBe(false);
  });

  it("flags unbalanced quotation marks in the translation (error), fr→en and fr→ru", () => {
    expect(unbalancedQuoteMarks.run(input(EN.replace(",” says", ", says")))).toEqual([{ id: "unbalanced-quote-marks", detail: "“" }]);
    expect(unbalancedQuoteMarks.run(pair(SOURCE, RU.replace("»", ""), "ru"))).toEqual([{ id: "unbalanced-quote-marks", detail: "«" }]);
    expect(unbalancedQuoteMarks.run(input(EN))).toEqual([]);
    expect(unbalancedQuoteMarks.run(pair(SOURCE, RU, "ru"))).toEqual([]);
    expect(unbalancedQuoteMarks.severity).toBe("error");
  });

  it("lists every check once, each with its own id and a severity", () => {
    const ids = QUALITY_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CHECK_IDS].sort());
  });

  it("runs only the checks it is given, so an issue can add its own", () => {
    expect(runChecks(input(""), [emptyText])).toEqual([{ id: "empty-text" }]);
  });

  it("drops dismissed warnings (same check, same quotation) but never an error", () => {
    const findings = [{ id: "empty-quote" as const, quote: "q-two" }, { id: "double-space" as const }, { id: "mixed-script" as const, detail: "Аlmaty" }];
    const dismissals = [
      { checkId: "empty-quote", quoteKey: "q-two" },
      { checkId: "double-space", quoteKey: "q-one" },
      { checkId: "mixed-script", quoteKey: "" },
    ];
    expect(withoutDismissed(findings, dismissals)).toEqual([{ id: "double-space" }, { id: "mixed-script", detail: "Аlmaty" }]);
  });

  it("blocks on the error checks not overridden, once each; warnings never block", () => {
    const findings = [{ id: "mixed-script" as const, detail: "a" }, { id: "mixed-script" as const, detail: "b" }, { id: "unbalanced-quote-marks" as const }, { id: "double-space" as const }];
    expect(blockingErrors(findings, [])).toEqual(["mixed-script", "unbalanced-quote-marks"]);
    expect(blockingErrors(findings, [{ check: "mixed-script" }])).toEqual(["unbalanced-quote-marks"]);
    expect(blockingErrors([{ id: "double-space" }], [])).toEqual([]);
  });
});
