import type { Db } from "@/lib/db/client";
import { authorize, canManageGlossary, canReadGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { ENTRY_INCLUDE, toEntryView, type GlossaryEntryView } from "./entry-view";
import { parsePair, type GlossaryPair } from "./pairs";

export type ListGlossaryOptions = { actor: Actor | null; pair: string; search?: string };

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
  const views = rows.map(toEntryView).filter((entry) => matchesSearch(entry, options.search ?? "", pair));
  return {
    pair: { ...pair, name: options.pair },
    entries: views.filter((entry) => entry.status === "accepted"),
    proposals: views.filter((entry) => entry.status !== "accepted"),
    canManage,
  };
}

// The page's search: the words typed, anywhere in the term, its translations or its note,
// ignoring case in each text's language.
function matchesSearch(entry: GlossaryEntryView, search: string, pair: GlossaryPair): boolean {
  const query = search.trim();
  if (query === "") return true;
  const has = (text: string | null, language: string) => text !== null && text.toLocaleLowerCase(language).includes(query.toLocaleLowerCase(language));
  return has(entry.sourceTerm, pair.sourceLanguage) || entry.translations.some((translation) => has(translation, pair.targetLanguage)) || has(entry.note, "en");
}
