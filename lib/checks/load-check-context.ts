import type { Db, Tx } from "@/lib/db/client";
import { toTerm } from "@/lib/glossary/entry-view";
import { cachedLengthRatio } from "./length-ratio-cache";
import type { Dismissal } from "./findings";
import type { CheckContext } from "./types";

export type ReportChecks = {
  sourceLanguage: string;
  language: string;
  context: Required<CheckContext>;
  // the reviewers' false positives, by paragraph key
  dismissals: Record<string, Dismissal[]>;
};

// The one place that gathers what the checks need beyond the paragraph, for one report and
// target language: the pair's accepted glossary, the length ratio learnt from the approved
// memory, every paragraph's latest translation (for consistency) and the dismissed warnings.
// The server runs the checks with it, and the workspace page hands the same to the browser.
export async function loadCheckContext(db: Db | Tx, options: { reportId: string; language: string }): Promise<ReportChecks> {
  const report = await db.report.findUniqueOrThrow({ where: { id: options.reportId }, select: { originalLanguage: true } });
  const pair = { sourceLanguage: report.originalLanguage, targetLanguage: options.language };
  const [entries, lengthRatio, paragraphs] = await Promise.all([
    db.glossaryEntry.findMany({ where: { ...pair, status: "accepted" }, orderBy: { sourceTerm: "asc" } }),
    cachedLengthRatio(db, pair.sourceLanguage, pair.targetLanguage),
    db.sourceParagraph.findMany({
      where: { reportId: options.reportId, archivedAt: null },
      orderBy: { position: "asc" },
      select: {
        key: true,
        text: true,
        translations: {
          where: { language: options.language },
          select: {
            revisions: { orderBy: { version: "desc" }, take: 1, select: { text: true } },
            checkDismissals: { select: { checkId: true, quoteKey: true } },
          },
        },
      },
    }),
  ]);
  const others = paragraphs.flatMap((paragraph) => {
    const text = paragraph.translations[0]?.revisions[0]?.text;
    return text ? [{ paragraphKey: paragraph.key, source: paragraph.text, text }] : [];
  });
  const dismissals = Object.fromEntries(paragraphs.map((paragraph) => [paragraph.key, paragraph.translations[0]?.checkDismissals ?? []]));
  return { sourceLanguage: pair.sourceLanguage, language: options.language, context: { glossary: entries.map(toTerm), lengthRatio, others }, dismissals };
}
