import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CONTENT_LANGUAGES, SOURCE_LANGUAGE, isContentLanguage, type ContentLanguage } from "@/lib/languages";
import { languageLabels } from "./language-names";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import { defaultColumns } from "@/lib/reports/columns";
import type { ReaderReport } from "@/lib/reports/get-reader-report";
import { requestNonce } from "@/lib/http/request-nonce";
import { ColumnPicker } from "./column-picker";
import { columnsScript, columnStyle } from "./columns-script";
import { QuoteLegend } from "./quote-legend";
import { QuoteList } from "./quote-list";
import { ReaderRow } from "./reader-row";
import { reportDateText } from "./report-date";

const ARTICLE_ID = "reader";

export async function ReaderView({ report }: { report: ReaderReport }) {
  const locale = await getLocale();
  const t = await getTranslations("Reader");
  const tl = await getTranslations("Languages");
  const to = await getTranslations("Original");
  const format = await getFormatter();
  const nonce = await requestNonce();
  const columns = defaultColumns(locale);
  const quotes = new Map(report.quotes.map((quote) => [quote.key, quote]));
  const paragraphNumbers = new Map(report.rows.map((row, index) => [row.key, index + 1]));
  const quoteTexts = new Map(
    report.rows.flatMap((row) => parseInlineMarkup(row.source).segments.flatMap((segment) => (segment.type === "quote" ? [[segment.id, segment.text] as const] : []))),
  );
  const sourceLanguage = isContentLanguage(report.originalLanguage) ? report.originalLanguage : SOURCE_LANGUAGE;
  const labels = languageLabels(tl, locale);
  const columnNames = Object.fromEntries(
    CONTENT_LANGUAGES.map((language) => [language, language === sourceLanguage ? t("columnOriginal", { language: labels[language] }) : labels[language]]),
  ) as Record<ContentLanguage, string>;
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
          {t.rich("publishedOn", {
            outlet: report.outlet,
            language: tl(sourceLanguage),
            date: reportDateText(format, report.date),
            time: (chunks) => <time dateTime={report.date}>{chunks}</time>,
          })}{" "}
          <Link href={`/reports/${report.slug}/original`}>{to("link")}</Link>
        </p>
      </header>
      <div className="reader-tools">
        <ColumnPicker
          articleId={ARTICLE_ID}
          defaults={columns}
          names={columnNames}
          labels={{
            heading: t("columnsHeading"),
            column: [1, 2, 3].map((position) => t("columnLabel", { position })),
            none: t("columnNone"),
            help: t("columnsHelp"),
            showing: t("columnsShowing"),
          }}
        />
        <QuoteLegend sourceLanguageName={tl(sourceLanguage)} sourceShort={tl(`short.${sourceLanguage}`)} />
      </div>
      <article id={ARTICLE_ID} className="aligned" data-cols={columns.join(" ")} style={columnStyle(columns)} suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: columnsScript(ARTICLE_ID) }} />
        <div className="row row-head" aria-hidden="true">
          {CONTENT_LANGUAGES.map((language) => (
            <div key={language} className="cell column-head" data-col={language}>
              {columnNames[language]}
            </div>
          ))}
        </div>
        {report.rows.map((row, index) => (
          <ReaderRow key={row.key} row={row} number={index + 1} sourceLanguage={sourceLanguage} outlet={report.outlet} quotes={quotes} />
        ))}
      </article>
      <QuoteList quotes={report.quotes} paragraphNumbers={paragraphNumbers} texts={quoteTexts} sourceLanguage={sourceLanguage} />
    </main>
  );
}
