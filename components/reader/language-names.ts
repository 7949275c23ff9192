import type { LanguageNamer } from "@/components/text/language-names";

// Language names as labels standing on their own (column heads, menus): French and Russian
// write them in lower case inside a sentence, but a label starts with a capital.
export function languageLabels(tl: LanguageNamer, locale: string, languages: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    languages.map((language) => {
      const name = tl(language);
      return [language, name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)];
    }),
  );
}
