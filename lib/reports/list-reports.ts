import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES } from "@/lib/languages";

export async function listReportSlugs(db: Db): Promise<string[]> {
  const reports = await db.report.findMany({ select: { slug: true }, orderBy: { date: "desc" } });
  return reports.map((report) => report.slug);
}

export type ReportSummary = {
  slug: string;
  title: string;
  date: string;
  outlet: string;
  originalLanguage: string;
  paragraphs: number;
  approved: Record<string, number>;
};

// The reports list: each report with how much of it readers can trust in each language.
export async function listReports(db: Db): Promise<ReportSummary[]> {
  const reports = await db.report.findMany({
    orderBy: [{ date: "desc" }, { title: "asc" }],
    include: {
      paragraphs: {
        where: { archivedAt: null },
        select: { hash: true, translations: { select: { language: true, approvedSourceHash: true, approvedRevisionId: true } } },
      },
    },
  });
  return reports.map((report) => ({
    slug: report.slug,
    title: report.title,
    date: report.date,
    outlet: report.outlet,
    originalLanguage: report.originalLanguage,
    paragraphs: report.paragraphs.length,
    approved: Object.fromEntries(
      TARGET_LANGUAGES.map((language) => [
        language,
        report.paragraphs.filter((paragraph) =>
          paragraph.translations.some(
            (translation) =>
              translation.language === language && translation.approvedRevisionId && translation.approvedSourceHash === paragraph.hash,
          ),
        ).length,
      ]),
    ),
  }));
}
