import { describe, expect, it } from "vitest";
import { checkParagraph } from "@/lib/checks/check-paragraph";
import type { ReportChecks } from "@/lib/checks/load-check-context";
import { editorFindings } from "./editor-findings";
import { editorPartsFrom } from "./editor-parts";

const checks: ReportChecks = { sourceLanguage: "fr", language: "ru", context: { glossary: [], lengthRatio: null, others: [] }, dismissals: { "p-one": [{ checkId: "double-space", quoteKey: "" }] } };
const row = { key: "p-one", source: "Le 5 janvier à Almaty.", sourceHash: "h1", quotes: [] };

describe("the editor's checks", () => {
  it("are the server's checks of the text as typed, dismissals included", () => {
    const parts = editorPartsFrom("6 января  в Алмaты.", []);
    const server = checkParagraph(checks, { key: "p-one", text: row.source, hash: "h1", quotes: [] }, { text: "6 января  в Алмaты.", sourceHash: "h1" });
    expect(editorFindings(checks, row, parts)).toEqual(server);
    expect(editorFindings(checks, row, parts)).toEqual([
      { id: "mixed-script", detail: "Алмaты" },
      { id: "numbers-dates", detail: "5" },
      { id: "numbers-dates", detail: "6" },
    ]);
    expect(editorFindings(checks, row, editorPartsFrom("5 января в Алматы.", []))).toEqual([]);
  });
});
