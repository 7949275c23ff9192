import { describe, expect, it } from "vitest";
import { memoryShare } from "./memory-share";

const inserted = 'The <q id="q-a">curfew</q> is extended until 19 January across the region.';

describe("memoryShare", () => {
  it("is 1 for a match saved as inserted, quotation markup aside", () => {
    expect(memoryShare(inserted, [inserted], "en")).toBe(1);
    expect(memoryShare("The curfew is extended until 19 January across the region.", [inserted], "en")).toBe(1);
  });

  it("is the share of the saved words kept, in order, from the inserted text", () => {
    // 10 words saved, 8 of them from the match ("until 19 January" became "to 20 January").
    expect(memoryShare("The curfew is extended to 20 January across the region.", [inserted], "en")).toBeCloseTo(0.8);
    // Words typed after the match count against it.
    expect(memoryShare(`${inserted} Shops stay closed.`, [inserted], "en")).toBeCloseTo(10 / 13);
  });

  it("takes the insertion the text kept most of, never counting a word twice", () => {
    expect(memoryShare(inserted, ["Something else entirely.", inserted, inserted], "en")).toBe(1);
  });

  it("is null when nothing was inserted, and 0 when nothing of it was kept", () => {
    expect(memoryShare(inserted, [], "en")).toBeNull();
    expect(memoryShare("Комендантский час продлён.", [inserted], "ru")).toBe(0);
  });
});
