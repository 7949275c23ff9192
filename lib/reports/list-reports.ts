import type { Db } from "@/lib/db/client";
import { reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { TRANSLATION_STATES } from "@/lib/workflow/states";
import { readerStatus, type ReaderStatus } from "./reader-status";

export type ReportSummary = {
  slug: string;
  title: string;
  titles: Partial<Record<TargetLanguage, string>>;
  date: string;
  outlet: string;
  originalLanguage: string;
  paragraphs: number;
  // the languages the report is translated into (its front matter's targetLanguages)
  languages: TargetLanguage[];
  // per language, how many paragraphs a reader sees in each state
  progress: Record<TargetLanguage, Record<ReaderStatus, number>>;
};

// The reports list: each report with how much of it readers can trust in each language,
// counted exactly as the reader shows it.
export async function listReports(db: Db): Promise<ReportSummary[]> {
  const reports = await readReports(db);
  return reports.map((report) => summarize(report, reportTargetLanguages(report.targetLanguages)));
}

type ReportRow = Awaited<ReturnType<typeof readReports>>[number];

function readReports(db: Db) {
  return db.report.findMany({
    orderBy: [{ date: "desc" }, { title: "asc" }],
    include: {
      titles: true,
      paragraphs: {
        where: { archivedAt: null },
        select: {
          hash: true,
          translations: { select: { language: true, state: true, approvedSourceHash: true, approvedRevisionId: true } },
        },
      },
    },
  });
}

function summarize(report: ReportRow, languages: TargetLanguage[]): ReportSummary {
  return {
    slug: report.slug,
    title: report.title,
    titles: Object.fromEntries(report.titles.filter((title) => languages.includes(title.language)).map((title) => [title.language, title.title])),
    date: report.date,
    outlet: report.outlet,
    originalLanguage: report.originalLanguage,
    paragraphs: report.paragraphs.length,
    languages,
    progress: Object.fromEntries(
      languages.map((language) => {
        const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, 0])) as Record<ReaderStatus, number>;
        for (const paragraph of report.paragraphs) {
          const translation = paragraph.translations.find((candidate) => candidate.language === language);
          counts[readerStatus(translation, paragraph.hash)] += 1;
        }
        return [language, counts];
      }),
    ) as ReportSummary["progress"],
  };
}
