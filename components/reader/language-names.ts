import type { getTranslations } from "next-intl/server";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/lib/languages";

type LanguageTranslator = Awaited<ReturnType<typeof getTranslations<"Languages">>>;

// Language names as labels standing on their own (column heads, menus): French and Russian
// write them in lower case inside a sentence, but a label starts with a capital.
export function languageLabels(tl: LanguageTranslator, locale: string): Record<ContentLanguage, string> {
  return Object.fromEntries(
    CONTENT_LANGUAGES.map((language) => {
      const name = tl(language);
      return [language, name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)];
    }),
  ) as Record<ContentLanguage, string>;
}
