import { Fragment, Slice, type Node as ProseNode } from "prosemirror-model";
import { TextSelection, type EditorState, type Transaction } from "prosemirror-state";
import { DISSOLVE_QUOTE, isAllowed, quoteSpans, type QuoteSpan } from "./quote-guard";
import { boundarySide } from "./schema";

// Edits that keep every quotation whole, for the editor's keys, paste, drop and buttons.
// Each answers a transaction (or null when there is nothing to do); the guard still
// checks it.

const BOUNDARY = "\uFFFC"; // one character per boundary, so string offsets are positions
const PARAGRAPH_START = 1; // the paragraph's content starts after its opening token

export function spanOf(doc: ProseNode, id: string): QuoteSpan | null {
  return quoteSpans(doc)?.find((span) => span.id === id) ?? null;
}

// The quotation the caret is in (between its marks), if any.
export function quoteAt(state: EditorState): string | null {
  const { from, to } = state.selection;
  return quoteSpans(state.doc)?.find((span) => from > span.start && to < span.end)?.id ?? null;
}

export function hasBoundaryBetween(doc: ProseNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (boundarySide(node)) found = true;
    return !found;
  });
  return found;
}

// Replaces the text of [from, to) with `text`, leaving every boundary mark where it is:
// select-all then typing, Backspace over a selection, cut.
export function replaceKeepingQuotes(state: EditorState, rangeFrom: number, rangeTo: number, text: string): Transaction {
  const [from, to] = insideParagraph(state.doc, rangeFrom, rangeTo);
  const tr = state.tr;
  const pieces: [number, number][] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText) pieces.push([Math.max(from, pos), Math.min(to, pos + node.nodeSize)]);
    return true;
  });
  for (const [start, end] of pieces.reverse()) tr.delete(start, end);
  const at = tr.mapping.map(from, -1);
  if (text !== "") tr.insertText(text, at);
  return tr.setSelection(TextSelection.create(tr.doc, at + text.length)).scrollIntoView();
}

// Select-all (Ctrl+A) selects the whole document, paragraph tokens included; text goes
// inside the paragraph.
function insideParagraph(doc: ProseNode, from: number, to: number): [number, number] {
  const end = PARAGRAPH_START + (doc.firstChild?.content.size ?? 0);
  const clamp = (pos: number) => Math.min(Math.max(pos, PARAGRAPH_START), end);
  return [clamp(from), clamp(to)];
}

// A copied slice as inline content: a copy of the whole document carries its paragraph.
function inlineOf(slice: Slice): Slice {
  const inline: ProseNode[] = [];
  slice.content.descendants((node) => {
    if (node.isInline) inline.push(node);
    return !node.isInline;
  });
  return new Slice(Fragment.from(inline), 0, 0);
}

