// Words of a plain text with their offsets, and how a written word is compared with a term's
// word. Pure: runs on the server and in the browser (the editor underlines terms as it renders).
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemFrench } from "@orama/stemmers/french";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import type { ContentLanguage } from "@/lib/languages";

export type Word = { text: string; start: number; end: number };

export type WordMatchOptions = { exactForm: boolean; caseSensitive: boolean };

// Letters, combining marks and digits. Apostrophes and hyphens separate words, so "d'Almaty"
// holds "Almaty" and "Kassym-Jomart" is two words, as the glossary writes them.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// What may stand between two words of a multi-word term: spaces (no-break ones too) and hyphens,
// never punctuation, so "Almaty. TV" is not "Almaty TV".
const WORD_GAP = /^[\s\u00A0\u202F\-\u2010\u2011]+$/u;

// Words this short have no reliable stem (and are mostly abbreviations: KNB, TV, 24): as written.
const SHORTEST_STEMMED = 4;

// How many letters an inflected form may add to the term's word: Russian case endings (-ом, -ами),
// French and English plurals.
const LONGEST_ENDING = 3;

// A language configured without a stemmer here (content/languages.json) is matched by its
// folded forms only: exact words, case and accents aside.
const STEMMERS: Partial<Record<ContentLanguage, (word: string) => string>> = {
  en: stemEnglish,
  fr: stemFrench,
  ru: stemRussian,
};

const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

export function splitWords(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function isWordGap(text: string): boolean {
  return WORD_GAP.test(text);
}

// Folding is cached like stemming: every term is compared with every word of a paragraph, and
// toLocaleLowerCase with a locale goes through ICU each time (most of a save's checks).
const foldCache = new Map<string, string>();

function fold(word: string, language: ContentLanguage): string {
  const key = `${language}:${word}`;
  const cached = foldCache.get(key);
  if (cached !== undefined) return cached;
  if (foldCache.size >= STEM_CACHE_SIZE) foldCache.clear();
  const lower = word.normalize("NFC").toLocaleLowerCase(language);
  const folded = language === "ru" ? lower.replaceAll("ё", "е") : lower;
  foldCache.set(key, folded);
  return folded;
}

function stem(folded: string, language: ContentLanguage): string {
  const key = `${language}:${folded}`;
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached;
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  const stemmed = STEMMERS[language]?.(folded) ?? folded;
  stemCache.set(key, stemmed);
  return stemmed;
}

// Does the written word stand for the term's word? Snowball stems are not stable across a
// paradigm (казахстан → "казахста", казахстане → "казахстан"), so equal stems would miss
// inflected forms: the shorter stem must be a prefix of the longer one. Prefixes alone are loose
// (the stem "тока" of Токаев prefixes "токарь"), so the written word must also be the term's word
// plus a short ending, or be a prefix of it down to its own stem (полиции for полиция).
export function isSameWord(written: string, term: string, language: ContentLanguage, options: WordMatchOptions): boolean {
  const w = options.caseSensitive ? written.normalize("NFC") : fold(written, language);
  const t = options.caseSensitive ? term.normalize("NFC") : fold(term, language);
  if (w === t) return true;
  if (options.exactForm || t.length < SHORTEST_STEMMED || w.length < SHORTEST_STEMMED) return false;
  const lw = options.caseSensitive ? fold(written, language) : w;
  const lt = options.caseSensitive ? fold(term, language) : t;
  const sw = stem(lw, language);
  const st = stem(lt, language);
  const shorter = Math.min(sw.length, st.length);
  if (!(sw.startsWith(st) || st.startsWith(sw))) return false;
  const isInflected = (lw.startsWith(lt) && lw.length - lt.length <= LONGEST_ENDING) || lt.startsWith(sw);
  if (!isInflected) return false;
  // Case-sensitive: the letters the two words share by their stem are written the same.
  return !options.caseSensitive || w.slice(0, shorter) === t.slice(0, shorter);
}
