import { getLocale, getTranslations } from "next-intl/server";
import type { ShownQuote } from "@/components/text/quoted-text";
import type { TargetLanguage } from "@/lib/languages";
import { languageNames } from "@/components/text/language-names";

type QuoteListProps = {
  quotes: ShownQuote[];
  // the numbers the rows show (their permalinks)
  paragraphNumbers: Map<string, number>;
  // each quotation's words in the original, and in each translation that is approved
  texts: Map<string, string>;
  translatedTexts: Record<TargetLanguage, Map<string, string>>;
  sourceLanguage: string;
  outlet: string;
};

// Who said each quotation, in which language, with its words in the original and in our
// translations side by side. A marker in a translated column leads to its language's line.
export async function QuoteList({ quotes, paragraphNumbers, texts, translatedTexts, sourceLanguage, outlet }: QuoteListProps) {
  const t = await getTranslations("Quote");
  const tl = languageNames(await getTranslations("Languages"));
  const locale = await getLocale();
  const languageName = tl;
  // the report's target languages (translatedTexts has one entry each), the interface's first
  const targets = Object.keys(translatedTexts).sort((a, b) => Number(b === locale) - Number(a === locale));
  return (
    <section className="quote-list" aria-labelledby="quote-list-heading">
      <h2 id="quote-list-heading">{t("listHeading")}</h2>
      <ol>
        {quotes.map((quote) => (
          <li key={quote.key} id={`quote-${quote.key}`} data-quote-entry={quote.key}>
            <p className="quote-entry-head">
              <a href={`#${quote.paragraphKey}`}>{t("inParagraph", { number: paragraphNumbers.get(quote.paragraphKey) ?? 0 })}</a>
              {quote.kind === "term" ? <> · {t("kindTerm")}</> : null}
            </p>
            <dl className="quote-facts">
              <div>
                <dt>{quote.kind === "term" ? t("attributedTo") : t("speaker")}</dt>
                <dd data-speaker>
                  {quote.speaker ? (
                    <span lang={quote.speaker.language === locale ? undefined : quote.speaker.language}>
                      {quote.speaker.name}
                      {quote.speaker.role ? `, ${quote.speaker.role}` : ""}
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
            <dl className="quote-texts">
              <div className="quote-text" data-language={sourceLanguage}>
                <dt>{t("wordsOriginal", { language: languageName(sourceLanguage), outlet })}</dt>
                <dd>
                  <q lang={sourceLanguage} data-unclosed={quote.isClosed ? undefined : ""}>
                    {texts.get(quote.key)}
                  </q>
                </dd>
              </div>
              {targets.map((language) => {
                const words = translatedTexts[language].get(quote.key);
                return (
                  <div key={language} className="quote-text" id={`quote-${quote.key}-${language}`} data-language={language}>
                    <dt>{t("wordsTranslated", { language: languageName(language) })}</dt>
                    <dd>{words ? <q lang={language}>{words}</q> : t("noApproved")}</dd>
                  </div>
                );
              })}
            </dl>
            {quote.isClosed ? null : <p className="notice">{t("unclosed")}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
