import { CONTENT_LANGUAGES, SOURCE_LANGUAGE, isContentLanguage, type ContentLanguage } from "@/lib/languages";

// The reader's columns: chosen in the page, kept in the URL as ?cols=fr,en,ru (order = column order).

export function defaultColumns(interfaceLanguage: string): ContentLanguage[] {
  const translation = interfaceLanguage === SOURCE_LANGUAGE || !isContentLanguage(interfaceLanguage) ? "en" : interfaceLanguage;
  return [SOURCE_LANGUAGE, translation];
}

export function parseColumns(value: string | null | undefined): ContentLanguage[] | null {
  if (!value) return null;
  const columns: ContentLanguage[] = [];
  for (const part of value.split(",")) {
    const language = part.trim();
    if (isContentLanguage(language) && !columns.includes(language)) columns.push(language);
  }
  return columns.length > 0 ? columns : null;
}

export function formatColumns(columns: readonly ContentLanguage[]): string {
  return columns.join(",");
}

export const ALL_COLUMNS = CONTENT_LANGUAGES;
