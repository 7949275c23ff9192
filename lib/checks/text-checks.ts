import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { isBlank } from "@/lib/text/plain-text";
import type { QualityCheck } from "./types";

export function readableText(markup: string): string {
  return plainText(parseInlineMarkup(markup).segments).normalize("NFC").replace(/\s+/g, " ").trim();
}

export const emptyText: QualityCheck = {
  code: "empty-text",
  // Blank by the same rule a save uses (lib/text/plain-text.ts): zero-width characters are not text.
  run: ({ translation }) => (isBlank(plainText(parseInlineMarkup(translation.text).segments)) ? [{ code: "empty-text" }] : []),
};

// A paragraph pasted back untranslated reads as the original and is easy to miss.
export const sameAsSource: QualityCheck = {
  code: "same-as-source",
  run: ({ source, translation }) => {
    const text = readableText(translation.text);
    return text !== "" && text === readableText(source.text) ? [{ code: "same-as-source" }] : [];
  },
};
