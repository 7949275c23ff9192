import type { Db } from "@/lib/db/client";
import { authorize, canManageGlossary, canReadGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { ENTRY_INCLUDE, toEntryView, type GlossaryEntryView } from "./entry-view";
import { parsePair, type GlossaryPair } from "./pairs";

export type ListGlossaryOptions = { actor: Actor | null; pair: string };

export type GlossaryListing = {
  pair: GlossaryPair & { name: string };
  // The glossary in force, by source term.
  entries: GlossaryEntryView[];
  // Pending proposals: all of them for those who decide, one's own (pending or rejected, with
  // the reason) for a translator, so they learn what became of them.
  proposals: GlossaryEntryView[];
  canManage: boolean;
};

export async function listGlossary(db: Db, options: ListGlossaryOptions): Promise<GlossaryListing> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  const actor = authorize(options.actor, (who) => canReadGlossary(who, pair.targetLanguage), `read the ${options.pair} glossary`);
  const canManage = canManageGlossary(actor, pair.targetLanguage);
  const proposalsWhere = canManage ? { status: "proposed" } : { proposedById: actor.id, status: { in: ["proposed", "rejected"] } };
  const rows = await db.glossaryEntry.findMany({
    where: { ...pair, OR: [{ status: "accepted" }, proposalsWhere] },
    include: ENTRY_INCLUDE,
    orderBy: [{ sourceTerm: "asc" }, { createdAt: "asc" }],
  });
  const views = rows.map(toEntryView);
  return {
    pair: { ...pair, name: options.pair },
    entries: views.filter((entry) => entry.status === "accepted"),
    proposals: views.filter((entry) => entry.status !== "accepted"),
    canManage,
  };
}
