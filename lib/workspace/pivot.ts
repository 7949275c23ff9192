import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";

export type Pivot = {
  language: TargetLanguage;
  // paragraph key → the approved text in the pivot language (quotation markup kept)
  texts: Record<string, string>;
};

// The other target language, shown beside the original as a help (Russian beside English
// and the reverse); null if there is none.
export function pivotLanguageFor(language: TargetLanguage): TargetLanguage | null {
  return TARGET_LANGUAGES.find((other) => other !== language) ?? null;
}

// The approved texts of the other target language for one report, in one read.
export async function findPivot(db: Db, reportId: string, language: TargetLanguage): Promise<Pivot | null> {
  const pivotLanguage = pivotLanguageFor(language);
  if (!pivotLanguage) return null;
  const translations = await db.translation.findMany({
    where: { language: pivotLanguage, approvedRevisionId: { not: null }, paragraph: { reportId, archivedAt: null } },
    select: { paragraph: { select: { key: true } }, approvedRevision: { select: { text: true } } },
  });
  const texts: Record<string, string> = {};
  for (const translation of translations) if (translation.approvedRevision) texts[translation.paragraph.key] = translation.approvedRevision.text;
  return { language: pivotLanguage, texts };
}
