import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db/client";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { listReports } from "@/lib/reports/list-reports";

export const revalidate = false;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale as "fr");
  const t = await getTranslations("Home");
  const tl = await getTranslations("Languages");
  const reports = await listReports(db);
  return (
    <main className="page narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {reports.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.slug}>
            <h2>
              <Link href={`/reports/${report.slug}`} lang={report.originalLanguage}>
                {report.title}
              </Link>
            </h2>
            <p>{t("published", { outlet: report.outlet, date: report.date })}</p>
            <ul className="progress-list">
              {TARGET_LANGUAGES.map((language) => (
                <li key={language}>
                  {t("progress", { language: tl(language), approved: report.approved[language] ?? 0, total: report.paragraphs })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
