import type { CheckContext, CheckInput } from "./types";

// A check input for tests: French source, the target language, quotation keys taken from the source.
export function pair(source: string, text: string, targetLanguage: string, context?: CheckContext): CheckInput {
  const keys = Array.from(source.matchAll(/<q id="([^"]+)">/g), (match) => match[1]);
  return {
    sourceLanguage: targetLanguage === "fr" ? "en" : "fr",
    targetLanguage,
    paragraphKey: "p-this",
    source: { text: source, hash: "hash-now", quotes: keys.map((key) => ({ key, isClosed: true })) },
    translation: { text, sourceHash: "hash-now" },
    context,
  };
}
