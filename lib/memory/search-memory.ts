import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canWorkOn } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { pairMemory, searchTextOf } from "./memory-store";
import type { MemoryPair } from "./pairs";
import { foldForSearch } from "./tokens";

export const SEARCH_LIMIT = 20;
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;

export type ConcordanceEntry = {
  entryId: string;
  source: string; // inline markup
  target: string; // inline markup
  reportSlug: string | null;
  paragraphKey: string | null;
  approvedBy: string | null;
  approvedAt: Date;
  isSuperseded: boolean;
  isImported: boolean;
};

export type SearchMemoryOptions = MemoryPair & { actor: Actor | null; query: string; limit?: number };

// Concordance, as Pontoon's: the entries whose source or target contain a word or phrase, case
// and diacritics aside, newest first. Read from the same in-process memory as the matches.
export async function searchMemory(db: Db, options: SearchMemoryOptions): Promise<ConcordanceEntry[]> {
  authorize(options.actor, (who) => canWorkOn(who, options.targetLanguage), `search the ${options.targetLanguage} translation memory`);
  const needle = foldForSearch(options.query);
  // Also checked at the edge (zod); here for any other caller, with the save's problem codes.
  const length = [...needle].length;
  if (length < MIN_QUERY_LENGTH) throw new DomainError("invalid", "The search is empty", { problems: [{ code: "empty" }] });
  if (length > MAX_QUERY_LENGTH) {
    throw new DomainError("invalid", "The search is too long", { problems: [{ code: "too-long", length, max: MAX_QUERY_LENGTH }] });
  }
  const memory = await pairMemory(db, options.sourceLanguage, options.targetLanguage);
  const found: ConcordanceEntry[] = [];
  for (const entry of memory.entries.values()) {
    entry.searchText ??= searchTextOf(entry);
    if (!entry.searchText.includes(needle)) continue;
    found.push({
      entryId: entry.id,
      source: entry.sourceText,
      target: entry.targetText,
      reportSlug: entry.reportSlug,
      paragraphKey: entry.paragraphKey,
      approvedBy: entry.approvedBy,
      approvedAt: entry.approvedAt,
      isSuperseded: entry.supersededAt !== null,
      isImported: entry.isImported,
    });
  }
  return found.sort((a, b) => b.approvedAt.getTime() - a.approvedAt.getTime()).slice(0, options.limit ?? SEARCH_LIMIT);
}
