import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { originalComponents } from "@/components/original/original-components";
import { reportDateText } from "@/components/reader/report-date";
import { reportModules } from "@/content/reports";
import { localeAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => Object.keys(reportModules).map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/reports/[slug]/original">): Promise<Metadata> {
  const { locale, slug } = await params;
  const load = reportModules[slug];
  if (!hasLocale(routing.locales, locale) || !load) return {};
  const { frontmatter } = await load();
  return { title: frontmatter.title, alternates: localeAlternates(locale, `/reports/${slug}/original`) };
}

// The original report as published, compiled from its MDX by @next/mdx: the reference the
// aligned reader's source column is synced from (npm run content:sync).
export default async function OriginalEditionPage({ params }: PageProps<"/[locale]/reports/[slug]/original">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const load = reportModules[slug];
  if (!load) notFound();
  const { default: ReportContent, frontmatter: meta } = await load();
  const t = await getTranslations("Original");
  const format = await getFormatter();
  // A plain link: next-intl's Link would load its client runtime and need a provider here.
  return (
    <main className="page narrow original-edition">
      <p>
        <a href={`/${locale}/reports/${slug}`}>{t("backToReader")}</a>
      </p>
      <h1 lang={meta.originalLanguage}>{meta.title}</h1>
      <p className="byline">{t("byline", { outlet: meta.outlet, date: reportDateText(format, meta.date) })}</p>
      <article lang={meta.originalLanguage}>
        <ReportContent components={originalComponents(meta.originalLanguage)} />
      </article>
    </main>
  );
}
