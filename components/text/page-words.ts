import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { languageLabels } from "@/components/reader/language-names";
import { languageNames, type LanguageNamer } from "./language-names";

export type PageWords = {
  locale: string;
  reader: Awaited<ReturnType<typeof getTranslations<"Reader">>>;
  cell: Awaited<ReturnType<typeof getTranslations<"ReaderCell">>>;
  status: Awaited<ReturnType<typeof getTranslations<"Status">>>;
  quote: Awaited<ReturnType<typeof getTranslations<"Quote">>>;
  languageName: LanguageNamer;
  // language names as labels standing on their own (language-names.ts)
  labels: Record<string, string>;
  format: Awaited<ReturnType<typeof getFormatter>>;
};

// One slot per request (React's cache), filled once before the rows render.
const slot = cache((): { words: PageWords | null } => ({ words: null }));

// The interface words the reader's rows use, read once per request, so that each row, cell and
// quotation renders synchronously: a long report has thousands of them, and an awaited
// translator per component made thousands of promises (and their async bookkeeping) per page.
export async function loadPageWords(): Promise<PageWords> {
  const locale = await getLocale();
  const languageName = languageNames(await getTranslations("Languages"));
  const words: PageWords = {
    locale,
    reader: await getTranslations("Reader"),
    cell: await getTranslations("ReaderCell"),
    status: await getTranslations("Status"),
    quote: await getTranslations("Quote"),
    languageName,
    labels: languageLabels(languageName, locale, CONTENT_LANGUAGES),
    format: await getFormatter(),
  };
  slot().words = words;
  return words;
}

export function pageWords(): PageWords {
  const { words } = slot();
  if (!words) throw new Error("pageWords(): the page did not call loadPageWords() before rendering its rows");
  return words;
}
