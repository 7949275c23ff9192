import { describe, expect, it } from "vitest";
import { correctionNotice, listCorrections } from "./corrections";
import type { ReaderCell, ReaderRow } from "./get-reader-report";

const cell = (language: "en" | "ru", status: ReaderCell["status"]): ReaderCell => ({ language, status, approved: null, pending: null, approvedSource: null });
const row = (key: string, en: ReaderCell["status"], corrections: ReaderRow["corrections"] = []): ReaderRow => ({
  key,
  kind: "paragraph",
  source: key,
  cells: { en: cell("en", en), ru: cell("ru", "approved") },
  corrections,
});
const at = (day: number) => new Date(Date.UTC(2026, 11, day));

describe("correctionNotice", () => {
  it("names the paragraphs still being revised, by the numbers the page shows, with the latest correction's date", () => {
    const rows = [
      row("a", "approved"),
      row("b", "outdated", [{ at: at(1), before: "x", after: "y" }]),
      row("c", "outdated", [{ at: at(3), before: "x", after: "y" }]),
    ];
    expect(correctionNotice(rows, "en")).toEqual({ language: "en", correctedAt: at(3), paragraphs: [{ key: "b", number: 2 }, { key: "c", number: 3 }] });
  });

  it("goes away when no paragraph is outdated any more (approved again or its approval kept)", () => {
    expect(correctionNotice([row("a", "approved", [{ at: at(1), before: "x", after: "y" }]), row("b", "in-review")], "en")).toBeNull();
    expect(correctionNotice([row("a", "outdated")], "ru")).toBeNull();
  });
});

describe("listCorrections", () => {
  it("lists every correction, newest first", () => {
    const rows = [row("a", "approved", [{ at: at(1), before: "1", after: "2" }, { at: at(5), before: "2", after: "3" }]), row("b", "approved", [{ at: at(3), before: "x", after: "y" }])];
    expect(listCorrections(rows).map(({ key, number, before }) => [key, number, before])).toEqual([["a", 1, "2"], ["b", 2, "x"], ["a", 1, "1"]]);
  });
});
