import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES, reportTargetLanguages, type TargetLanguage } from "@/lib/languages";

export type Pivot = {
  language: TargetLanguage;
  // paragraph key → the approved text in the pivot language (quotation markup kept)
  texts: Record<string, string>;
};

// The other target language, shown beside the original as a help (Russian beside English
// and the reverse; the first other one in the configured order), among the report's own
// target languages; null if there is none (a report translated into English only).
export function pivotLanguageFor(language: TargetLanguage, targets: readonly TargetLanguage[] = TARGET_LANGUAGES): TargetLanguage | null {
  return targets.find((other) => other !== language) ?? null;
}

// The approved texts of the other target language for one report, in one read.
export async function findPivot(db: Db, reportId: string, language: TargetLanguage): Promise<Pivot | null> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { targetLanguages: true } });
  const pivotLanguage = pivotLanguageFor(language, reportTargetLanguages(report?.targetLanguages));
  if (!pivotLanguage) return null;
  const translations = await db.translation.findMany({
    where: { language: pivotLanguage, approvedRevisionId: { not: null }, paragraph: { reportId, archivedAt: null } },
    select: { paragraph: { select: { key: true } }, approvedRevision: { select: { text: true } } },
  });
  const texts: Record<string, string> = {};
  for (const translation of translations) if (translation.approvedRevision) texts[translation.paragraph.key] = translation.approvedRevision.text;
  return { language: pivotLanguage, texts };
}
