import type { Tx } from "@/lib/db/client";
import { HEARTBEAT_MS, isPresenceActive } from "./policy";

export type MarkEditingOptions = { paragraphId: string; language: string; userId: string; now: Date };

// Marks (or keeps marked) one paragraph as being edited by one person. A mark that had
// expired starts over, so "since" tells when the current editing session began.
export async function markEditing(tx: Tx, { paragraphId, language, userId, now }: MarkEditingOptions): Promise<{ since: Date }> {
  const where = { paragraphId_language_userId: { paragraphId, language, userId } };
  const existing = await tx.editingPresence.findUnique({ where });
  if (existing && isPresenceActive(existing, now)) {
    // the page polls more often than a mark needs refreshing; SQLite writes are precious
    if (now.getTime() - existing.lastSeenAt.getTime() >= HEARTBEAT_MS / 2) {
      await tx.editingPresence.update({ where, data: { lastSeenAt: now } });
    }
    return { since: existing.startedAt };
  }
  const mark = await tx.editingPresence.upsert({
    where,
    create: { paragraphId, language, userId, startedAt: now, lastSeenAt: now },
    update: { startedAt: now, lastSeenAt: now },
  });
  return { since: mark.startedAt };
}
