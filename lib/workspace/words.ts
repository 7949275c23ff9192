import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";

// Words as the language counts them (Intl.Segmenter), not runs of non-spaces: « » and
// dashes are not words.
// Characters of the text as read, without the quotation markup (as the editor counts them).
export function countCharacters(text: string): number {
  return plainText(parseInlineMarkup(text).segments).length;
}

export function countWords(text: string, language: string): number {
  const plain = plainText(parseInlineMarkup(text).segments);
  let count = 0;
  for (const piece of new Intl.Segmenter(language, { granularity: "word" }).segment(plain)) {
    if (piece.isWordLike) count += 1;
  }
  return count;
}
