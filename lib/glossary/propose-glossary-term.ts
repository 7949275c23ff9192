import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { authorize, canProposeGlossaryTerm, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { checkEntryInput, type GlossaryEntryInput } from "./entry-input";
import { entryData, refuseDuplicate } from "./entry-store";
import { ENTRY_INCLUDE, toEntryView, type GlossaryEntryView } from "./entry-view";
import { parsePair } from "./pairs";

export type ProposeGlossaryTermOptions = { actor: Actor | null; pair: string; entry: GlossaryEntryInput };

// A translator proposes a term; it is not used (underlined, checked) until a reviewer accepts it.
export async function proposeGlossaryTerm(db: Db, options: ProposeGlossaryTermOptions): Promise<GlossaryEntryView> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  const actor = authorize(options.actor, (who) => canProposeGlossaryTerm(who, pair.targetLanguage), `propose terms for the ${options.pair} glossary`);
  const input = checkEntryInput(options.entry);
  return writeTransaction(db, async (tx) => {
    await refuseDuplicate(tx, pair, input);
    const row = await tx.glossaryEntry.create({
      data: { ...pair, ...entryData(input), status: "proposed", proposedById: actor.id },
      include: ENTRY_INCLUDE,
    });
    return toEntryView(row);
  });
}
