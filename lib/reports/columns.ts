import { CONTENT_LANGUAGES, SOURCE_LANGUAGE, type ContentLanguage } from "@/lib/languages";

// The reader's columns: chosen in the page, kept in the URL as ?cols=fr,en,ru (order = column
// order), among the languages the report is read in (lib/languages.ts: reportLanguages).

export function defaultColumns(interfaceLanguage: string, available: readonly ContentLanguage[] = CONTENT_LANGUAGES): ContentLanguage[] {
  const translations = available.filter((language) => language !== SOURCE_LANGUAGE);
  const translation = translations.includes(interfaceLanguage) ? interfaceLanguage : translations[0];
  return translation ? [SOURCE_LANGUAGE, translation] : [SOURCE_LANGUAGE];
}

export function parseColumns(value: string | null | undefined, available: readonly ContentLanguage[] = CONTENT_LANGUAGES): ContentLanguage[] | null {
  if (!value) return null;
  const columns: ContentLanguage[] = [];
  for (const part of value.split(",")) {
    const language = part.trim();
    if (available.includes(language) && !columns.includes(language)) columns.push(language);
  }
  return columns.length > 0 ? columns : null;
}

export function formatColumns(columns: readonly ContentLanguage[]): string {
  return columns.join(",");
}
