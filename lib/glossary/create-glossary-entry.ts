import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { authorize, canManageGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { checkEntryInput, type GlossaryEntryInput } from "./entry-input";
import { entryData, refuseDuplicate } from "./entry-store";
import { ENTRY_INCLUDE, toEntryView, type GlossaryEntryView } from "./entry-view";
import { parsePair } from "./pairs";

export type CreateGlossaryEntryOptions = { actor: Actor | null; pair: string; entry: GlossaryEntryInput };

// A reviewer of the target language (or an admin) adds an entry: accepted at once, by them.
export async function createGlossaryEntry(db: Db, options: CreateGlossaryEntryOptions): Promise<GlossaryEntryView> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  const actor = authorize(options.actor, (who) => canManageGlossary(who, pair.targetLanguage), `manage the ${options.pair} glossary`);
  const input = checkEntryInput(options.entry);
  return writeTransaction(db, async (tx) => {
    await refuseDuplicate(tx, pair, input);
    const row = await tx.glossaryEntry.create({
      data: { ...pair, ...entryData(input), status: "accepted", decidedById: actor.id, decidedAt: new Date() },
      include: ENTRY_INCLUDE,
    });
    return toEntryView(row);
  });
}
