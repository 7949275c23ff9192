import { AllSelection, EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { editorPartsFrom, editorPartsToMarkup } from "@/lib/workspace/editor-parts";
import { docFromParts, metaFromParts, partsFromDoc } from "./doc-parts";
import { editorPlugins, keepQuotesOnCut } from "./editor-plugins";
import { keepsQuotes, quoteSpans } from "./quote-guard";
import { dissolveQuote, moveQuoteByWord, moveQuoteTo, pasteSlice, replaceKeepingQuotes, spanOf, stepOverBoundary } from "./quote-edits";

const SOURCE_KEYS = ["q-one", "q-two"];
const MARKUP = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>».`;

function stateOf(markup: string | null, ownWords: Record<string, string> = {}) {
  const parts = editorPartsFrom(markup, SOURCE_KEYS, ownWords);
  return { state: EditorState.create({ doc: docFromParts(parts), plugins: editorPlugins() }), meta: metaFromParts(parts) };
}

const markupOf = (state: EditorState, meta = {}) => editorPartsToMarkup(partsFromDoc(state.doc, meta)).text;

describe("markup → document → markup", () => {
  it("gives back the markup, own words included", () => {
    const { state, meta } = stateOf(MARKUP, { "q-two": "Наша запись" });
    expect(markupOf(state, meta)).toBe(MARKUP);
    expect(editorPartsToMarkup(partsFromDoc(state.doc, meta)).quoteOrigins).toEqual([{ quoteKey: "q-two", note: "Наша запись" }]);
  });

  it("keeps empty quotations (nothing translated yet) and text that looks like a tag as text", () => {
    expect(markupOf(stateOf(null).state)).toBe(`<q id="q-one"></q><q id="q-two"></q>`);
    const literal = `a &lt; <b> <q id="q-one">x</q><q id="q-two">y</q>`;
    expect(markupOf(stateOf(literal).state)).toBe(literal);
  });

  it("lists the quotations in order, pairs whole", () => {
    expect(quoteSpans(stateOf(MARKUP).state.doc)?.map((span) => span.id)).toEqual(SOURCE_KEYS);
  });
});

describe("the guard", () => {
  it("refuses a transaction that deletes a quotation, and lets typing through", () => {
    const { state } = stateOf(MARKUP);
    const span = spanOf(state.doc, "q-one")!;
    const deleted = state.apply(state.tr.delete(span.start, span.end));
    expect(deleted.doc).toBe(state.doc);
    const selectAll = state.apply(state.tr.insertText("x", 1, state.doc.content.size - 1));
    expect(selectAll.doc).toBe(state.doc);
    const typed = state.apply(state.tr.insertText("Ну, ", 1));
    expect(markupOf(typed)).toBe(`Ну, ${MARKUP}`);
  });

  it("refuses one mark alone, a duplicate, a split and a rename", () => {
    const { state } = stateOf(MARKUP);
    const span = spanOf(state.doc, "q-one")!;
    const { quote_start, quote_end } = state.schema.nodes;
    expect(state.apply(state.tr.delete(span.start, span.start + 1)).doc).toBe(state.doc);
    expect(state.apply(state.tr.insert(1, state.doc.slice(span.start, span.end).content)).doc).toBe(state.doc);
    const split = state.tr.insert(span.start + 3, [quote_end.create({ id: "q-one" }), quote_start.create({ id: "q-one" })]);
    expect(state.apply(split).doc).toBe(state.doc);
    const renamed = state.tr.setNodeMarkup(span.start, null, { id: "q-three" }).setNodeMarkup(span.end - 1, null, { id: "q-three" });
    expect(state.apply(renamed).doc).toBe(state.doc);
    expect(keepsQuotes(state.doc, renamed.doc)).toBe(false);
  });

  it("lets undo and redo through, and the marks stay", async () => {
    const { undo, redo } = await import("prosemirror-history");
    let { state } = stateOf(MARKUP);
    const run = (command: typeof undo) => command(state, (tr) => (state = state.apply(tr)));
    state = state.apply(replaceKeepingQuotes(state, 1, state.doc.content.size - 1, "Всё"));
    expect(markupOf(state)).toBe(`Всё<q id="q-one"></q><q id="q-two"></q>`);
    expect(run(undo)).toBe(true);
    expect(markupOf(state)).toBe(MARKUP);
    expect(run(redo)).toBe(true);
    expect(quoteSpans(state.doc)?.map((span) => span.id)).toEqual(SOURCE_KEYS);
  });
});

describe("edits that keep the quotations", () => {
  it("select-all then typing replaces the words and keeps both pairs", () => {
    const { state } = stateOf(MARKUP);
    const next = state.apply(replaceKeepingQuotes(state, 1, state.doc.content.size - 1, "X"));
    expect(markupOf(next)).toBe(`X<q id="q-one"></q><q id="q-two"></q>`);
  });

  it("Ctrl+A (the whole document) then typing keeps the text inside the paragraph", () => {
    const { state } = stateOf(MARKUP);
    const all = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
    expect(markupOf(all.apply(replaceKeepingQuotes(all, all.selection.from, all.selection.to, "X")))).toBe(`X<q id="q-one"></q><q id="q-two"></q>`);
  });

  it("a cut of everything leaves the marks; pasting it back puts the quotations back", () => {
    const { state } = stateOf(MARKUP);
    const all = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
    const slice = all.selection.content();
    const cut = all.apply(keepQuotesOnCut(all, all.tr.deleteSelection().setMeta("uiEvent", "cut")));
    expect(markupOf(cut)).toBe(`<q id="q-one"></q><q id="q-two"></q>`);
    const pasted = cut.apply(pasteSlice(cut, slice, "ignored"));
    expect(markupOf(pasted)).toBe(MARKUP);
  });

  it("a copied quotation pasted where it would be a second copy arrives as plain words", () => {
    const { state } = stateOf(MARKUP);
    const span = spanOf(state.doc, "q-one")!;
    const slice = state.doc.slice(span.start, span.end);
    const atEnd = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 1)));
    expect(markupOf(atEnd.apply(pasteSlice(atEnd, slice, "Я пришла сюда")))).toBe(`${MARKUP}Я пришла сюда`);
  });

  it("moves a quotation past the word beside it, and past a neighbouring quotation", () => {
    const { state } = stateOf(`Он сказал <q id="q-one">да</q> вчера <q id="q-two">нет</q>`);
    const left = state.apply(moveQuoteByWord(state, "q-one", -1)!);
    expect(markupOf(left)).toBe(`Он <q id="q-one">да</q> сказал вчера <q id="q-two">нет</q>`);
    const right = state.apply(moveQuoteByWord(state, "q-one", 1)!);
    expect(markupOf(right)).toBe(`Он сказал вчера <q id="q-one">да</q> <q id="q-two">нет</q>`);
    const swapped = right.apply(moveQuoteByWord(right, "q-one", 1)!);
    expect(markupOf(swapped)).toBe(`Он сказал вчера <q id="q-two">нет</q> <q id="q-one">да</q>`);
    expect(moveQuoteByWord(swapped, "q-one", 1)).toBeNull();
  });

  it("passes punctuation one mark at a time, so a move back undoes a move forth", () => {
    const { state } = stateOf(MARKUP);
    const left = state.apply(moveQuoteByWord(state, "q-two", -1)!);
    expect(markupOf(left)).toBe(`«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. <q id="q-two">Это была война</q>«».`);
    expect(markupOf(left.apply(moveQuoteByWord(left, "q-two", 1)!))).toBe(MARKUP);
  });

  it("drops a quotation elsewhere, never inside another", () => {
    const { state } = stateOf(`а <q id="q-one">да</q> б <q id="q-two">нет</q>`);
    const two = spanOf(state.doc, "q-two")!;
    expect(moveQuoteTo(state, "q-one", two.start + 2)).toBeNull();
    expect(markupOf(state.apply(moveQuoteTo(state, "q-one", 1)!))).toBe(`<q id="q-one">да</q>а  б <q id="q-two">нет</q>`);
  });

  it("Backspace beside a mark steps over it; a quotation the source lacks can be taken apart on request", () => {
    const { state } = stateOf(MARKUP);
    const span = spanOf(state.doc, "q-one")!;
    const after = state.apply(state.tr.setSelection(TextSelection.create(state.doc, span.end)));
    const stepped = after.apply(stepOverBoundary(after, -1)!);
    expect(stepped.selection.from).toBe(span.end - 1);
    expect(stepped.doc).toBe(state.doc);
    expect(markupOf(state.apply(dissolveQuote(state, "q-one")!))).toBe(`«Я пришла сюда», — рассказывает Динара. «<q id="q-two">Это была война</q>».`);
  });
});
