// Reads and guards the write operations of lib/glossary share, inside their write transaction.
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { GlossaryEntryInput } from "./entry-input";
import { ENTRY_INCLUDE, toEntryView, type EntryRow } from "./entry-view";
import type { GlossaryPair } from "./pairs";

export async function findEntry(tx: Tx, pair: { sourceLanguage: string; targetLanguage: string }, id: string): Promise<EntryRow> {
  const where = { id, sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage };
  const entry = await tx.glossaryEntry.findFirst({ where, include: ENTRY_INCLUDE });
  if (!entry) throw new DomainError("not-found", `Unknown glossary entry ${id}`, { what: "glossary-entry" });
  return entry;
}

// Someone changed the entry since the caller read it: refuse, and say what is there now.
export function staleEntry(entry: EntryRow): DomainError {
  return new DomainError("conflict", "The glossary entry changed meanwhile", {
    what: "glossary-entry",
    currentVersion: entry.version,
    currentEntry: toEntryView(entry),
  });
}

// Bumps the version only if it is still the one the caller read (PostgreSQL: a concurrent
// writer that committed first makes count 0 here, even after our read).
export async function guardVersion(tx: Tx, entry: EntryRow, version: number): Promise<void> {
  if (entry.version !== version) throw staleEntry(entry);
  const { count } = await tx.glossaryEntry.updateMany({ where: { id: entry.id, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw staleEntry(await findEntry(tx, entry, entry.id));
}

// One live entry (accepted or proposed) per source term and kind in a pair: a second
// "Almaty" would leave the editor two answers. A forbidden entry may sit beside a required one.
export async function refuseDuplicate(tx: Tx, pair: GlossaryPair, input: GlossaryEntryInput, exceptId?: string): Promise<void> {
  const candidates = await tx.glossaryEntry.findMany({
    where: { ...pair, isForbidden: input.isForbidden, status: { in: ["accepted", "proposed"] }, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true, sourceTerm: true },
  });
  const folded = input.sourceTerm.toLocaleLowerCase(pair.sourceLanguage);
  const same = candidates.find((candidate) => candidate.sourceTerm.toLocaleLowerCase(pair.sourceLanguage) === folded);
  if (same) throw new DomainError("conflict", `${input.sourceTerm} is already in the glossary`, { what: "glossary-term", entryId: same.id });
}

export function entryData(input: GlossaryEntryInput) {
  return { ...input, translations: JSON.stringify(input.translations) };
}
