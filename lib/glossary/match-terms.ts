// Where glossary terms occur in a source paragraph, and whether a translation renders one.
// Pure (no Node-only imports): the editor runs it in the browser, the checks on the server.
import type { ContentLanguage } from "@/lib/languages";
import { isSameWord, isWordGap, splitWords, type Word, type WordMatchOptions } from "./words";

export type GlossaryTerm = {
  id: string;
  sourceTerm: string;
  translations: string[];
  note: string | null;
  partOfSpeech: string | null;
  exactForm: boolean;
  caseSensitive: boolean;
  doNotTranslate: boolean;
  isForbidden: boolean;
};

export type TermOccurrence = { term: GlossaryTerm; start: number; end: number };
export type Rendering = { start: number; end: number; text: string };

type Span = { start: number; end: number };

// Every place where the phrase's words follow each other in the text (separated only by spaces
// or hyphens), each word compared with isSameWord: a term never matches inside another word.
function findPhrase(text: string, words: Word[], phrase: string, language: ContentLanguage, options: WordMatchOptions): Span[] {
  const wanted = splitWords(phrase);
  if (wanted.length === 0) return [];
  const spans: Span[] = [];
  for (let i = 0; i + wanted.length <= words.length; i++) {
    const isMatch = wanted.every((want, k) => {
      const word = words[i + k];
      if (k > 0 && !isWordGap(text.slice(words[i + k - 1].end, word.start))) return false;
      return isSameWord(word.text, want.text, language, options);
    });
    if (isMatch) spans.push({ start: words[i].start, end: words[i + wanted.length - 1].end });
  }
  return spans;
}

// Longest first, then earliest: where two terms overlap (Almaty, Almaty TV) the longer one wins.
function byLengthThenStart(a: Span, b: Span): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

// Two entries for the same words (Almaty's required rendering and its forbidden one) both stand.
function overlapsAny(span: Span, kept: Span[]): boolean {
  return kept.some((k) => span.start < k.end && k.start < span.end && !(span.start === k.start && span.end === k.end));
}

// The terms found in a source paragraph's plain text, in reading order, never partly
// overlapping (entries for exactly the same words are all listed there).
export function findTermsInSource(plainText: string, terms: readonly GlossaryTerm[], sourceLanguage: ContentLanguage): TermOccurrence[] {
  const words = splitWords(plainText);
  const found = terms.flatMap((term) =>
    findPhrase(plainText, words, term.sourceTerm, sourceLanguage, term).map((span) => ({ term, ...span })),
  );
  const kept: TermOccurrence[] = [];
  for (const occurrence of found.sort(byLengthThenStart)) {
    if (!overlapsAny(occurrence, kept)) kept.push(occurrence);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// The first place where the target renders one of the candidates (an entry's translations, or its
// source term for a do-not-translate entry), or null. At the same place the longer one wins.
export function findRendering(
  plainTarget: string,
  candidates: readonly string[],
  targetLanguage: ContentLanguage,
  options: WordMatchOptions,
): Rendering | null {
  const words = splitWords(plainTarget);
  const spans = candidates.flatMap((candidate) => findPhrase(plainTarget, words, candidate, targetLanguage, options));
  const first = spans.sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? { ...first, text: plainTarget.slice(first.start, first.end) } : null;
}

// What the target must contain for a term: its translations, or the term itself when it is
// not translated. (For a forbidden entry these are what the target must NOT contain.)
export function requiredRenderings(term: GlossaryTerm): string[] {
  return term.doNotTranslate ? [term.sourceTerm] : term.translations;
}
