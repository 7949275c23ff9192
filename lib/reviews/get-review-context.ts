import type { Db } from "@/lib/db/client";
import { reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { pivotLanguageFor } from "@/lib/workspace/pivot";

export type ContextParagraph = {
  key: string;
  number: number;
  source: string;
  // the target language's text readers see (approved), else the latest one with its state
  translation: { text: string; state: string; isApproved: boolean } | null;
};

export type ReviewContext = {
  previous: ContextParagraph | null;
  next: ContextParagraph | null;
  // the other target language's approved text of the same paragraph, marked as a translation
  pivot: { language: TargetLanguage; text: string | null } | null;
};

// What surrounds the paragraph under review: its neighbours in the report, and the pivot.
// Called only after getReviewQueue has authorized the reviewer of `language`.
export async function getReviewContext(db: Db, options: { slug: string; language: TargetLanguage; paragraphKey: string }): Promise<ReviewContext> {
  const report = await db.report.findUnique({ where: { slug: options.slug }, select: { targetLanguages: true } });
  const pivotLanguage = pivotLanguageFor(options.language, reportTargetLanguages(report?.targetLanguages));
  // The report's order, then only the paragraph and its two neighbours read whole (issue 14).
  const order = await db.sourceParagraph.findMany({ where: { report: { slug: options.slug }, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, key: true } });
  const found = order.findIndex((paragraph) => paragraph.key === options.paragraphKey);
  if (found === -1) return { previous: null, next: null, pivot: null };
  const read = await db.sourceParagraph.findMany({
    where: { id: { in: order.slice(Math.max(0, found - 1), found + 2).map((paragraph) => paragraph.id) } },
    orderBy: { position: "asc" },
    select: {
      key: true,
      text: true,
      translations: {
        where: { language: { in: [options.language, ...(pivotLanguage ? [pivotLanguage] : [])] } },
        select: {
          language: true,
          state: true,
          version: true,
          approvedRevision: { select: { text: true } },
          revisions: { orderBy: { version: "desc" }, take: 1, select: { text: true } },
        },
      },
    },
  });
  const byKey = new Map(read.map((paragraph) => [paragraph.key, paragraph]));
  const index = found;
  const around = (at: number): ContextParagraph | null => {
    const paragraph = order[at] ? byKey.get(order[at].key) : undefined;
    if (!paragraph) return null;
    const translation = paragraph.translations.find((row) => row.language === options.language);
    const approved = translation?.approvedRevision?.text;
    const latest = translation?.revisions[0]?.text;
    return {
      key: paragraph.key,
      number: at + 1,
      source: paragraph.text,
      translation: approved !== undefined ? { text: approved, state: translation!.state, isApproved: true } : latest !== undefined ? { text: latest, state: translation!.state, isApproved: false } : null,
    };
  };
  const pivotText = byKey.get(options.paragraphKey)?.translations.find((row) => row.language === pivotLanguage)?.approvedRevision?.text;
  return {
    previous: around(index - 1),
    next: around(index + 1),
    pivot: pivotLanguage ? { language: pivotLanguage, text: pivotText ?? null } : null,
  };
}
