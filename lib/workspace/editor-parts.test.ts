import { describe, expect, it } from "vitest";
import { checkEditorParts } from "./editor-checks";
import { dissolveQuote, editorPartsFrom, editorPartsToMarkup, moveQuote, sameContent, updatePart } from "./editor-parts";

const KEYS = ["q-one", "q-two"];
const SAVED = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>».`;

describe("editor fields", () => {
  it("gives a text field before, between and after every quotation, and serializes back to the same markup", () => {
    const parts = editorPartsFrom(SAVED, KEYS);
    expect(parts.map((part) => part.kind)).toEqual(["text", "quote", "text", "quote", "text"]);
    expect(parts[1]).toMatchObject({ id: "q-one", text: "Я пришла сюда", isOwnWords: false });
    expect(editorPartsToMarkup(parts).text).toBe(SAVED);
  });

  it("starts an untranslated paragraph from the source's quotations, in order, empty", () => {
    const parts = editorPartsFrom(null, KEYS);
    expect(parts).toEqual([
      { kind: "text", text: "" },
      { kind: "quote", id: "q-one", text: "", isOwnWords: false, note: "" },
      { kind: "text", text: "" },
      { kind: "quote", id: "q-two", text: "", isOwnWords: false, note: "" },
      { kind: "text", text: "" },
    ]);
    expect(editorPartsFrom(null, [])).toEqual([{ kind: "text", text: "" }]);
  });

  it("keeps the ids whatever is typed, and marks own words with their note", () => {
    let parts = editorPartsFrom(null, KEYS);
    parts = updatePart(parts, 0, { text: "«" });
    parts = updatePart(parts, 1, { text: "I came here", isOwnWords: true, note: " Interview, 12 January " });
    parts = updatePart(parts, 3, { text: "It was a war" });
    expect(editorPartsToMarkup(parts)).toEqual({
      text: `«<q id="q-one">I came here</q><q id="q-two">It was a war</q>`,
      quoteOrigins: [{ quoteKey: "q-one", note: "Interview, 12 January" }],
    });
    const reopened = editorPartsFrom(editorPartsToMarkup(parts).text, KEYS, { "q-one": "Interview, 12 January" });
    expect(reopened[1]).toMatchObject({ isOwnWords: true, note: "Interview, 12 January" });
  });

  it("adds a quotation the saved text lacks at the end rather than losing it", () => {
    const parts = editorPartsFrom(`Only <q id="q-two">one</q>.`, KEYS);
    expect(parts.filter((part) => part.kind === "quote").map((part) => part.kind === "quote" && part.id)).toEqual(["q-two", "q-one"]);
  });

  it("moves a quotation past its neighbour and dissolves a stray one into text", () => {
    const parts = editorPartsFrom(SAVED, KEYS);
    expect(editorPartsToMarkup(moveQuote(parts, 1, 1)).text).toBe(`«<q id="q-two">Это была война</q>», — рассказывает Динара. «<q id="q-one">Я пришла сюда</q>».`);
    expect(moveQuote(parts, 1, -1)).toEqual(parts);
    const stray = editorPartsFrom(`A <q id="q-gone">B</q> C`, []);
    expect(dissolveQuote(stray, 1)).toEqual([{ kind: "text", text: "A B C" }]);
  });

  it("compares content, not field layout", () => {
    const a = editorPartsFrom(SAVED, KEYS);
    expect(sameContent(a, editorPartsFrom(SAVED, KEYS))).toBe(true);
    expect(sameContent(a, updatePart(a, 1, { isOwnWords: true, note: "x" }))).toBe(false);
  });
});

describe("checkEditorParts", () => {
  it("refuses tags typed into fields, names the field, and accepts plain text with < and &", () => {
    let parts = editorPartsFrom(null, KEYS);
    parts = updatePart(parts, 2, { text: `a <q id="q-one">copy</q>` });
    parts = updatePart(parts, 3, { text: "<b>bold</b>" });
    parts = updatePart(parts, 1, { text: "a < b & c" });
    expect(checkEditorParts(parts, KEYS)).toEqual([
      { code: "markup-typed", field: 2, quote: undefined },
      { code: "markup-typed", field: 3, quote: "q-two" },
    ]);
  });

  it("asks for a note on own words, refuses empty text, unknown and duplicated quotations, and text over the limit", () => {
    const own = updatePart(editorPartsFrom(SAVED, KEYS), 1, { isOwnWords: true, note: "  " });
    expect(checkEditorParts(own, KEYS)).toEqual([{ code: "origin-note", quote: "q-one", max: 500 }]);
    expect(checkEditorParts(editorPartsFrom(null, KEYS), KEYS)).toEqual([{ code: "empty" }]);
    const doubled = editorPartsFrom(`<q id="q-one">a</q> <q id="q-one">b</q> <q id="q-x">c</q> <q id="q-two">d</q>`, KEYS);
    expect(checkEditorParts(doubled, KEYS)).toEqual([
      { code: "quote-duplicated", quote: "q-one" },
      { code: "quote-unknown", quote: "q-x" },
    ]);
    const long = updatePart(editorPartsFrom(SAVED, KEYS), 0, { text: "я".repeat(5000) });
    expect(checkEditorParts(long, KEYS)).toContainEqual(expect.objectContaining({ code: "too-long", max: 5000 }));
  });
});
