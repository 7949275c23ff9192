import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { CONTENT_LANGUAGES, OPEN_GRAPH_LOCALES, SOURCE_LANGUAGE, TARGET_LANGUAGES } from "@/lib/languages";
import { missingLanguageBranches } from "@/lib/testing/language-selects";
import en from "./en.json";
import fr from "./fr.json";
import ru from "./ru.json";

// Adding a language to content/languages.json is configuration plus messages: every interface
// language must name it (the name helpers fall back to the bare code, which this forbids).
const MESSAGES: Record<string, unknown> = { fr, en, ru };

const at = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);

describe("every configured language is named in every interface language", () => {
  it.each(routing.locales)("%s names each content language and each target language's work", (locale) => {
    const keys = [
      ...CONTENT_LANGUAGES.map((code) => `Languages.${code}`),
      ...TARGET_LANGUAGES.flatMap((code) => [`Work.translate.${code}`, `Work.review.${code}`]),
    ];
    expect(keys.filter((key) => typeof at(MESSAGES[locale], key) !== "string")).toEqual([]);
  });

  it.each(routing.locales)("%s words each language in the messages that decline it (ICU select on language)", (locale) => {
    expect(missingLanguageBranches(MESSAGES[locale], locale, { source: SOURCE_LANGUAGE, targets: TARGET_LANGUAGES, interface: routing.locales })).toEqual([]);
  });

  it("each interface language is a content language with its OpenGraph locale", () => {
    expect(routing.locales.filter((locale) => !OPEN_GRAPH_LOCALES[locale])).toEqual([]);
  });
});
