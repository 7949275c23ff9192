import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const parts = wordDiff("un technicien a été blessé", "deux techniciens ont été blessés");
    expect(parts.filter((part) => part.kind === "removed").map((part) => part.text.trim())).toContain("un");
    expect(parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toContain("deux");
    expect(parts.filter((part) => part.kind === "same").map((part) => part.text).join("")).toContain("été");
  });

  it("rebuilds both texts from its parts", () => {
    const before = "Это была война, — говорит она.";
    const after = "Для меня это была война, — говорит она.";
    const parts = wordDiff(before, after);
    expect(parts.filter((part) => part.kind !== "added").map((part) => part.text).join("")).toBe(before);
    expect(parts.filter((part) => part.kind !== "removed").map((part) => part.text).join("")).toBe(after);
  });

  it("reports no change for identical texts", () => {
    expect(hasChanges(wordDiff("same text", "same text"))).toBe(false);
  });
});
