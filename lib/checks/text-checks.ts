import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { isBlank } from "@/lib/text/plain-text";
import type { QualityCheck } from "./types";

// What a reader reads, spaces folded: for comparisons that must not depend on spacing.
export function readableText(markup: string): string {
  return plainOf(markup).normalize("NFC").replace(/\s+/g, " ").trim();
}

// What a reader reads, as typed (spaces kept): for the typography checks.
export function plainOf(markup: string): string {
  return plainText(parseInlineMarkup(markup).segments);
}

export const emptyText: QualityCheck = {
  id: "empty-text",
  severity: "error",
  kind: "content",
  // Blank by the same rule a save uses (lib/text/plain-text.ts): zero-width characters are not text.
  run: ({ translation }) => (isBlank(plainOf(translation.text)) ? [{ id: "empty-text" }] : []),
};

// A paragraph pasted back untranslated reads as the original and is easy to miss.
export const sameAsSource: QualityCheck = {
  id: "same-as-source",
  severity: "warning",
  kind: "content",
  run: ({ source, translation }) => {
    const text = readableText(translation.text);
    return text !== "" && text === readableText(source.text) ? [{ id: "same-as-source" }] : [];
  },
};
