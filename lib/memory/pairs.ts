import { DomainError } from "@/lib/errors";
import { SOURCE_LANGUAGE, TARGET_LANGUAGES, type ContentLanguage, type TargetLanguage } from "@/lib/languages";

// The memory's language pairs, "fr-en" and "fr-ru" in URLs: from the original into each target.
export type MemoryPair = { sourceLanguage: ContentLanguage; targetLanguage: TargetLanguage };

export const MEMORY_PAIR_NAMES: readonly string[] = TARGET_LANGUAGES.map((target) => `${SOURCE_LANGUAGE}-${target}`);

// The pair a URL names, or a 404 (the same answer as an unknown language elsewhere).
export function parseMemoryPair(name: string): MemoryPair {
  const targetLanguage = TARGET_LANGUAGES.find((target) => `${SOURCE_LANGUAGE}-${target}` === name);
  if (!targetLanguage) throw new DomainError("not-found", `Unknown language pair ${name}`, { what: "language" });
  return { sourceLanguage: SOURCE_LANGUAGE, targetLanguage };
}
