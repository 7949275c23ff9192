import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { requireReportTarget } from "@/lib/reports/report-target";
import { authorize, canEditTranslation, canWorkOn, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { clearEditing } from "./clear-editing";
import { listEditors, type EditorMark } from "./list-editors";
import { markEditing } from "./mark-editing";
import { presenceCutoff } from "./policy";
import { writeTransaction } from "@/lib/db/write-transaction";

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
// SQLite has one writer at a time, so a beat only writes when something changes.
export async function heartbeat(db: Db, options: HeartbeatOptions): Promise<HeartbeatResult> {
  requireActor(options.actor);
  const now = options.now ?? new Date();
  const report = await db.report.findUnique({ where: { slug: options.slug } });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
  const language = requireReportTarget(report, options.language);
  const actor = authorize(options.actor, (who) => canWorkOn(who, language), `open the ${language} workspace`);

  let paragraphId: string | null = null;
  if (options.paragraphKey) {
    authorize(actor, (who) => canEditTranslation(who, language), `translate into ${language}`);
    const paragraph = await db.sourceParagraph.findUnique({ where: { reportId_key: { reportId: report.id, key: options.paragraphKey } } });
    if (!paragraph || paragraph.archivedAt) {
      throw new DomainError("not-found", `Unknown paragraph ${options.paragraphKey}`, { what: "paragraph" });
    }
    paragraphId = paragraph.id;
  }
  const stale = await db.editingPresence.findFirst({
    where: {
      OR: [
        { userId: actor.id, language, paragraph: { reportId: report.id }, ...(paragraphId ? { paragraphId: { not: paragraphId } } : {}) },
        { lastSeenAt: { lte: presenceCutoff(now) } },
      ],
    },
    select: { id: true },
  });
  if (paragraphId || stale) {
    const markedId = paragraphId;
    await writeTransaction(db, async (tx) => {
      if (markedId) await markEditing(tx, { paragraphId: markedId, language, userId: actor.id, now });
      if (stale) await clearEditing(tx, { reportId: report.id, language, userId: actor.id, keepParagraphId: markedId, now });
    });
  }

  const [editors, translations] = await Promise.all([
    listEditors(db, { reportId: report.id, language, excludeUserId: actor.id, now }),
    db.translation.findMany({
      where: { language, paragraph: { reportId: report.id, archivedAt: null } },
      select: { version: true, paragraph: { select: { key: true } } },
    }),
  ]);
  return { editors, versions: Object.fromEntries(translations.map((row) => [row.paragraph.key, row.version])) };
}
