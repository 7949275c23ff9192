import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isTargetLanguage } from "@/lib/languages";
import { authorize, canEditTranslation, canWorkOn, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { clearEditing } from "./clear-editing";
import { listEditors, type EditorMark } from "./list-editors";
import { markEditing } from "./mark-editing";

export type HeartbeatOptions = {
  slug: string;
  language: string;
  actor: Actor | null;
  // the paragraph the translator has open, or null when they have none open (or leave)
  paragraphKey: string | null;
  now?: Date;
};

export type HeartbeatResult = {
  editors: EditorMark[]; // everybody else's live marks on this report and language
  versions: Record<string, number>; // latest version per paragraph, so the page notices others' saves
};

// What an open workspace sends every few seconds: "I am (or am no longer) editing this
// paragraph". It answers who else is editing what, and how far each paragraph has got.
export async function heartbeat(db: Db, options: HeartbeatOptions): Promise<HeartbeatResult> {
  requireActor(options.actor);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { slug: options.slug } });
    if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
    if (!isTargetLanguage(options.language)) {
      throw new DomainError("not-found", `Unknown language ${options.language}`, { what: "language" });
    }
    const language = options.language;
    const actor = authorize(options.actor, (who) => canWorkOn(who, language), `open the ${language} workspace`);

    let paragraphId: string | null = null;
    if (options.paragraphKey) {
      authorize(actor, (who) => canEditTranslation(who, language), `translate into ${language}`);
      const paragraph = await tx.sourceParagraph.findUnique({ where: { reportId_key: { reportId: report.id, key: options.paragraphKey } } });
      if (!paragraph || paragraph.archivedAt) {
        throw new DomainError("not-found", `Unknown paragraph ${options.paragraphKey}`, { what: "paragraph" });
      }
      paragraphId = paragraph.id;
      await markEditing(tx, { paragraphId, language, userId: actor.id, now });
    }
    await clearEditing(tx, { reportId: report.id, language, userId: actor.id, keepParagraphId: paragraphId, now });

    const editors = await listEditors(tx, { reportId: report.id, language, excludeUserId: actor.id, now });
    const translations = await tx.translation.findMany({
      where: { language, paragraph: { reportId: report.id, archivedAt: null } },
      select: { version: true, paragraph: { select: { key: true } } },
    });
    return { editors, versions: Object.fromEntries(translations.map((row) => [row.paragraph.key, row.version])) };
  });
}
