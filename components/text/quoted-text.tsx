import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import { quoteProvenance, type QuoteProvenance } from "@/lib/quotes/provenance";
import type { ReaderQuote } from "@/lib/reports/get-reader-report";

const CLOSING = /^[,.;:!?…]*["”»“'’]?[,.;:!?…]*/;

type QuotedTextProps = {
  text: string;
  language: string;
  sourceLanguage: string;
  outlet: string;
  quotes: ReadonlyMap<string, ReaderQuote>;
  ownWords?: Record<string, string>;
};

// Renders paragraph text. Text is always React text (escaped), never HTML or MDX: the
// only structure honoured is the quotation span, which becomes a <q> with its provenance.
export async function QuotedText({ text, language, sourceLanguage, outlet, quotes, ownWords = {} }: QuotedTextProps) {
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
  const t = await getTranslations("Quote");
  const tl = await getTranslations("Languages");
  const locale = await getLocale();
  return segments.map((segment, index) => {
    if (segment.type === "text") return <Fragment key={index}>{segment.text}</Fragment>;
    const quote = quotes.get(segment.id);
    const origin = quoteProvenance({
      columnLanguage: language,
      sourceLanguage,
      spokenLanguage: quote?.spokenLanguage ?? null,
      ownWordsNote: ownWords[segment.id],
    });
    const languageName = (code: string) => (["fr", "en", "ru"].includes(code) ? tl(code as "fr") : code);
    const short = (code: string) => (["fr", "en", "ru"].includes(code) ? tl(`short.${code as "fr"}`) : code.toUpperCase());
    const { mark, description } = describe(origin, { t, languageName, short, outlet });
    return (
      <Fragment key={index}>
        <q
          data-quote={segment.id}
          data-provenance={origin.provenance}
          data-translated-from={origin.provenance === "translated" ? origin.from : undefined}
          data-kind={quote?.kind}
          className={`quote quote-${origin.provenance}`}
        >
          {segment.text}
        </q>
        {carried.get(index)}
        <sup className="quote-mark" lang={locale}>
          <a href={`#quote-${segment.id}`}>
            {mark}
            <span className="visually-hidden"> ({description})</span>
          </a>
        </sup>
      </Fragment>
    );
  });
}

type Describers = {
  t: Awaited<ReturnType<typeof getTranslations<"Quote">>>;
  languageName: (code: string) => string;
  short: (code: string) => string;
  outlet: string;
};

function describe(origin: QuoteProvenance, { t, languageName, short, outlet }: Describers) {
  if (origin.provenance === "translated") {
    return {
      mark: t("mark.translated", { language: short(origin.from) }),
      description:
        origin.by === "outlet"
          ? t("spoken.translatedByOutlet", { outlet, language: languageName(origin.from) })
          : t("spoken.translatedByNewsroom", { language: languageName(origin.from) }),
    };
  }
  if (origin.basis === "as-published") return { mark: t("mark.asPublished"), description: t("spoken.asPublished") };
  return {
    mark: t("mark.ownWords"),
    description: origin.note ? t("spoken.ownWordsNote", { note: origin.note }) : t("spoken.ownWords"),
  };
}
