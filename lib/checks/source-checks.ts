import { hasUnbalancedMarks } from "./quote-marks";
import { plainOf } from "./text-checks";
import type { QualityCheck } from "./types";

export const olderSource: QualityCheck = {
  id: "older-source",
  severity: "warning",
  kind: "content",
  run: ({ source, translation }) => (translation.sourceHash !== source.hash ? [{ id: "older-source" }] : []),
};

// The source opens a quotation mark it never closes: where the quotation ends in the
// translation is the translator's reading, and the reviewer should check it.
export const sourceUnclosedQuote: QualityCheck = {
  id: "source-unclosed-quote",
  severity: "warning",
  kind: "content",
  run: ({ source }) => {
    const flagged = source.quotes.filter((quote) => !quote.isClosed);
    if (flagged.length > 0) return flagged.map((quote) => ({ id: "source-unclosed-quote", quote: quote.key }));
    return hasUnbalancedMarks(plainOf(source.text)) ? [{ id: "source-unclosed-quote" }] : [];
  },
};
