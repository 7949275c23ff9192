import { DomainError } from "@/lib/errors";
import { SOURCE_LANGUAGE, TARGET_LANGUAGES, type ContentLanguage, type TargetLanguage } from "@/lib/languages";

// One glossary per language pair, named "fr-en", "fr-ru" in URLs: from the original into each target.
export type GlossaryPair = { sourceLanguage: ContentLanguage; targetLanguage: TargetLanguage };

export const GLOSSARY_PAIRS: readonly GlossaryPair[] = TARGET_LANGUAGES.map((targetLanguage) => ({
  sourceLanguage: SOURCE_LANGUAGE,
  targetLanguage,
}));

export function pairName(pair: { sourceLanguage: string; targetLanguage: string }): string {
  return `${pair.sourceLanguage}-${pair.targetLanguage}`;
}

export const GLOSSARY_PAIR_NAMES: readonly string[] = GLOSSARY_PAIRS.map(pairName);

// The pair a URL names, or a 404 (the same answer as an unknown language elsewhere).
export function parsePair(name: string): GlossaryPair {
  const pair = GLOSSARY_PAIRS.find((candidate) => pairName(candidate) === name);
  if (!pair) throw new DomainError("not-found", `Unknown glossary ${name}`, { what: "language" });
  return pair;
}
