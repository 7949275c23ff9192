import { distance } from "fastest-levenshtein";
import { encodeQuery, tokenSimilarity } from "./token-similarity";

// One unit of the memory as the lookup reads it: a whole entry, or one sentence of an entry
// whose source and target split into the same number of sentences (sub-segment matching).
export type MemoryUnit = {
  entryId: string;
  isSentence: boolean;
  exactKey: string; // normalized plain source: "the same wording"
  tokens: string[];
  sourcePlain: string;
  target: string; // inline markup for a whole entry, plain text for a sentence
};

export type ScoredUnit = { unit: MemoryUnit; score: number };

// Fuzzy matches below this are not shown (see README: 70 %).
export const FUZZY_THRESHOLD = 0.7;

type IndexedUnit = { unit: MemoryUnit; ids: Int32Array; slot: number };

// How many more of the query's rarest words the lookup reads, as a share of its words (see the
// extended prefix below; 0.05 measured best on the bench's memory: p50 about a tenth of none).
const PREFIX_EXTRA = 0.05;
const FIRST_CODE = 0xe000; // private-use characters stand for words in the Levenshtein strings
const OTHER_CODE = 0xf8ff; // any word the query lacks

// An in-process index of one language pair: units by their exact wording, and an inverted
// index word → units, words numbered once. A lookup scores only the units that can reach the
// threshold t, by three filters before the Levenshtein distance:
// - prefix filter (from set-similarity joins): a score ≥ t needs at least ⌈t·n⌉ of the query's
//   n words in common, so a candidate contains one of the query's n − ⌈t·n⌉ + 1 rarest words;
//   only those words' postings are read, and the common words ("de", "la") never are;
// - length filter: the word counts within a factor t of each other;
// - count filter: distance ≥ max(n, m) − (words in common, with repeats), so the words in
//   common must be at least t·max(n, m); counted over typed arrays, a fraction of a microsecond.
export class MemoryIndex {
  private readonly unitsByEntry = new Map<string, IndexedUnit[]>();
  private readonly byExact = new Map<string, Set<IndexedUnit>>();
  private readonly postings = new Map<number, Set<IndexedUnit>>();
  private readonly wordIds = new Map<string, number>();
  private queryCounts = new Int32Array(1024);
  private usedCounts = new Int32Array(1024);
  private queryCodes = new Int32Array(1024);
  private hits = new Int32Array(1024); // per unit slot: prefix words it contains, during a lookup
  private nextSlot = 0;

  get size(): number {
    return this.unitsByEntry.size;
  }

  replace(entryId: string, units: readonly MemoryUnit[]): void {
    this.remove(entryId);
    if (units.length === 0) return;
    const indexed = units.map((unit) => ({ unit, ids: Int32Array.from(unit.tokens, (token) => this.wordId(token)), slot: this.takeSlot() }));
    this.unitsByEntry.set(entryId, indexed);
    for (const item of indexed) {
      addTo(this.byExact, item.unit.exactKey, item);
      for (const id of new Set(item.ids)) addTo(this.postings, id, item);
    }
  }

  remove(entryId: string): void {
    for (const item of this.unitsByEntry.get(entryId) ?? []) {
      deleteFrom(this.byExact, item.unit.exactKey, item);
      for (const id of new Set(item.ids)) deleteFrom(this.postings, id, item);
    }
    this.unitsByEntry.delete(entryId);
  }

  // Units with the same wording (score 1) and those at or above the threshold, unordered.
  lookup(exactKey: string, tokens: readonly string[], options: { isSentence: boolean; threshold?: number }): ScoredUnit[] {
    const threshold = options.threshold ?? FUZZY_THRESHOLD;
    const accept = (item: IndexedUnit) => options.isSentence || !item.unit.isSentence;
    const found = new Map<IndexedUnit, number>();
    for (const item of this.byExact.get(exactKey) ?? []) if (accept(item)) found.set(item, 1);
    // Words the memory has never seen can be in no candidate: they only count in n.
    const n = tokens.length;
    const ids = tokens.map((token) => this.wordIds.get(token) ?? -1);
    if (n > 0) this.scoreFuzzy(ids, threshold, accept, found);
    return [...found].map(([item, score]) => ({ unit: item.unit, score }));
  }

