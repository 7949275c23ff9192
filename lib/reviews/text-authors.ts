import type { Db, Tx } from "@/lib/db/client";

export type AuthoredRevision = { id: string; version: number; authorId: string; textAuthorId: string };
export type TranslationForAuthors = { id: string; version: number; approvedRevisionId: string | null };

// Everyone whose words are in the text awaiting approval: the authors and text authors of
// every revision after the approved one (of all revisions if none was approved), and of the
// current revision itself, which keeping an approval re-approves. A translator who wrote v5
// does not become a fit reviewer because someone saved v6 on top of it, or restored it.
export function textAuthorsSince(revisions: readonly AuthoredRevision[], translation: TranslationForAuthors): string[] {
  const approved = revisions.find((revision) => revision.id === translation.approvedRevisionId)?.version ?? 0;
  const pending = revisions.filter(
    (revision) => revision.version <= translation.version && (revision.version > approved || revision.version === translation.version),
  );
  return [...new Set(pending.flatMap((revision) => [revision.authorId, revision.textAuthorId]))];
}

// The same for several translations at once (a review queue), in one query.
export async function findTextAuthors(db: Db | Tx, translations: readonly TranslationForAuthors[]): Promise<Map<string, string[]>> {
  const revisions = await db.revision.findMany({
    where: { translationId: { in: translations.map((translation) => translation.id) } },
    select: { id: true, translationId: true, version: true, authorId: true, textAuthorId: true },
  });
  return new Map(
    translations.map((translation) => [
      translation.id,
      textAuthorsSince(
        revisions.filter((revision) => revision.translationId === translation.id),
        translation,
      ),
    ]),
  );
}
