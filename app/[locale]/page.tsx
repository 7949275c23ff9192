import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ReportProgress } from "@/components/reader/report-progress";
import { reportDateText } from "@/components/reader/report-date";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import { listReports } from "@/lib/reports/list-reports";
import { languageNames } from "@/components/text/language-names";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Home" });
  return { title: t("title"), alternates: localeAlternates(locale, "") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const tl = languageNames(await getTranslations("Languages"));
  const to = await getTranslations("Original");
  const format = await getFormatter();
  const reports = await listReports(db);
  // Plain links: next-intl's Link would load its client runtime and need a provider here, and
  // the reader loads afresh on a client-side navigation anyway (server-only-html.tsx).
  return (
    <main className="page narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {reports.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.slug} data-report={report.slug}>
            <h2 lang={report.originalLanguage}>
              <a href={`/${locale}/reports/${report.slug}`}>{report.title}</a>
            </h2>
            {locale !== report.originalLanguage && report.titles[locale] ? (
              <p className="title-translation" lang={locale}>
                {report.titles[locale]}
              </p>
            ) : null}
            <p className="byline">{t("published", { outlet: report.outlet, date: reportDateText(format, report.date) })}</p>
            {report.languages.map((language) => (
              <ReportProgress key={language} language={language} counts={report.progress[language]} total={report.paragraphs} />
            ))}
            <ul className="report-links">
              {report.languages.map((language) => (
                <li key={language}>
                  <a href={`/${locale}/reports/${report.slug}?cols=${SOURCE_LANGUAGE},${language}`}>
                    {t("readWith", { language: tl(language) })}
                  </a>
                </li>
              ))}
              <li>
                <a href={`/${locale}/reports/${report.slug}?cols=${[SOURCE_LANGUAGE, ...report.languages].join(",")}`}>
                  {t("readAll")}
                </a>
              </li>
              <li>
                <a href={`/${locale}/reports/${report.slug}/original`}>{to("link")}</a>
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
