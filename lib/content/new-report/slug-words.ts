import slugify from "slugify";

// Words of a French text as slug parts. The slugify package, not a normalize("NFD") strip,
// because French has ligatures NFD does not decompose (œ, æ): "cœur" must give "coeur", not "cur".
const STOP_WORDS = new Set(
  ("a au aux avec c ce ces cet cette d dans de des du elle en est et il ils j je l la le les leur lui m ma mais me mes n ne " +
    "nous on ou par pas pour qu que qui s sa se ses son sont sur t ta te tes un une vous y").split(" "),
);

export function slugWord(word: string): string {
  return slugify(word, { lower: true, strict: true, locale: "fr" });
}

// The first `count` words that carry meaning, as slug parts ("l’ancienne capitale" → ancienne, capitale).
export function meaningfulSlugWords(text: string, count: number): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(slugWord)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .slice(0, count);
}
