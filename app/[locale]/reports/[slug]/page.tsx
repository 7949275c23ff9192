import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ReaderView } from "@/components/reader/reader-view";
import { localeAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
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
  return {
    title: locale === report.originalLanguage ? report.title : (report.titles[locale as "en"] ?? report.title),
    alternates: localeAlternates(locale, `/reports/${slug}`),
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
