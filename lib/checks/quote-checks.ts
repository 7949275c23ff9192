import { parseInlineMarkup, quoteIds } from "@/lib/quotes/inline-markup";
import type { QualityCheck } from "./types";

// Provenance is attached to quotation spans by id: a translation without one loses it, one
// the source does not have gives words a speaker never said, and a doubled one says it twice.
export const quoteMissing: QualityCheck = {
  id: "quote-missing",
  severity: "error",
  kind: "content",
  run: ({ source, translation }) => {
    const found = new Set(quoteIds(parseInlineMarkup(translation.text).segments));
    return source.quotes.filter((quote) => !found.has(quote.key)).map((quote) => ({ id: "quote-missing", quote: quote.key }));
  },
};

export const quoteAdded: QualityCheck = {
  id: "quote-added",
  severity: "error",
  kind: "content",
  run: ({ source, translation }) => {
    const known = new Set(source.quotes.map((quote) => quote.key));
    const added = new Set(quoteIds(parseInlineMarkup(translation.text).segments).filter((id) => !known.has(id)));
    return [...added].map((id) => ({ id: "quote-added", quote: id }));
  },
};

export const quoteDuplicated: QualityCheck = {
  id: "quote-duplicated",
  severity: "error",
  kind: "content",
  run: ({ source, translation }) => {
    const known = new Set(source.quotes.map((quote) => quote.key));
    const ids = quoteIds(parseInlineMarkup(translation.text).segments).filter((id) => known.has(id));
    const doubled = new Set(ids.filter((id, index) => ids.indexOf(id) !== index));
    return [...doubled].map((id) => ({ id: "quote-duplicated", quote: id }));
  },
};

// Saving allows an empty span (work in progress); approving one publishes a quotation with no words.
export const emptyQuote: QualityCheck = {
  id: "empty-quote",
  severity: "warning",
  kind: "content",
  run: ({ translation }) =>
    parseInlineMarkup(translation.text).segments.flatMap((segment) =>
      segment.type === "quote" && segment.text.trim() === "" ? [{ id: "empty-quote" as const, quote: segment.id }] : [],
    ),
};
