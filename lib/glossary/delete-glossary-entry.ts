import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { authorize, canManageGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { findEntry, staleEntry } from "./entry-store";
import { parsePair } from "./pairs";

export type DeleteGlossaryEntryOptions = { actor: Actor | null; pair: string; id: string; version: number };

// A reviewer of the language (or an admin) removes an entry, as of the version they saw:
// an entry edited meanwhile is not deleted unseen.
export async function deleteGlossaryEntry(db: Db, options: DeleteGlossaryEntryOptions): Promise<{ id: string }> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  authorize(options.actor, (who) => canManageGlossary(who, pair.targetLanguage), `manage the ${options.pair} glossary`);
  return writeTransaction(db, async (tx) => {
    const entry = await findEntry(tx, pair, options.id);
    if (entry.version !== options.version) throw staleEntry(entry);
    const { count } = await tx.glossaryEntry.deleteMany({ where: { id: entry.id, version: options.version } });
    if (count === 0) throw staleEntry(await findEntry(tx, pair, entry.id));
    return { id: entry.id };
  });
}
