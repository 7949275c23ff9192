import { parseInlineMarkup, quoteIds } from "@/lib/quotes/inline-markup";
import type { QualityCheck } from "./types";

// Provenance is attached to quotation spans by id: a translation without one loses it.
export const quoteMissing: QualityCheck = {
  code: "quote-missing",
  run: ({ source, translation }) => {
    const found = new Set(quoteIds(parseInlineMarkup(translation.text).segments));
    return source.quotes.filter((quote) => !found.has(quote.key)).map((quote) => ({ code: "quote-missing", quote: quote.key }));
  },
};

// Saving allows an empty span (work in progress); approving one publishes a quotation with no words.
export const emptyQuote: QualityCheck = {
  code: "empty-quote",
  run: ({ translation }) =>
    parseInlineMarkup(translation.text)
      .segments.filter((segment) => segment.type === "quote" && segment.text.trim() === "")
      .map((segment) => ({ code: "empty-quote", quote: segment.type === "quote" ? segment.id : undefined })),
};
