import type { Db, Tx } from "@/lib/db/client";
import { MemoryIndex } from "./memory-index";
import { unitsOf } from "./memory-units";
import { plainOf } from "./plain-length";
import { foldForSearch } from "./tokens";

export type StoredEntry = {
  id: string;
  sourceText: string;
  targetText: string;
  reportSlug: string | null;
  paragraphKey: string | null;
  approvedBy: string | null;
  approvedAt: Date;
  supersededAt: Date | null;
  isImported: boolean; // from a TMX file (origin "import"), not an approval here
  searchText?: string; // plain source and target, folded for the concordance (tokens.ts), made at the first search
};

// Entries written by a transaction that committed after a later one read them, or stamped by an
// instance whose clock is a little behind, would be missed by "updatedAt > the last one seen":
// every refresh reads again what changed in this window (a handful of rows), idempotently.
const REFRESH_OVERLAP_MS = 10_000;

// The memory of one language pair in this process: entries and their index, brought up to date
// from the database before every lookup by one query on MemoryEntry.updatedAt (and a second for
// the rows that changed, if any), so that several instances of the app each see every approval
// at their next lookup.
export class PairMemory {
  readonly index = new MemoryIndex();
  readonly entries = new Map<string, StoredEntry>();
  private readonly stamps = new Map<string, number>(); // id → updatedAt of the row indexed
  private since: Date | null = null;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(readonly sourceLanguage: string, readonly targetLanguage: string) {}

  refresh(db: Db | Tx): Promise<void> {
    // One refresh at a time per pair: concurrent lookups wait for the one in flight (the first
    // load of a large memory reads it once), then each reads what came after.
    this.refreshing = this.refreshing.catch(() => undefined).then(() => this.load(db));
    return this.refreshing;
  }

  // First the ids and stamps of what changed since the last refresh (the window included: a
  // handful of rows, none at all on a quiet memory), then the rows not yet known as they are.
  private async load(db: Db | Tx): Promise<void> {
    const where = { sourceLanguage: this.sourceLanguage, targetLanguage: this.targetLanguage };
    let ids: string[] | null = null;
    if (this.since) {
      // On updatedAt alone, so that the database reads its updatedAt index, not the
      // (languages, hash) one with every entry of the pair (SQLite picks that one otherwise).
      const changed = await db.memoryEntry.findMany({
        where: { updatedAt: { gte: new Date(this.since.getTime() - REFRESH_OVERLAP_MS) } },
        select: { id: true, updatedAt: true, sourceLanguage: true, targetLanguage: true },
      });
      ids = changed
        .filter((row) => row.sourceLanguage === this.sourceLanguage && row.targetLanguage === this.targetLanguage)
        .filter((row) => this.stamps.get(row.id) !== row.updatedAt.getTime())
        .map((row) => row.id);
      if (ids.length === 0) return;
    }
    const rows = await db.memoryEntry.findMany({
      where: ids ? { id: { in: ids } } : where,
      select: {
        id: true, sourceText: true, targetText: true, reportSlug: true, paragraphKey: true, approvedAt: true,
        supersededAt: true, updatedAt: true, origin: true, approvedByName: true, approvedBy: { select: { name: true } },
      },
    });
    const languages = { source: this.sourceLanguage, target: this.targetLanguage };
    for (const row of rows) {
      const known = this.entries.get(row.id);
      const isSameText = known?.sourceText === row.sourceText && known.targetText === row.targetText;
      const entry: StoredEntry = {
        id: row.id, sourceText: row.sourceText, targetText: row.targetText, reportSlug: row.reportSlug, paragraphKey: row.paragraphKey,
        approvedBy: row.approvedBy?.name ?? row.approvedByName, approvedAt: row.approvedAt, supersededAt: row.supersededAt,
        isImported: row.origin === "import",
        searchText: isSameText ? known.searchText : undefined,
      };
      this.entries.set(row.id, entry);
      this.stamps.set(row.id, row.updatedAt.getTime());
      // Texts never change after an entry is written (only supersededAt does): index once.
      if (!isSameText) this.index.replace(row.id, unitsOf(row, languages));
      if (!this.since || row.updatedAt > this.since) this.since = row.updatedAt;
    }
  }
}

export function searchTextOf(row: { sourceText: string; targetText: string }): string {
  return `${foldForSearch(plainOf(row.sourceText))}\n${foldForSearch(plainOf(row.targetText))}`;
}

const memories = new WeakMap<object, Map<string, PairMemory>>();

// One memory per database client and pair (tests make a database per file).
export async function pairMemory(db: Db | Tx, sourceLanguage: string, targetLanguage: string, client: object = db): Promise<PairMemory> {
  let byPair = memories.get(client);
  if (!byPair) {
    byPair = new Map();
    memories.set(client, byPair);
  }
  const key = `${sourceLanguage}-${targetLanguage}`;
  let memory = byPair.get(key);
  if (!memory) {
    memory = new PairMemory(sourceLanguage, targetLanguage);
    byPair.set(key, memory);
  }
  await memory.refresh(db);
  return memory;
}
