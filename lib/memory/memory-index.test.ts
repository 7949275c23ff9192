import { describe, expect, it } from "vitest";
import { MemoryIndex, type MemoryUnit } from "./memory-index";

// The filters may only skip what cannot reach the threshold: on a generated memory, the indexed
// lookup finds exactly what scoring every entry finds, with the same scores.
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const vocabulary = Array.from({ length: 400 }, (_, index) => `w${index}`);
// Skewed towards the first words, as prose is towards "de", "la".
const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)];
const words = (count: number) => Array.from({ length: count }, word);
const unit = (id: string, tokens: string[]): MemoryUnit => ({ entryId: id, isSentence: false, exactKey: tokens.join(" "), tokens, sourcePlain: tokens.join(" "), target: id });

describe("MemoryIndex", () => {
  it("finds what a full scan finds, with the same scores", () => {
    const index = new MemoryIndex();
    const stored = Array.from({ length: 3000 }, (_, index) => words(20 + (index % 60)));
    stored.forEach((tokens, position) => index.replace(String(position), [unit(String(position), tokens)]));
    for (let query = 0; query < 60; query += 1) {
      const base = stored[Math.floor(random() * stored.length)];
      const tokens = base.map((token) => (random() < 0.15 ? word() : token));
      const byId = (found: { unit: MemoryUnit; score: number }[]) =>
        Object.fromEntries(found.map(({ unit: each, score }) => [each.entryId, Math.min(score, 0.99).toFixed(6)]));
      expect(byId(index.lookup("-", tokens, { isSentence: false }))).toEqual(byId(index.scanAll(tokens)));
    }
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
