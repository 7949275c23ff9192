import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SOURCE_LANGUAGE, isContentLanguage, type ContentLanguage } from "@/lib/languages";
import { languageLabels } from "./language-names";
import { defaultColumns } from "@/lib/reports/columns";
import type { ReaderReport } from "@/lib/reports/get-reader-report";
import { requestNonce } from "@/lib/http/request-nonce";
import { correctionNotice, listCorrections } from "@/lib/reports/corrections";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/reports/news-article-json-ld";
import { appOrigin } from "@/lib/http/app-origin";
import { ColumnPicker } from "./column-picker";
import { CorrectionNotice } from "./correction-notice";
import { CorrectionsSection } from "./corrections-section";
import { columnsCss, columnsScript, columnStyle } from "./columns-script";
import { QuoteLegend } from "./quote-legend";
import { QuoteList } from "./quote-list";
import { QuoteNotes } from "./quote-notes";
import { readerPageData } from "./reader-page-data";
import { ReaderKeys } from "./reader-keys";
import { ReaderRow } from "./reader-row";
import { statusIconsCss } from "./status-line";
import { StaticPart } from "./static-part";
import { loadPageWords } from "@/components/text/page-words";
import "./reader.css";
import { reportDateText } from "./report-date";
import { languageNames } from "@/components/text/language-names";

const ARTICLE_ID = "reader";
const TOOLS_ID = "reader-tools";
const NOTES_ID = "reader-notes";

export async function ReaderView({ report }: { report: ReaderReport }) {
  const locale = await getLocale();
  const t = await getTranslations("Reader");
  const tl = languageNames(await getTranslations("Languages"));
  const to = await getTranslations("Original");
  const format = await getFormatter();
  const nonce = await requestNonce();
  // the rows' interface words, read once for every row (page-words.ts)
  await loadPageWords();
  const sourceLanguage = isContentLanguage(report.originalLanguage) ? report.originalLanguage : SOURCE_LANGUAGE;
  // the languages this report is read in: its original and its own target languages
  const languages = [sourceLanguage, ...report.languages];
  const columns = defaultColumns(locale, languages);
  const tq = await getTranslations("Quote");
  const tt = await getTranslations("ReaderTools");
  const data = readerPageData(report, locale, sourceLanguage, tq);
  const labels = languageLabels(tl, locale, languages);
  const columnNames = Object.fromEntries(
    languages.map((language) => [language, language === sourceLanguage ? t("columnOriginal", { language: labels[language] }) : labels[language]]),
  ) as Record<ContentLanguage, string>;
  // the edition this interface reads: its own language's, or the default translation beside the original
  const edition = report.languages.includes(locale) ? locale : (columns.find((language) => report.languages.includes(language)) ?? report.languages[0]);
  const notice = edition ? correctionNotice(report.rows, edition) : null;
  const tc = await getTranslations("Corrections");
  const tm = await getTranslations("Metadata");
  const jsonLd = newsArticleJsonLd({
    report,
    language: locale,
    origin: appOrigin,
    publisher: tm("siteName"),
    describeCorrection: ({ number, at }) => tc("entryPlain", { number, date: format.dateTime(at, { dateStyle: "long" }) }),
  });
  const otherTitles = Object.entries(report.titles).filter(([language]) => language !== sourceLanguage);

  return (
    <main className="reader">
      {/* What never changes in the browser is in the HTML only (static-part.tsx): the page's
          React Server Components payload would repeat every text of it. */}
      <StaticPart as="div" id="reader-top">
        <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
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
            <a href={`/${locale}/reports/${report.slug}/original`}>{to("link")}</a>
          </p>
        </header>
        {notice ? <CorrectionNotice notice={notice} /> : null}
      </StaticPart>
      {/* One compact control on a phone (the inline script closes it there before paint), so
          that the first paragraph is on the first screen; always open on wider screens. */}
      <details className="reader-tools-fold" id={TOOLS_ID} open suppressHydrationWarning>
        <summary className="reader-tools-summary">{tt("summary")}</summary>
        <div className="reader-tools">
          <ColumnPicker
            articleId={ARTICLE_ID}
            defaults={columns}
            languages={languages}
            names={columnNames}
            labels={{
              heading: t("columnsHeading"),
              column: languages.map((_, index) => t("columnLabel", { position: index + 1 })),
              none: t("columnNone"),
              help: t("columnsHelp"),
              showing: t("columnsShowing"),
            }}
          />
          <StaticPart as="div" id="reader-legend">
            <QuoteLegend present={data.present} outlet={report.outlet} sourceLanguage={sourceLanguage} example={data.example} unclosedParagraph={data.unclosedParagraph} />
          </StaticPart>
        </div>
      </details>
      <StaticPart as="article" id={ARTICLE_ID} className="aligned" dataCols={columns.join(" ")} style={columnStyle(columns)}>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: columnsCss(ARTICLE_ID, languages) + statusIconsCss() }} />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: columnsScript(ARTICLE_ID, TOOLS_ID, languages) }} />
        <div className="row row-head" aria-hidden="true">
          {languages.map((language) => (
            <div key={language} className="cell column-head" data-col={language}>
              {columnNames[language]}
            </div>
          ))}
        </div>
        {report.rows.map((row, index) => (
          <ReaderRow key={row.key} row={row} number={index + 1} sourceLanguage={sourceLanguage} languages={report.languages} outlet={report.outlet} quotes={data.byKey} />
        ))}
      </StaticPart>
      <ReaderKeys articleId={ARTICLE_ID} defaults={columns} languages={languages} />
      <StaticPart as="div" id={NOTES_ID} className="reader-notes">
        <CorrectionsSection corrections={listCorrections(report.rows)} sourceLanguage={sourceLanguage} />
        <QuoteList
          quotes={data.quotes}
          paragraphNumbers={data.paragraphNumbers}
          texts={data.texts}
          translatedTexts={data.translatedTexts}
          sourceLanguage={sourceLanguage}
          outlet={report.outlet}
        />
        <QuoteNotes quotes={data.quotes} meanings={data.meanings} />
      </StaticPart>
    </main>
  );
}
