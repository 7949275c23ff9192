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

// Fuzzy matches below this are not shown (see README: 70 %, as Pontoon).
export const FUZZY_THRESHOLD = 0.7;

// An in-process index of one language pair: units by their exact wording, and an inverted
// index word → units. A lookup scores only the units that can reach the threshold:
// - length filter: a score ≥ t needs the word counts within a factor t of each other;
// - prefix filter (set-similarity joins): a score ≥ t needs at least ⌈t·n⌉ of the query's n
//   words in common, so a candidate must contain one of the query's n − ⌈t·n⌉ + 1 rarest words;
//   only those words' postings are read, and the common words ("de", "la") never are.
export class MemoryIndex {
  private readonly unitsByEntry = new Map<string, MemoryUnit[]>();
  private readonly byExact = new Map<string, Set<MemoryUnit>>();
  private readonly postings = new Map<string, Set<MemoryUnit>>();

  get size(): number {
    return this.unitsByEntry.size;
  }

  replace(entryId: string, units: readonly MemoryUnit[]): void {
    this.remove(entryId);
    if (units.length === 0) return;
    this.unitsByEntry.set(entryId, [...units]);
    for (const unit of units) {
      addTo(this.byExact, unit.exactKey, unit);
      for (const token of new Set(unit.tokens)) addTo(this.postings, token, unit);
    }
  }

  remove(entryId: string): void {
    for (const unit of this.unitsByEntry.get(entryId) ?? []) {
      deleteFrom(this.byExact, unit.exactKey, unit);
      for (const token of new Set(unit.tokens)) deleteFrom(this.postings, token, unit);
    }
    this.unitsByEntry.delete(entryId);
  }

  // Units with the same wording (score 1) and those at or above the threshold, unordered.
  lookup(exactKey: string, tokens: readonly string[], options: { isSentence: boolean; threshold?: number }): ScoredUnit[] {
    const threshold = options.threshold ?? FUZZY_THRESHOLD;
    const accept = (unit: MemoryUnit) => options.isSentence || !unit.isSentence;
    const found = new Map<MemoryUnit, number>();
    for (const unit of this.byExact.get(exactKey) ?? []) if (accept(unit)) found.set(unit, 1);
    const n = tokens.length;
    if (n === 0) return [...found].map(([unit, score]) => ({ unit, score }));
    const needed = Math.ceil(threshold * n - 1e-9);
    const byRarity = [...tokens].sort((a, b) => (this.postings.get(a)?.size ?? 0) - (this.postings.get(b)?.size ?? 0));
    const query = encodeQuery(tokens);
    const seen = new Set<MemoryUnit>();
    for (const token of new Set(byRarity.slice(0, n - needed + 1))) {
      for (const unit of this.postings.get(token) ?? []) {
        if (seen.has(unit) || found.has(unit) || !accept(unit)) continue;
        seen.add(unit);
        const m = unit.tokens.length;
        if (m < threshold * n - 1e-9 || threshold * m > n + 1e-9) continue;
        // Never 100 % unless the wording is the same: same words, other punctuation is 99 %.
        const score = Math.min(tokenSimilarity(query, unit.tokens), 0.99);
        if (score >= threshold) found.set(unit, score);
      }
    }
    return [...found].map(([unit, score]) => ({ unit, score }));
  }

  // The baseline the bench compares with: every unit scored.
  scanAll(tokens: readonly string[]): ScoredUnit[] {
    const query = encodeQuery(tokens);
    const found: ScoredUnit[] = [];
    for (const units of this.unitsByEntry.values()) {
      for (const unit of units) {
        if (unit.isSentence) continue;
        const score = tokenSimilarity(query, unit.tokens);
        if (score >= FUZZY_THRESHOLD) found.push({ unit, score });
      }
    }
    return found;
  }
}

function addTo<K>(map: Map<K, Set<MemoryUnit>>, key: K, unit: MemoryUnit): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(unit);
}

function deleteFrom<K>(map: Map<K, Set<MemoryUnit>>, key: K, unit: MemoryUnit): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(unit);
  if (set.size === 0) map.delete(key);
}