  private scoreFuzzy(ids: number[], threshold: number, accept: (item: IndexedUnit) => boolean, found: Map<IndexedUnit, number>): void {
    const n = ids.length;
    const needed = Math.ceil(threshold * n - 1e-9);
    const rarity = (id: number) => (id < 0 ? 0 : (this.postings.get(id)?.size ?? 0));
    const extra = Math.floor(n * PREFIX_EXTRA);
    const prefixLength = n - needed + 1 + extra;
    const prefixWords = [...ids].sort((a, b) => rarity(a) - rarity(b)).slice(0, prefixLength);
    // Repeated words count once here: the hit count is of distinct words, so the extended bound
    // only holds for a prefix of distinct words (otherwise fall back to one hit).
    const prefix = new Set(prefixWords);
    const distinct = [...new Set(ids)].filter((id) => id >= 0);
    let query = "";
    for (const [position, id] of distinct.entries()) {
      this.queryCounts[id] = 0;
      this.queryCodes[id] = FIRST_CODE + Math.min(position, OTHER_CODE - FIRST_CODE - 1);
    }
    for (const id of ids) {
      if (id >= 0) this.queryCounts[id] += 1;
      query += String.fromCharCode(id >= 0 ? this.queryCodes[id] : OTHER_CODE - 1);
    }
    // Reading EXTRA more words' postings, a candidate must contain 1 + EXTRA of them: far fewer
    // candidates to verify for a few more (commoner) postings read.
    const touched: IndexedUnit[] = [];
    for (const id of prefix) {
      for (const item of this.postings.get(id) ?? []) {
        if (this.hits[item.slot]++ === 0) touched.push(item);
      }
    }
    const required = prefix.size < prefixLength ? 1 : 1 + extra;
    for (const item of touched) {
      const hits = this.hits[item.slot];
      this.hits[item.slot] = 0;
      if (hits < required || found.has(item) || !accept(item)) continue;
      const m = item.ids.length;
      const longer = Math.max(n, m);
      if (Math.min(n, m) < threshold * longer - 1e-9) continue;
      if (this.common(item.ids) < threshold * longer - 1e-9) continue;
      let candidate = "";
      for (const word of item.ids) candidate += String.fromCharCode(this.queryCounts[word] > 0 ? this.queryCodes[word] : OTHER_CODE);
      // Never 100 % unless the wording is the same: same words, other punctuation is 99 %.
      const score = Math.min(1 - distance(query, candidate) / longer, 0.99);
      if (score >= threshold) found.set(item, score);
    }
    for (const id of distinct) this.queryCounts[id] = 0;
  }

  // Words in common with the query, repeats included (each query word used once).
  private common(candidate: Int32Array): number {
    let common = 0;
    for (const id of candidate) {
      if (this.usedCounts[id] < this.queryCounts[id]) {
        this.usedCounts[id] += 1;
        common += 1;
      }
    }
    for (const id of candidate) this.usedCounts[id] = 0;
    return common;
  }

  private takeSlot(): number {
    const slot = this.nextSlot++;
    if (slot >= this.hits.length) {
      const larger = new Int32Array(this.hits.length * 2);
      larger.set(this.hits);
      this.hits = larger;
    }
    return slot;
  }

  private wordId(token: string): number {
    let id = this.wordIds.get(token);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(token, id);
      if (id >= this.queryCounts.length) {
        const grow = (array: Int32Array) => {
          const larger = new Int32Array(array.length * 2);
          larger.set(array);
          return larger;
        };
        this.queryCounts = grow(this.queryCounts);
        this.usedCounts = grow(this.usedCounts);
        this.queryCodes = grow(this.queryCodes);
      }
    }
    return id;
  }

  // The baseline the bench compares with: every whole entry scored, no index.
  scanAll(tokens: readonly string[]): ScoredUnit[] {
    const query = encodeQuery(tokens);
    const found: ScoredUnit[] = [];
    for (const units of this.unitsByEntry.values()) {
      for (const { unit } of units) {
        if (unit.isSentence) continue;
        const score = tokenSimilarity(query, unit.tokens);
        if (score >= FUZZY_THRESHOLD) found.push({ unit, score });
      }
    }
    return found;
  }
}

function addTo<K>(map: Map<K, Set<IndexedUnit>>, key: K, item: IndexedUnit): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(item);
}

function deleteFrom<K>(map: Map<K, Set<IndexedUnit>>, key: K, item: IndexedUnit): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(item);
  if (set.size === 0) map.delete(key);
}
