import type { Db, Tx } from "@/lib/db/client";

export type ResumePoint = { paragraphKey: string; at: Date };

// Where this translator last did something in this report and language (a save, a restore,
// a submission), from the audit trail: it works from any device, after any reload.
export async function findResumePoint(db: Db | Tx, scope: { reportId: string; language: string; userId: string }): Promise<ResumePoint | null> {
  const event = await db.workflowEvent.findFirst({
    where: {
      actorId: scope.userId,
      action: { in: ["save", "restore", "submit"] },
      translation: { language: scope.language, paragraph: { reportId: scope.reportId, archivedAt: null } },
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, translation: { select: { paragraph: { select: { key: true } } } } },
  });
  return event ? { paragraphKey: event.translation.paragraph.key, at: event.createdAt } : null;
}
