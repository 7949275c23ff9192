import type { Db } from "@/lib/db/client";
import { SOURCE_LANGUAGE, isTargetLanguage, type TargetLanguage } from "@/lib/languages";
import { atomFeed } from "./atom-feed";
import { editionModifiedAt } from "./edition-facts";
import { getReaderReport } from "./get-reader-report";
import { listReports } from "./list-reports";
import type { ReaderStatus } from "./reader-status";

export type FeedTexts = {
  title: string;
  subtitle: string;
  // one language's progress in words, e.g. "English: 17 of 21 paragraphs approved, …"
  progress: (language: TargetLanguage, counts: Record<ReaderStatus, number>, total: number) => string;
  stateLabel: (state: ReaderStatus) => string;
};

// One language edition's Atom feed: every report, its title in that language, its
// translation progress (the original's feed: every translation's), updated when an approval
// or a correction last changed what that edition shows.
export async function languageFeed(db: Db, options: { language: string; origin: string; texts: FeedTexts }): Promise<string> {
  const { language, origin, texts } = options;
  const reports = await listReports(db);
  const entries = [];
  for (const summary of reports) {
    // a translation's feed lists the reports translated into it; the original's, every report
    if (isTargetLanguage(language) && !summary.languages.includes(language)) continue;
    const languages = isTargetLanguage(language) ? [language] : summary.languages;
    const reader = await getReaderReport(db, summary.slug);
    if (!reader) continue;
    const url = `${origin}/${language}/reports/${summary.slug}`;
    const title = isTargetLanguage(language) ? summary.titles[language] : undefined;
    entries.push({
      id: url,
      url,
      title: title ?? summary.title,
      titleLanguage: title ? language : summary.originalLanguage || SOURCE_LANGUAGE,
      updated: editionModifiedAt(reader, language) ?? new Date(0),
      published: summary.date,
      author: summary.outlet,
      summary: languages.map((target) => texts.progress(target, summary.progress[target], summary.paragraphs)).join(" "),
      categories: languages.flatMap((target) =>
        (Object.entries(summary.progress[target]) as [ReaderStatus, number][])
          .filter(([, count]) => count > 0)
          .map(([state, count]) => ({ term: languages.length > 1 ? `${target}-${state}` : state, label: `${texts.stateLabel(state)}: ${count}` })),
      ),
    });
  }
  const updated = new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));
  return atomFeed({
    id: `${origin}/${language}/feed.xml`,
    url: `${origin}/${language}`,
    selfUrl: `${origin}/${language}/feed.xml`,
    language,
    title: texts.title,
    subtitle: texts.subtitle,
    updated,
    entries,
  });
}
