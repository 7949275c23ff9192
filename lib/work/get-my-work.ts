import type { Db } from "@/lib/db/client";
import { TARGET_LANGUAGES, reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { canEditTranslation, canReview, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";

export type MyWorkEntry = {
  slug: string;
  title: string;
  language: TargetLanguage;
  // a workspace, for a translator of the language: changes a reviewer asked of this person
  translate: { changesRequestedOfMe: number; needingWork: number } | null;
  // a review queue, for a reviewer of the language: what waits for a decision
  review: { inReview: number; outdated: number } | null;
};

// What waits for one person after signing in: each report in each language they translate or
// review, with the counts that concern them. Changes requested "of them" are those on a text
// whose latest revision they saved.
export async function getMyWork(db: Db, options: { actor: Actor | null }): Promise<MyWorkEntry[]> {
  const actor = requireActor(options.actor);
  const languages = TARGET_LANGUAGES.filter((language) => canEditTranslation(actor, language) || canReview(actor, language));
  if (languages.length === 0) return [];
  const reports = await db.report.findMany({
    orderBy: [{ date: "desc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      targetLanguages: true,
      paragraphs: {
        where: { archivedAt: null },
        select: {
          translations: {
            where: { language: { in: languages } },
            select: { language: true, state: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { authorId: true } } },
          },
        },
      },
    },
  });
  return reports.flatMap((report) =>
    languages.filter((language) => reportTargetLanguages(report.targetLanguages).includes(language)).map((language) => {
      const rows = report.paragraphs.map((paragraph) => paragraph.translations.find((translation) => translation.language === language));
      const count = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).length;
      return {
        slug: report.slug,
        title: report.title,
        language,
        translate: canEditTranslation(actor, language)
          ? {
              changesRequestedOfMe: count((row) => row?.state === "changes-requested" && row.revisions[0]?.authorId === actor.id),
              needingWork: count((row) => !row || ["missing", "draft", "changes-requested"].includes(row.state)),
            }
          : null,
        review: canReview(actor, language)
          ? { inReview: count((row) => row?.state === "in-review"), outdated: count((row) => row?.state === "outdated") }
          : null,
      };
    }),
  );
}
