import type { QuoteSpan } from "./types";

// The language a quotation was spoken in, when its attribution says so ("dit-il en russe",
// "explique-t-elle en kazakh"): a code for <Quote spokenIn>, else null (not-stated).
const LANGUAGES: Record<string, string> = {
  allemand: "de", anglais: "en", arabe: "ar", arménien: "hy", biélorusse: "be", chinois: "zh", coréen: "ko",
  espagnol: "es", français: "fr", géorgien: "ka", hébreu: "he", italien: "it", japonais: "ja", kazakh: "kk",
  kirghiz: "ky", ouzbek: "uz", persan: "fa", polonais: "pl", portugais: "pt", russe: "ru", turc: "tr", ukrainien: "uk",
};
const IN_LANGUAGE = new RegExp(`(?<![\\p{L}])en (${Object.keys(LANGUAGES).join("|")})(?![\\p{L}])`, "u");

export function findSpokenLanguage(text: string, span: QuoteSpan): string | null {
  const tail = text.slice(span.after);
  const sentence = tail.slice(0, tail.search(/[«“"]|[.!?…](?=\s|$)|$/u));
  const found = IN_LANGUAGE.exec(sentence);
  return found ? LANGUAGES[found[1]] : null;
}