// Pasted text is one line of plain text: the paragraph has no other structure.
export function flattenPlainText(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

// A slice copied in this editor keeps its quotation marks when the result stays valid:
// pasting a quotation whose original is now empty moves it there (cut, then paste).
// Otherwise the words arrive without marks.
export function pasteSlice(state: EditorState, slice: Slice, plain: string): Transaction {
  const [from, to] = insideParagraph(state.doc, state.selection.from, state.selection.to);
  const tr = state.tr.replaceRange(from, to, inlineOf(slice));
  const insertedEnd = tr.mapping.map(to, 1);
  const spans = quoteSpans(tr.doc);
  if (spans) {
    const counts = new Map<string, number>();
    for (const span of spans) counts.set(span.id, (counts.get(span.id) ?? 0) + 1);
    const leftBehind = spans.filter((span) => (counts.get(span.id) ?? 0) > 1 && span.end - span.start === 2 && (span.end <= from || span.start >= insertedEnd));
    for (const span of leftBehind.reverse()) tr.delete(span.start, span.end);
  }
  if (isAllowed(tr)) return tr.scrollIntoView();
  return replaceKeepingQuotes(state, from, to, flattenPlainText(plain));
}

// The next unit beside a quotation, for moving it word by word: a word, one mark of
// punctuation (so that «, » and dashes are passed one at a time, and a move back undoes a
// move forth), or a whole neighbouring quotation, past the spaces between.
const isWordChar = (char: string) => /[\p{L}\p{M}\p{N}_'’-]/u.test(char);

function unitBeside(doc: ProseNode, span: QuoteSpan, direction: -1 | 1): { sepFrom: number; sepTo: number; unitFrom: number; unitTo: number } | null {
  const paragraphEnd = doc.firstChild ? PARAGRAPH_START + doc.firstChild.content.size : PARAGRAPH_START;
  const text = doc.textBetween(PARAGRAPH_START, paragraphEnd, "", BOUNDARY);
  const charAt = (pos: number) => text[pos - PARAGRAPH_START] ?? "";
  const isSpace = (char: string) => /\s/u.test(char);
  const others = quoteSpans(doc) ?? [];
  if (direction < 0) {
    let sep = span.start;
    while (sep > PARAGRAPH_START && isSpace(charAt(sep - 1))) sep -= 1;
    if (sep === PARAGRAPH_START) return null;
    if (charAt(sep - 1) === BOUNDARY) {
      const neighbour = others.find((other) => other.end === sep);
      return neighbour ? { sepFrom: sep, sepTo: span.start, unitFrom: neighbour.start, unitTo: sep } : null;
    }
    let word = sep - 1;
    if (isWordChar(charAt(word))) while (word > PARAGRAPH_START && isWordChar(charAt(word - 1))) word -= 1;
    return { sepFrom: sep, sepTo: span.start, unitFrom: word, unitTo: sep };
  }
  let sep = span.end;
  while (sep < paragraphEnd && isSpace(charAt(sep))) sep += 1;
  if (sep === paragraphEnd) return null;
  if (charAt(sep) === BOUNDARY) {
    const neighbour = others.find((other) => other.start === sep);
    return neighbour ? { sepFrom: span.end, sepTo: sep, unitFrom: sep, unitTo: neighbour.end } : null;
  }
  let word = sep + 1;
  if (isWordChar(charAt(sep))) while (word < paragraphEnd && isWordChar(charAt(word))) word += 1;
  return { sepFrom: span.end, sepTo: sep, unitFrom: sep, unitTo: word };
}

// Moves a quotation, marks and words together, past the word (or quotation) beside it;
// the spaces between them stay between them.
export function moveQuoteByWord(state: EditorState, id: string, direction: -1 | 1): Transaction | null {
  const { doc } = state;
  const span = spanOf(doc, id);
  if (!span) return null;
  const unit = unitBeside(doc, span, direction);
  if (!unit) return null;
  const quote = doc.slice(span.start, span.end).content;
  const sep = doc.slice(unit.sepFrom, unit.sepTo).content;
  const other = doc.slice(unit.unitFrom, unit.unitTo).content;
  const [from, to, content] =
    direction < 0 ? [unit.unitFrom, span.end, quote.append(sep).append(other)] : [span.start, unit.unitTo, other.append(sep).append(quote)];
  const tr = state.tr.replaceWith(from, to, content);
  const start = direction < 0 ? from : from + other.size + sep.size;
  return tr.setSelection(TextSelection.create(tr.doc, start + quote.size - 1)).scrollIntoView();
}

// Moves a quotation to a position outside every quotation (a drop).
export function moveQuoteTo(state: EditorState, id: string, pos: number): Transaction | null {
  const spans = quoteSpans(state.doc) ?? [];
  const span = spans.find((candidate) => candidate.id === id);
  if (!span || spans.some((other) => pos > other.start && pos < other.end) || (pos >= span.start && pos <= span.end)) return null;
  const quote = state.doc.slice(span.start, span.end).content;
  const tr = state.tr.delete(span.start, span.end);
  const at = tr.mapping.map(pos);
  tr.insert(at, quote);
  return tr.setSelection(TextSelection.create(tr.doc, at + quote.size - 1)).scrollIntoView();
}

// Takes a quotation span apart (one the source no longer has, or a second copy): its
// words stay where they are.
export function dissolveQuote(state: EditorState, id: string): Transaction | null {
  const span = spanOf(state.doc, id);
  if (!span) return null;
  const words = state.doc.slice(span.start + 1, span.end - 1).content;
  return state.tr.replaceWith(span.start, span.end, words).setMeta(DISSOLVE_QUOTE, id);
}

// The caret just before the quotation's end mark, to type inside it.
export function caretInside(state: EditorState, id: string): Transaction | null {
  const span = spanOf(state.doc, id);
  return span ? state.tr.setSelection(TextSelection.create(state.doc, span.end - 1)).scrollIntoView() : null;
}

// Backspace or Delete next to a mark steps over it instead of deleting it.
export function stepOverBoundary(state: EditorState, direction: -1 | 1): Transaction | null {
  const { $head, empty } = state.selection;
  if (!empty) return null;
  const node = direction < 0 ? $head.nodeBefore : $head.nodeAfter;
  if (!node || !boundarySide(node)) return null;
  return state.tr.setSelection(TextSelection.create(state.doc, $head.pos + direction));
}
