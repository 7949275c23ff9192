import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { ReaderView } from "@/components/reader/reader-view";
import { routing } from "@/i18n/routing";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { listReportSlugs } from "@/lib/reports/list-reports";
import { db } from "@/lib/db/client";

// Prerendered and cached; workflow changes revalidate it on demand (lib/reports/revalidate-reader.ts).
export const dynamicParams = true;
export const revalidate = false;

export async function generateStaticParams() {
  const slugs = await listReportSlugs(db).catch(() => []);
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/reports/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const report = await getReaderReport(db, slug);
  if (!report || !hasLocale(routing.locales, locale)) return {};
  return {
    title: report.titles[locale as "en"] ?? report.title,
    alternates: {
      canonical: `/${locale}/reports/${slug}`,
      languages: Object.fromEntries([...routing.locales.map((other) => [other, `/${other}/reports/${slug}`]), ["x-default", `/${routing.defaultLocale}/reports/${slug}`]]),
    },
  };
}

export default async function ReportPage({ params }: PageProps<"/[locale]/reports/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const report = await getReaderReport(db, slug);
  if (!report) notFound();
  return <ReaderView report={report} />;
}
