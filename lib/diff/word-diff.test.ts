import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const parts = wordDiff("un technicien a été blessé", "deux techniciens ont été blessés");
    const words = (kind: string) => parts.filter((part) => part.kind === kind).flatMap((part) => part.text.trim().split(/\s+/));
    expect(words("removed")).toContain("un");
    expect(words("added")).toContain("deux");
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

describe("wordDiff in Cyrillic, and runs of changes", () => {
  it("changes whole words, not letters", () => {
    const parts = wordDiff("Первый абзац, перевод Ирины.", "Первый абзац, перевод Дмитрия.", "ru");
    expect(parts).toEqual([
      { kind: "same", text: "Первый абзац, перевод " },
      { kind: "removed", text: "Ирины" },
      { kind: "added", text: "Дмитрия" },
      { kind: "same", text: "." },
    ]);
  });

  it("shows changes separated only by spaces as one replacement", () => {
    expect(wordDiff("Первый абзац без цитаты.", "Первый абзац, в котором нет цитат.", "ru")).toEqual([
      { kind: "same", text: "Первый абзац" },
      { kind: "removed", text: " без цитаты" },
      { kind: "added", text: ", в котором нет цитат" },
      { kind: "same", text: "." },
    ]);
  });
});
