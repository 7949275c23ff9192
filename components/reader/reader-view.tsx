import { getLocale, getTranslations } from "next-intl/server";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/lib/languages";
import { defaultColumns } from "@/lib/reports/columns";
import type { ReaderReport } from "@/lib/reports/get-reader-report";
import { ColumnPicker } from "./column-picker";
import { columnsScript, columnStyle } from "./columns-script";
import { QuoteLegend } from "./quote-legend";
import { QuoteList } from "./quote-list";
import { ReaderRow } from "./reader-row";

const ARTICLE_ID = "reader";

export async function ReaderView({ report }: { report: ReaderReport }) {
  const locale = await getLocale();
  const t = await getTranslations("Reader");
  const tl = await getTranslations("Languages");
  const ts = await getTranslations("Status");
  const columns = defaultColumns(locale);
  const names = Object.fromEntries(CONTENT_LANGUAGES.map((language) => [language, tl(language)])) as Record<ContentLanguage, string>;
  const quotes = new Map(report.quotes.map((quote) => [quote.key, quote]));
  const paragraphNumbers = new Map(report.rows.map((row, index) => [row.key, index + 1]));
  const sourceLanguage = report.originalLanguage;
  const otherTitles = Object.entries(report.titles).filter(([language]) => language !== sourceLanguage);

  return (
    <main className="reader">
      <header className="reader-header">
        <h1 lang={sourceLanguage}>{report.title}</h1>
        {otherTitles.map(([language, title]) => (
          <p key={language} className="title-translation" lang={language}>
            {title}
          </p>
        ))}
        <p className="byline">
          {t("published", { outlet: report.outlet, date: report.date, language: names[sourceLanguage as ContentLanguage] ?? sourceLanguage })}
        </p>
      </header>
      <div className="reader-tools">
        <ColumnPicker
          articleId={ARTICLE_ID}
          defaults={columns}
          names={names}
          labels={{
            heading: t("columnsHeading"),
            column: [1, 2, 3].map((position) => t("columnLabel", { position })),
            none: t("columnNone"),
            help: t("columnsHelp"),
          }}
        />
        <QuoteLegend sourceLanguageName={names[sourceLanguage as ContentLanguage] ?? sourceLanguage} sourceShort={tl(`short.${sourceLanguage as ContentLanguage}`)} />
      </div>
      <article id={ARTICLE_ID} className="aligned" data-cols={columns.join(" ")} style={columnStyle(columns)} suppressHydrationWarning>
        <script dangerouslySetInnerHTML={{ __html: columnsScript(ARTICLE_ID) }} />
        <div className="row row-head" aria-hidden="true">
          {CONTENT_LANGUAGES.map((language) => (
            <div key={language} className="cell column-head" data-col={language}>
              {names[language]} · {language === sourceLanguage ? ts("original") : tl(`short.${language}`)}
            </div>
          ))}
        </div>
        {report.rows.map((row, index) => (
          <ReaderRow key={row.key} row={row} number={index + 1} sourceLanguage={sourceLanguage} outlet={report.outlet} quotes={quotes} />
        ))}
      </article>
      <QuoteList quotes={report.quotes} paragraphNumbers={paragraphNumbers} sourceLanguage={sourceLanguage} />
    </main>
  );
}
