// How the memory reads a text: words for the fuzzy score, sentences for sub-segment matches,
// one normal form for "the same wording". Intl.Segmenter knows French, English and Russian
// words and sentences (a regex word pattern would split Cyrillic letter by letter).

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, language: string, granularity: "word" | "sentence"): Intl.Segmenter {
  let found = cache.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    cache.set(language, found);
  }
  return found;
}

// Words and numbers, lowercased; punctuation and spaces are not tokens, so "l’armée" and
// "l'armée" differ only by the apostrophe form, which we fold too.
export function wordTokens(plain: string, language: string): string[] {
  const tokens: string[] = [];
  for (const piece of segmenter(wordSegmenters, language, "word").segment(normalizeText(plain))) {
    if (piece.isWordLike) tokens.push(piece.segment.toLocaleLowerCase(language));
  }
  return tokens;
}

export function sentences(plain: string, language: string): string[] {
  return Array.from(segmenter(sentenceSegmenters, language, "sentence").segment(plain), (piece) => piece.segment.trim()).filter(Boolean);
}

// The same wording: equal after Unicode normalization, apostrophe folding and collapsing spaces.
export function normalizeText(plain: string): string {
  return plain.normalize("NFC").replace(/[’ʼ]/g, "'").replace(/\s+/g, " ").trim();
}

// For the concordance: case and diacritics do not matter ("Almaty" finds "ALMATY", "eleve"
// finds "élève"). Russian й keeps its mark (a letter of its own); ё is folded to е, as Russians often write it.
export function foldForSearch(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/(?<![иИ])[\u0300-\u036f]/g, "")
    .normalize("NFC");
}
