import { describe, expect, it } from "vitest";
import { MemoryIndex, type MemoryUnit } from "./memory-index";

// The filters may only skip what cannot reach the threshold: on a generated memory, the indexed
// lookup finds exactly what scoring every entry finds, with the same scores.
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const vocabulary = Array.from({ length: 5000 }, (_, index) => `w${index}`);
// Skewed towards the first words, as prose is towards "de", "la".
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2)];
const words = (count: number) => Array.from({ length: count }, word);
const unit = (id: string, tokens: string[]): MemoryUnit => ({ entryId: id, isSentence: false, exactKey: tokens.join(" "), tokens, sourcePlain: tokens.join(" "), target: id });

describe("MemoryIndex", () => {
  it("finds what a full scan finds, with the same scores", () => {
    const index = new MemoryIndex();
    const stored = Array.from({ length: 3000 }, (_, index) => words(40 + (index % 80)));
    stored.forEach((tokens, position) => index.replace(String(position), [unit(String(position), tokens)]));
    for (let query = 0; query < 60; query += 1) {
      const base = stored[Math.floor(random() * stored.length)];
      const tokens = base.map((token) => (random() < 0.27 ? word() : token));
      const byId = (found: { unit: MemoryUnit; score: number }[]) =>
        Object.fromEntries(found.map(({ unit: each, score }) => [each.entryId, Math.min(score, 0.99).toFixed(6)]));
      expect(byId(index.lookup("-", tokens, { isSentence: false }))).toEqual(byId(index.scanAll(tokens)));
    }
  });

  it("keeps a match at the threshold that shares none of the query's rarest words but the last ones read", () => {
    // 20 query words: 14 common ones (c0 the commonest) and 6 rare ones (r0…r5, one other entry
    // each). The candidate has the 14 common words and 6 others: 70 %, exactly the threshold,
    // found only through the two least common of the common words the extended prefix reads.
    const index = new MemoryIndex();
    const common = Array.from({ length: 14 }, (_, rank) => `c${rank}`);
    const rare = Array.from({ length: 6 }, (_, rank) => `r${rank}`);
    common.forEach((token, rank) => {
      for (let copy = 0; copy < (14 - rank) * 2; copy += 1) index.replace(`bg-${token}-${copy}`, [unit(`bg-${token}-${copy}`, [token, "bg"])]);
    });
    rare.forEach((token) => index.replace(`bg-${token}`, [unit(`bg-${token}`, [token, "bg"])]));
    const candidate = [...common, "x0", "x1", "x2", "x3", "x4", "x5"];
    index.replace("candidate", [unit("candidate", candidate)]);
    const found = index.lookup("-", [...common, ...rare], { isSentence: false });
    expect(found.map(({ unit: each, score }) => [each.entryId, score])).toEqual([["candidate", 0.7]]);
  });

  it("forgets a replaced or removed entry", () => {
    const index = new MemoryIndex();
    const tokens = words(30);
    index.replace("a", [unit("a", tokens)]);
    expect(index.lookup("-", tokens, { isSentence: false })).toHaveLength(1);
    index.replace("a", [unit("a", words(30).map((token) => `${token}x`))]);
    expect(index.lookup("-", tokens, { isSentence: false })).toHaveLength(0);
    index.remove("a");
    expect(index.size).toBe(0);
  });
});
