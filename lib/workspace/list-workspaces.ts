import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES, reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { canEditTranslation, canWorkOn, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, TRANSLATION_STATES, type TranslationState } from "@/lib/workflow/states";

export type WorkspaceEntry = {
  slug: string;
  title: string;
  date: string;
  outlet: string;
  sourceLanguage: string;
  language: TargetLanguage;
  canEdit: boolean;
  total: number;
  counts: Record<TranslationState, number>;
};

// Every report in every language this person translates or reviews, with where it stands:
// the way into the workspaces.
export async function listWorkspaces(db: Db, options: { actor: Actor | null }): Promise<WorkspaceEntry[]> {
  const actor = requireActor(options.actor);
  const languages = TARGET_LANGUAGES.filter((language) => canWorkOn(actor, language));
  if (languages.length === 0) return [];
  const reports = await db.report.findMany({
    orderBy: [{ date: "desc" }, { title: "asc" }],
    include: {
      paragraphs: {
        where: { archivedAt: null },
        select: { translations: { where: { language: { in: languages } }, select: { language: true, state: true } } },
      },
    },
  });
  return reports.flatMap((report) =>
    languages.filter((language) => reportTargetLanguages(report.targetLanguages).includes(language)).map((language) => {
      const counts = Object.fromEntries(TRANSLATION_STATES.map((state) => [state, 0])) as Record<TranslationState, number>;
      for (const paragraph of report.paragraphs) {
        const translation = paragraph.translations.find((candidate) => candidate.language === language);
        counts[translation ? asTranslationState(translation.state) : "missing"] += 1;
      }
      return {
        slug: report.slug,
        title: report.title,
        date: report.date,
        outlet: report.outlet,
        sourceLanguage: report.originalLanguage,
        language,
        canEdit: canEditTranslation(actor, language),
        total: report.paragraphs.length,
        counts,
      };
    }),
  );
}
