import { Fragment } from "react";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import { quoteProvenance } from "@/lib/quotes/provenance";
import type { ShownSpeaker } from "@/lib/quotes/shown-speaker";
import type { ReaderQuote } from "@/lib/reports/get-reader-report";
import { pageWords } from "./page-words";
import { markerWords } from "./provenance-words";
import { QuoteMarker } from "./quote-marker";

const CLOSING = /^[,.;:!?…]*["”»“'’]?[,.;:!?…]*/;

export type ShownQuote = ReaderQuote & { speaker: ShownSpeaker | null };

type QuotedTextProps = {
  text: string;
  language: string;
  sourceLanguage: string;
  outlet: string;
  quotes: ReadonlyMap<string, ShownQuote>;
  ownWords?: Record<string, string>;
  // tells apart the popovers of two texts of one cell (approved, and newer behind a disclosure)
  variant?: "approved" | "pending";
};

// Renders paragraph text. Text is always React text (escaped), never HTML or MDX: the
// only structure honoured is the quotation span, which becomes a <q> with its provenance.
export function QuotedText({ text, language, sourceLanguage, outlet, quotes, ownWords = {}, variant = "approved" }: QuotedTextProps) {
  const { segments } = parseInlineMarkup(text);
  // A marker goes after the closing quotation mark and its punctuation, not inside them.
  const carried = new Map<number, string>();
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (segment.type !== "quote" || next?.type !== "text") return;
    const closing = CLOSING.exec(next.text)?.[0] ?? "";
    if (closing) {
      carried.set(index, closing);
      segments[index + 1] = { ...next, text: next.text.slice(closing.length) };
    }
  });
  const { quote: t } = pageWords();
  const firstQuote = segments.findIndex((segment) => segment.type === "quote");
  return segments.map((segment, index) => {
    if (segment.type === "text") return <Fragment key={index}>{segment.text}</Fragment>;
    const quote = quotes.get(segment.id);
    const origin = quoteProvenance({
      columnLanguage: language,
      sourceLanguage,
      spokenLanguage: quote?.spokenLanguage ?? null,
      ownWordsNote: ownWords[segment.id],
    });
    const words = markerWords(origin, t, outlet);
    const isSource = language === sourceLanguage;
    return (
      <Fragment key={index}>
        <q
          data-quote={segment.id}
          data-provenance={origin.provenance}
          data-translated-from={origin.provenance === "translated" ? origin.from : undefined}
          // "term" only: a quotation of speech is the default, and the attribute would be on every one
          data-kind={quote?.kind === "term" ? "term" : undefined}
        >
          {segment.text}
        </q>
        {carried.get(index)}
        <QuoteMarker
          quoteId={segment.id}
          textLanguage={language}
          spokenLanguage={quote?.spokenLanguage ?? null}
          markerId={`qp-${language}-${variant === "approved" ? "a" : "p"}-${segment.id}`}
          href={isSource ? `#quote-${segment.id}` : `#quote-${segment.id}-${language}`}
          words={words}
          isTabStop={isSource && index === firstQuote}
        />
      </Fragment>
    );
  });
}
