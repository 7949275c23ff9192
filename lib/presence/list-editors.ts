import type { Db, Tx } from "@/lib/db/client";
import { presenceCutoff } from "./policy";

export type EditorMark = { paragraphKey: string; userId: string; name: string; since: Date };

// Who else is editing which paragraph of a report in one language, right now.
export async function listEditors(
  tx: Tx | Db,
  options: { reportId: string; language: string; excludeUserId?: string; now: Date },
): Promise<EditorMark[]> {
  const marks = await tx.editingPresence.findMany({
    where: {
      language: options.language,
      paragraph: { reportId: options.reportId },
      lastSeenAt: { gt: presenceCutoff(options.now) },
      ...(options.excludeUserId ? { userId: { not: options.excludeUserId } } : {}),
    },
    orderBy: { startedAt: "asc" },
    include: { paragraph: { select: { key: true } }, user: { select: { name: true } } },
  });
  return marks.map((mark) => ({ paragraphKey: mark.paragraph.key, userId: mark.userId, name: mark.user.name, since: mark.startedAt }));
}
