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
import { listReportSlugs } from "@/lib/reports/list-reports";

// One prerendered, cached document per interface language: the reader's columns are applied
// in the browser (?cols=), so choosing them never renders anything on the server. Workflow
// changes and content:sync refresh it on demand (lib/reports/revalidate-reader.ts); reports
// added after the build are rendered on first visit, then cached the same way.
export const dynamicParams = true;
export const revalidate = false;

// One read per render, shared by the metadata and the page.
const readReport = cache((slug: string) => getReaderReport(db, slug));

export async function generateStaticParams() {
  const slugs = await listReportSlugs(db).catch(() => []);
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

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
