import { describe, expect, it } from "vitest";
import type { TranslationState } from "@/lib/workflow/states";
import { chooseWindow, liveOutline, packOutline, unpackOutline, type OutlineRow } from "./workspace-window";

const outline = (states: TranslationState[]): OutlineRow[] => states.map((state, index) => ({ key: `p-${index + 1}`, number: index + 1, state }));
const approved = (count: number): TranslationState[] => Array.from({ length: count }, () => "approved");

describe("chooseWindow", () => {
  it("shows a short report whole, on one page", () => {
    expect(chooseWindow(outline(approved(21)))).toEqual({ page: 1, pageCount: 1, pageSize: 50, first: 1, last: 21, total: 21, atKey: null });
  });

  it("opens on the page of the next paragraph needing work, from where the translator left off", () => {
    const states = approved(120);
    states[74] = "missing"; // p-75, page 2
    states[9] = "draft"; // p-10, page 1, before the resume point
    expect(chooseWindow(outline(states), { resumeKey: "p-60" })).toMatchObject({ page: 2, first: 51, last: 100 });
    expect(chooseWindow(outline(states))).toMatchObject({ page: 1 });
  });

  it("goes to the page asked for, clamped, and to the page of a paragraph number, which it opens", () => {
    const rows = outline(approved(120));
    expect(chooseWindow(rows, { page: 3 })).toMatchObject({ page: 3, first: 101, last: 120, atKey: null });
    expect(chooseWindow(rows, { page: 9 })).toMatchObject({ page: 3 });
    expect(chooseWindow(rows, { page: 0 })).toMatchObject({ page: 1 });
    expect(chooseWindow(rows, { at: 51, page: 1 })).toMatchObject({ page: 2, atKey: "p-51" });
    expect(chooseWindow(rows, { at: 500 })).toMatchObject({ page: 3, atKey: "p-120" });
  });

  it("has one empty page for a report with no paragraphs", () => {
    expect(chooseWindow([])).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0, total: 0, atKey: null });
  });
});

describe("liveOutline", () => {
  it("takes the page's live states over the loaded ones", () => {
    const rows = outline(["missing", "draft"]);
    expect(liveOutline(rows, { "p-2": { state: "in-review" } }).map((row) => row.state)).toEqual(["missing", "in-review"]);
  });
});

describe("packOutline", () => {
  it("sends keys and one character per state, and unpacks to the same rows", () => {
    const rows = outline(["missing", "draft", "in-review", "changes-requested", "approved", "outdated"]);
    const packed = packOutline(rows);
    expect(packed).toEqual({ keys: rows.map((row) => row.key), states: "012345" });
    expect(unpackOutline(packed)).toEqual(rows);
  });
});
