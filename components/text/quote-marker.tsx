import { MARKER_SYMBOLS, type MarkerWords } from "./provenance-words";
import { pageWords } from "./page-words";
import { quoteNoteIds } from "./quote-note-ids";

type QuoteMarkerProps = {
  quoteId: string;
  // the language of the text the marker follows: the marker says lang only where it differs
  textLanguage: string;
  spokenLanguage: string | null;
  // this marker's own id, for a meaning that belongs to it alone (a translator's note)
  markerId: string;
  href: string;
  words: MarkerWords;
  // a row's one tab stop (the original's first marker, until reader-keys picks the first one
  // on screen); the arrow keys reach the others
  isTabStop: boolean;
};

// The badge after a quotation, in words and a symbol. What its popover says (who, the language
// spoken if the report says, what the badge means) is written once in the page (quote-notes.tsx)
// and the badge is described by it; the reader's script builds the popover from it on hover,
// focus or tap (quote-popover.ts), so the page does not carry one copy per quotation and column.
export function QuoteMarker({ quoteId, textLanguage, spokenLanguage, markerId, href, words, isTabStop }: QuoteMarkerProps) {
  const { locale } = pageWords();
  const ids = quoteNoteIds(quoteId, spokenLanguage);
  const meaningId = words.meaningKey ? ids.meaning(words.meaningKey) : `${markerId}-meaning`;
  return (
    <span className="quote-mark" data-kind={words.kind} data-href={href} lang={locale === textLanguage ? undefined : locale}>
      <QuoteBadge words={words} as="button" tabIndex={isTabStop ? 0 : -1} describedBy={`${ids.who} ${ids.spoken} ${meaningId}`} />
      {words.meaningKey ? null : (
        <span hidden id={meaningId}>
          {words.meaning}
        </span>
      )}
    </span>
  );
}

type QuoteBadgeProps = { words: MarkerWords } & ({ as: "button"; tabIndex: number; describedBy: string } | { as: "span" });

// The same element in the text and in the legend, so that the legend shows what the text shows.
export function QuoteBadge(props: QuoteBadgeProps) {
  const content = (
    <>
      <span className="quote-symbol" aria-hidden="true">
        {MARKER_SYMBOLS[props.words.kind]}
      </span>
      {/* one text node: two would be kept apart by an HTML comment on every badge */}
      {` ${props.words.mark}`}
    </>
  );
  if (props.as === "span") return <span className="quote-badge">{content}</span>;
  return (
    <button type="button" className="quote-badge" tabIndex={props.tabIndex} aria-describedby={props.describedBy}>
      {content}
    </button>
  );
}
