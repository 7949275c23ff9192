import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ReaderView } from "@/components/reader/reader-view";
import { localeAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { OPEN_GRAPH_LOCALES, isTargetLanguage } from "@/lib/languages";
import { editionDescription, editionModifiedAt } from "@/lib/reports/edition-facts";
import { getReaderReport } from "@/lib/reports/get-reader-report";

// Rendered per request (app/layout.tsx says why), from one database read, so an approval
// shows on the next request. The columns are applied in the browser (?cols=, an inline
// script), so the HTML does not depend on them.
// One read per render, shared by the metadata and the page.
const readReport = cache((slug: string) => getReaderReport(db, slug));

export async function generateMetadata({ params }: PageProps<"/[locale]/reports/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const report = await readReport(slug);
  if (!report) return {};
  const title = isTargetLanguage(locale) ? (report.titles[locale] ?? report.title) : report.title;
  const description = editionDescription(report, locale).text;
  const t = await getTranslations({ locale, namespace: "Feed" });
  const site = (await getTranslations({ locale, namespace: "Metadata" }))("siteName");
  const modified = editionModifiedAt(report, locale);
  const url = `/${locale}/reports/${slug}`;
  return {
    title,
    description,
    alternates: { ...localeAlternates(locale, `/reports/${slug}`), types: { "application/atom+xml": [{ url: `/${locale}/feed.xml`, title: t("link", { language: locale }) }] } },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: site,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      ...(modified ? { modifiedTime: modified.toISOString() } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}

export default async function ReportPage({ params }: PageProps<"/[locale]/reports/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const report = await readReport(slug);
  if (!report) notFound();
  return <ReaderView report={report} />;
}
