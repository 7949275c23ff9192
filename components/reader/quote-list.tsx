import { getTranslations } from "next-intl/server";
import type { ReaderQuote } from "@/lib/reports/get-reader-report";

// Who said each quotation, in which language, as the report gives it. Quote markers link here.
type QuoteListProps = {
  quotes: ReaderQuote[];
  paragraphNumbers: Map<string, number>;
  // each quotation's words in the original, so that a reader arriving from a marker knows which it is
  texts: Map<string, string>;
  sourceLanguage: string;
};

export async function QuoteList({ quotes, paragraphNumbers, texts, sourceLanguage }: QuoteListProps) {
  const t = await getTranslations("Quote");
  const tl = await getTranslations("Languages");
  const languageName = (code: string) => (["fr", "en", "ru"].includes(code) ? tl(code as "fr") : code);
  return (
    <section className="quote-list" aria-labelledby="quote-list-heading">
      <h2 id="quote-list-heading">{t("listHeading")}</h2>
      <ol>
        {quotes.map((quote) => (
          <li key={quote.key} id={`quote-${quote.key}`} data-quote-entry={quote.key}>
            <p className="quote-excerpt">
              <q lang={sourceLanguage} data-unclosed={quote.isClosed ? undefined : ""}>
                {texts.get(quote.key)}
              </q>
            </p>
            <p>
              <a href={`#${quote.paragraphKey}`}>{t("inParagraph", { number: paragraphNumbers.get(quote.paragraphKey) ?? 0 })}</a>
              {quote.kind === "term" ? <> · {t("kindTerm")}</> : null}
            </p>
            <dl>
              <div>
                <dt>{quote.kind === "term" ? t("attributedTo") : t("speaker")}</dt>
                <dd>
                  {quote.speakerName ? (
                    <span lang={sourceLanguage}>
                      {quote.speakerName}
                      {quote.speakerRole ? `, ${quote.speakerRole}` : ""}
                    </span>
                  ) : (
                    t("speakerNotStated")
                  )}
                </dd>
              </div>
              <div>
                <dt>{t("spokenLanguage")}</dt>
                <dd>{quote.spokenLanguage ? languageName(quote.spokenLanguage) : t("spokenNotStated")}</dd>
              </div>
            </dl>
            {quote.isClosed ? null : <p className="notice">{t("unclosed")}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
