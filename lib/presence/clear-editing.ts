import type { Tx } from "@/lib/db/client";
import { presenceCutoff } from "./policy";

// Removes one person's marks on a report's paragraphs in one language, except the one they
// are still on (keepParagraphId), and everybody's expired marks.
export async function clearEditing(
  tx: Tx,
  options: { reportId: string; language: string; userId: string; keepParagraphId?: string | null; now: Date },
): Promise<void> {
  const { reportId, language, userId, keepParagraphId, now } = options;
  await tx.editingPresence.deleteMany({
    where: {
      userId,
      language,
      paragraph: { reportId },
      ...(keepParagraphId ? { paragraphId: { not: keepParagraphId } } : {}),
    },
  });
  await tx.editingPresence.deleteMany({ where: { lastSeenAt: { lte: presenceCutoff(now) } } });
}
