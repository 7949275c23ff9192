import type { Tx } from "@/lib/db/client";
import { isPresenceActive } from "./policy";

export type MarkEditingOptions = { paragraphId: string; language: string; userId: string; now: Date };

// Marks (or keeps marked) one paragraph as being edited by one person. A mark that had
// expired starts over, so "since" tells when the current editing session began.
export async function markEditing(tx: Tx, { paragraphId, language, userId, now }: MarkEditingOptions): Promise<{ since: Date }> {
  const where = { paragraphId_language_userId: { paragraphId, language, userId } };
  const existing = await tx.editingPresence.findUnique({ where });
  if (existing && isPresenceActive(existing, now)) {
    await tx.editingPresence.update({ where, data: { lastSeenAt: now } });
    return { since: existing.startedAt };
  }
  const mark = await tx.editingPresence.upsert({
    where,
    create: { paragraphId, language, userId, startedAt: now, lastSeenAt: now },
    update: { startedAt: now, lastSeenAt: now },
  });
  return { since: mark.startedAt };
}
