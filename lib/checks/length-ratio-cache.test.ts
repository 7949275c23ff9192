import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { MIN_LENGTH_RATIO_SAMPLES } from "@/lib/memory/length-ratio";
import { cachedLengthRatio } from "./length-ratio-cache";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function addEntries(count: number, targetText: string) {
  for (let index = 0; index < count; index++) {
    await test.db.memoryEntry.create({
      data: {
        sourceLanguage: "fr",
        targetLanguage: "en",
        sourceText: "Une phrase source assez longue pour compter.",
        sourceHash: `h-${targetText.length}-${index}`,
        targetText,
        origin: "import",
        approvedAt: new Date(),
      },
    });
  }
}

describe("the cached length ratio", () => {
  it("is learnt again when the memory changes, and only then", async () => {
    expect(await cachedLengthRatio(test.db, "fr", "en")).toBeNull();
    await addEntries(MIN_LENGTH_RATIO_SAMPLES, "A target sentence of about the same length.");
    const first = await cachedLengthRatio(test.db, "fr", "en");
    expect(first?.samples).toBe(MIN_LENGTH_RATIO_SAMPLES);
    expect(await cachedLengthRatio(test.db, "fr", "en")).toBe(first);
    await addEntries(1, "Short.");
    expect((await cachedLengthRatio(test.db, "fr", "en"))?.samples).toBe(MIN_LENGTH_RATIO_SAMPLES + 1);
  });
});
