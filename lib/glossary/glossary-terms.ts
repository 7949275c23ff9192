import type { Db, Tx } from "@/lib/db/client";
import { toTerm } from "./entry-view";
import type { GlossaryTerm } from "./match-terms";

// The accepted terms of a pair, as matching needs them, for callers that have already decided
// the reader may see them (the workspace, the review page, the checks). Proposals never count.
export async function glossaryTerms(db: Db | Tx, pair: { sourceLanguage: string; targetLanguage: string }): Promise<GlossaryTerm[]> {
  const rows = await db.glossaryEntry.findMany({ where: { ...pair, status: "accepted" }, orderBy: { sourceTerm: "asc" } });
  return rows.map(toTerm);
}
