import type { Person, QuoteSpan } from "./types";

// Scare quotes: a word or a short phrase in quotation marks that nobody is said to speak
// (sorte de "mini-Otan"), proposed as a <Term>. "par le gouvernement" right after it names who
// used the word ("qualifiée d’"anti-terroriste" par le gouvernement").
const MAX_TERM_WORDS = 3;
const BY = /^\s*par\s+((?:(?:le|la|les)\s|l['’])?(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*|[\p{Ll}-]+))/u;

export function isTerm(words: string): boolean {
  return words.split(/\s+/u).length <= MAX_TERM_WORDS && !/[.!?…]$/u.test(words);
}

export function termSource(text: string, span: QuoteSpan): Person | null {
  if (span.close === null) return null;
  const by = BY.exec(text.slice(span.after));
  return by ? { name: by[1], role: null } : null;
}
