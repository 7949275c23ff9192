// with { type: "json" }: Node refuses a JSON import without it where no bundler is in between (Playwright loads lib/ for the e2e fixtures)
import configuration from "@/content/languages.json" with { type: "json" };

// The newsroom's languages of the content (not of the interface, see i18n/routing.ts): the one
// place every list of languages comes from. They are data, content/languages.json; adding a
// target language is a line there plus its names in messages/{fr,en,ru}.json (Languages.<code>,
// Languages.short.<code>, Work.translate.<code>, Work.review.<code>), which a test checks.
// A code is a plain string: the list is configuration, not a type.

export type ContentLanguage = string;
export type TargetLanguage = string;
export type LanguageSettings = { openGraphLocale: string; direction: "ltr" | "rtl" };
export type LanguageConfiguration = { source: string; targets: string[]; languages: Record<string, LanguageSettings> };

const CODE = /^[a-z]{2,3}$/;

// Refuses a configuration the rest of the app could not honour, at start rather than on a page.
export function checkLanguageConfiguration(value: LanguageConfiguration): LanguageConfiguration {
  const codes = [value.source, ...value.targets];
  for (const code of codes) {
    if (!CODE.test(code)) throw new Error(`content/languages.json: "${code}" is not a language code (two or three lowercase letters)`);
    const settings = value.languages[code];
    if (!settings) throw new Error(`content/languages.json: "${code}" has no entry under "languages"`);
    if (settings.direction !== "ltr" && settings.direction !== "rtl") throw new Error(`content/languages.json: "${code}" needs a direction, ltr or rtl`);
  }
  if (new Set(codes).size !== codes.length) throw new Error("content/languages.json: a language is listed twice");
  if (value.targets.length === 0) throw new Error("content/languages.json: no target language");
  return value;
}

const CONFIGURATION = checkLanguageConfiguration(configuration as LanguageConfiguration);

export const SOURCE_LANGUAGE: ContentLanguage = CONFIGURATION.source;
export const TARGET_LANGUAGES: readonly [TargetLanguage, ...TargetLanguage[]] = [CONFIGURATION.targets[0], ...CONFIGURATION.targets.slice(1)];
export const CONTENT_LANGUAGES: readonly [ContentLanguage, ...ContentLanguage[]] = [SOURCE_LANGUAGE, ...TARGET_LANGUAGES];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === "string" && CONTENT_LANGUAGES.includes(value);
}

export function isTargetLanguage(value: unknown): value is TargetLanguage {
  return typeof value === "string" && TARGET_LANGUAGES.includes(value);
}

// Each language's locale as OpenGraph names it (og:locale), language_TERRITORY.
export const OPEN_GRAPH_LOCALES: Record<ContentLanguage, string> = Object.fromEntries(
  CONTENT_LANGUAGES.map((language) => [language, CONFIGURATION.languages[language].openGraphLocale]),
);

export function languageDirection(language: ContentLanguage): "ltr" | "rtl" {
  return CONFIGURATION.languages[language]?.direction ?? "ltr";
}

// The dir attribute of an element in that language: only where it differs from the pages' ltr.
export function dirAttribute(language: ContentLanguage): "rtl" | undefined {
  return languageDirection(language) === "rtl" ? "rtl" : undefined;
}

// A report's target languages, as Report.targetLanguages stores its front matter's list
// ("en,ru"; null = every configured target language), in the configuration's order; a code the
// configuration no longer lists is left out.
export function reportTargetLanguages(stored: string | null | undefined): TargetLanguage[] {
  if (stored === null || stored === undefined) return [...TARGET_LANGUAGES];
  const chosen = stored.split(",").map((code) => code.trim());
  return TARGET_LANGUAGES.filter((language) => chosen.includes(language));
}

export function storedTargetLanguages(languages: readonly TargetLanguage[] | undefined): string | null {
  return languages === undefined ? null : TARGET_LANGUAGES.filter((language) => languages.includes(language)).join(",");
}

// The languages a report is read in: its original, then its target languages.
export function reportLanguages(stored: string | null | undefined): ContentLanguage[] {
  return [SOURCE_LANGUAGE, ...reportTargetLanguages(stored)];
}
