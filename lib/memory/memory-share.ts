import { diffArrays } from "diff";
import { plainOf } from "./plain-length";
import { wordTokens } from "./tokens";

// How much of a saved text came unchanged from the memory, as Content Translation measures
// "unmodified machine translation": the share (0..1) of the saved text's words that are, in
// order, words of a text the editor inserted from the memory. Measured against those inserted
// texts only, not against every entry (words that happen to be in some entry were not taken
// from it). null: nothing was inserted.
export function memoryShare(savedText: string, insertedTexts: readonly string[], language: string): number | null {
  if (insertedTexts.length === 0) return null;
  const saved = wordTokens(plainOf(savedText), language);
  if (saved.length === 0) return 0;
  let best = 0;
  // Each insertion replaced the editor's text, so the saved text grew from one of them: the
  // one it keeps most of counts (summing over insertions would count a word twice).
  for (const inserted of insertedTexts) {
    let kept = 0;
    for (const change of diffArrays(wordTokens(plainOf(inserted), language), saved)) {
      if (!change.added && !change.removed) kept += change.count ?? change.value.length;
    }
    best = Math.max(best, kept);
  }
  return best / saved.length;
}
