// Languages of the content (not of the interface, see i18n/routing.ts).
export const CONTENT_LANGUAGES = ["fr", "en", "ru"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const SOURCE_LANGUAGE: ContentLanguage = "fr";
export const TARGET_LANGUAGES = ["en", "ru"] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === "string" && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

export function isTargetLanguage(value: unknown): value is TargetLanguage {
  return typeof value === "string" && (TARGET_LANGUAGES as readonly string[]).includes(value);
}

// Each language's locale as OpenGraph names it (og:locale), language_TERRITORY.
export const OPEN_GRAPH_LOCALES: Record<ContentLanguage, string> = { fr: "fr_FR", en: "en_GB", ru: "ru_RU" };
