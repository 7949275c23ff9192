import type { getTranslations } from "next-intl/server";
import { markerWords, type MarkerWords } from "@/components/text/provenance-words";
import type { ShownQuote } from "@/components/text/quoted-text";
import type { TargetLanguage } from "@/lib/languages";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { quoteProvenance } from "@/lib/quotes/provenance";
import { shownSpeaker } from "@/lib/quotes/shown-speaker";
import { typographyExample } from "@/lib/quotes/typography-example";
import type { ReaderReport } from "@/lib/reports/get-reader-report";

type QuoteT = Awaited<ReturnType<typeof getTranslations<"Quote">>>;

function quoteWords(text: string): Map<string, string> {
  return new Map(parseInlineMarkup(text).segments.flatMap((segment) => (segment.type === "quote" ? [[segment.id, segment.text] as const] : [])));
}

// What the reader page derives from the report for the interface language: the quotations
// with their speakers in it, each quotation's words per language, the kinds of marker the
// page carries (for the legend) and the original's oddities worth explaining.
export function readerPageData(report: ReaderReport, locale: string, sourceLanguage: string, t: QuoteT) {
  const quotes: ShownQuote[] = report.quotes.map((quote) => ({ ...quote, speaker: shownSpeaker(quote, locale, sourceLanguage, report.speakers) }));
  const byKey = new Map(quotes.map((quote) => [quote.key, quote]));
  const paragraphNumbers = new Map(report.rows.map((row, index) => [row.key, index + 1]));
  const texts = new Map(report.rows.flatMap((row) => [...quoteWords(row.source)]));
  const translatedTexts = Object.fromEntries(
    report.languages.map((language) => [language, new Map(report.rows.flatMap((row) => [...quoteWords(row.cells[language].approved?.text ?? "")]))]),
  ) as Record<TargetLanguage, Map<string, string>>;

  const present = new Map<string, MarkerWords>();
  // each meaning a marker of the page refers to, once (quote-notes.tsx)
  const meanings = new Map<string, string>();
  const add = (words: MarkerWords) => {
    present.set(`${words.kind}:${words.mark}`, words);
    if (words.meaningKey) meanings.set(words.meaningKey, words.meaning);
  };
  for (const row of report.rows) {
    for (const segment of parseInlineMarkup(row.source).segments) {
      if (segment.type !== "quote") continue;
      const spokenLanguage = byKey.get(segment.id)?.spokenLanguage ?? null;
      add(markerWords(quoteProvenance({ columnLanguage: sourceLanguage, sourceLanguage, spokenLanguage }), t, report.outlet));
    }
    for (const language of report.languages) {
      const cell = row.cells[language];
      for (const shown of [cell.approved, cell.pending]) {
        for (const segment of parseInlineMarkup(shown?.text ?? "").segments) {
          if (segment.type !== "quote") continue;
          const origin = quoteProvenance({ columnLanguage: language, sourceLanguage, spokenLanguage: null, ownWordsNote: shown?.ownWords[segment.id] });
          add(markerWords(origin, t, report.outlet));
        }
      }
    }
  }
  const unclosed = quotes.find((quote) => !quote.isClosed);
  return {
    quotes,
    byKey,
    paragraphNumbers,
    texts,
    translatedTexts,
    present: [...present.values()],
    meanings,
    example: typographyExample(report.rows.map((row) => plainText(parseInlineMarkup(row.source).segments))),
    unclosedParagraph: unclosed ? (paragraphNumbers.get(unclosed.paragraphKey) ?? null) : null,
  };
}
