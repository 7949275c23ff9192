import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canEditTranslation, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { findTranslationTarget, type TargetRef } from "./find-target";
import { saveTranslation, type SaveTranslationResult } from "./save-translation";

export type RestoreRevisionOptions = TargetRef & {
  actor: Actor | null;
  // the old revision to bring back
  version: number;
  // the version the translator is looking at, as for any save
  baseVersion: number;
};

// Restoring never rewinds history: the old revision's text (its own-words notes and its
// translator's note) is saved again as a new revision that names where it came from. Every
// rule of a save applies, so a restore based on a stale version is a conflict like any other. The words
// stay those of whoever wrote them (textAuthorId), so restoring does not launder authorship.
export async function restoreRevision(db: Db, options: RestoreRevisionOptions): Promise<SaveTranslationResult> {
  requireActor(options.actor);
  const old = await db.$transaction(async (tx) => {
    const { language, translation } = await findTranslationTarget(tx, options);
    authorize(options.actor, (who) => canEditTranslation(who, language), `restore ${language} revisions`);
    if (!translation) return null;
    return tx.revision.findUnique({
      where: { translationId_version: { translationId: translation.id, version: options.version } },
      include: { quoteOrigins: true },
    });
  });
  if (!old) throw new DomainError("not-found", `No revision ${options.version}`, { what: "revision" });
  return saveTranslation(db, {
    slug: options.slug,
    paragraphKey: options.paragraphKey,
    language: options.language,
    actor: options.actor,
    text: old.text,
    baseVersion: options.baseVersion,
    quoteOrigins: old.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note })),
    translatorNote: old.translatorNote,
    restoredFrom: { version: old.version, textAuthorId: old.textAuthorId },
  });
}
