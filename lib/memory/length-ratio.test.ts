import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/db/write-transaction";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { getLengthRatio, lengthRatioFromPairs, MIN_LENGTH_RATIO_SAMPLES } from "./length-ratio";
import { addImportedEntries } from "./record-approval";

const source = "Un paragraphe source de quarante signes.";
const pairOf = (targetLength: number) => ({ source, target: "x".repeat(targetLength) });

describe("lengthRatioFromPairs", () => {
  it("gives the median ratio and its interquartile range, in plain-text characters", () => {
    expect([...source].length).toBe(40);
    const pairs = Array.from({ length: 21 }, (_, index) => pairOf(30 + index)); // ratios 0.75 … 1.25
    expect(lengthRatioFromPairs(pairs)).toEqual({ median: 1, spread: expect.closeTo(0.25, 10), samples: 21 });
  });

  it("counts what a reader reads: the quotation markup is not length", () => {
    const quoted = { source: `<q id="q-a">${source}</q>`, target: `<q id="q-a">${"я".repeat(48)}</q>` };
    expect(lengthRatioFromPairs(Array(MIN_LENGTH_RATIO_SAMPLES).fill(quoted))).toMatchObject({ median: 1.2, spread: 0 });
  });

  it("says nothing under the minimum of samples, and ignores very short sources", () => {
    expect(lengthRatioFromPairs(Array(MIN_LENGTH_RATIO_SAMPLES - 1).fill(pairOf(40)))).toBeNull();
    const headings = Array(MIN_LENGTH_RATIO_SAMPLES).fill({ source: "Almaty", target: "Алматы" });
    expect(lengthRatioFromPairs([...headings, ...Array(MIN_LENGTH_RATIO_SAMPLES - 1).fill(pairOf(40))])).toBeNull();
  });
});

describe("getLengthRatio", () => {
  let test: TestDb;
  beforeAll(async () => {
    test = await createTestDb();
  });
  afterAll(() => test.cleanup());

  it("learns from the entries in force of one language pair only", async () => {
    // A 44-character source, unique per entry (an identical pair is imported once).
    const entry = (targetLanguage: string, length: number, index: number) => ({
      sourceLanguage: "fr",
      targetLanguage,
      sourceText: `${String(index).padStart(3, "0")} ${source}`,
      targetText: "y".repeat(length),
      approvedByName: null,
      approvedAt: new Date(),
    });
    const english = Array.from({ length: MIN_LENGTH_RATIO_SAMPLES }, (_, index) => entry("en", 44, index));
    const russian = Array.from({ length: MIN_LENGTH_RATIO_SAMPLES }, (_, index) => entry("ru", 88 + index, index));
    await writeTransaction(test.db, (tx) => addImportedEntries(tx, [...english, ...russian]));
    expect(await getLengthRatio(test.db, "fr", "en")).toMatchObject({ median: 1, spread: 0, samples: MIN_LENGTH_RATIO_SAMPLES });
    expect((await getLengthRatio(test.db, "fr", "ru"))?.median).toBeGreaterThan(2);
    // Superseded entries are history, not the usual ratio.
    await test.db.memoryEntry.updateMany({ where: { targetLanguage: "ru" }, data: { supersededAt: new Date() } });
    expect(await getLengthRatio(test.db, "fr", "ru")).toBeNull();
  });
});
