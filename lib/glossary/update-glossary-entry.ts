import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { authorize, canManageGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { checkEntryInput, type GlossaryEntryInput } from "./entry-input";
import { entryData, findEntry, guardVersion, refuseDuplicate } from "./entry-store";
import { ENTRY_INCLUDE, toEntryView, toInput, type GlossaryEntryView } from "./entry-view";
import { parsePair } from "./pairs";

export type UpdateGlossaryEntryOptions = {
  actor: Actor | null;
  pair: string;
  id: string;
  // The version the editor read: a change made meanwhile is a conflict, never overwritten.
  version: number;
  changes: Partial<GlossaryEntryInput>;
};

// A reviewer of the language (or an admin) edits an accepted entry or a pending proposal.
export async function updateGlossaryEntry(db: Db, options: UpdateGlossaryEntryOptions): Promise<GlossaryEntryView> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  authorize(options.actor, (who) => canManageGlossary(who, pair.targetLanguage), `manage the ${options.pair} glossary`);
  return writeTransaction(db, async (tx) => {
    const entry = await findEntry(tx, pair, options.id);
    if (entry.status === "rejected") throw new DomainError("invalid-transition", "A rejected proposal is not edited", { state: entry.status, what: "glossary-rejected" });
    const input = checkEntryInput({ ...toInput(entry), ...options.changes });
    await guardVersion(tx, entry, options.version);
    await refuseDuplicate(tx, pair, input, entry.id);
    const row = await tx.glossaryEntry.update({ where: { id: entry.id }, data: entryData(input), include: ENTRY_INCLUDE });
    return toEntryView(row);
  });
}
