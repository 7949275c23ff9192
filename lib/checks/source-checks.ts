import { readableText } from "./text-checks";
import type { QualityCheck } from "./types";

export const olderSource: QualityCheck = {
  code: "older-source",
  run: ({ source, translation }) => (translation.sourceHash !== source.hash ? [{ code: "older-source" }] : []),
};

const PAIRS: readonly [string, string][] = [
  ["«", "»"],
  ["“", "”"],
];

// The source opens a quotation mark it never closes: where the quotation ends in the
// translation is the translator's reading, and the reviewer should check it.
export const sourceUnclosedQuote: QualityCheck = {
  code: "source-unclosed-quote",
  run: ({ source }) => {
    const flagged = source.quotes.filter((quote) => !quote.isClosed);
    if (flagged.length > 0) return flagged.map((quote) => ({ code: "source-unclosed-quote", quote: quote.key }));
    return hasUnbalancedMarks(readableText(source.text)) ? [{ code: "source-unclosed-quote" }] : [];
  },
};

export function hasUnbalancedMarks(text: string): boolean {
  const count = (mark: string) => text.split(mark).length - 1;
  if (count('"') % 2 === 1) return true;
  return PAIRS.some(([open, close]) => count(open) !== count(close));
}
