import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";

// What a reader reads: the quotation markup is not text. Code points, not UTF-16 units, so a
// Cyrillic or accented letter counts once whatever its encoding.
export function plainOf(markup: string): string {
  return plainText(parseInlineMarkup(markup).segments);
}

export function plainLength(markup: string): number {
  return [...plainOf(markup)].length;
}
