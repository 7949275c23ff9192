import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { QualityCheck } from "./types";

export function readableText(markup: string): string {
  return plainText(parseInlineMarkup(markup).segments).normalize("NFC").replace(/\s+/g, " ").trim();
}

export const emptyText: QualityCheck = {
  code: "empty-text",
  run: ({ translation }) => (readableText(translation.text) === "" ? [{ code: "empty-text" }] : []),
};

// A paragraph pasted back untranslated reads as the original and is easy to miss.
export const sameAsSource: QualityCheck = {
  code: "same-as-source",
  run: ({ source, translation }) => {
    const text = readableText(translation.text);
    return text !== "" && text === readableText(source.text) ? [{ code: "same-as-source" }] : [];
  },
};
