import type { Node as ProseNode } from "prosemirror-model";
import { Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { boundarySide } from "./schema";

// Each quotation, in document order: its id and where its boundaries stand.
export type QuoteSpan = { id: string; start: number; end: number }; // start: before the start mark; end: after the end mark

// The quotations of a document, or null when the boundaries do not pair up: a start
// followed by its own end, never nested, never one alone.
export function quoteSpans(doc: ProseNode): QuoteSpan[] | null {
  const spans: QuoteSpan[] = [];
  let open: { id: string; start: number } | null = null;
  let isValid = true;
  doc.descendants((node, pos) => {
    if (!isValid) return false;
    const side = boundarySide(node);
    if (side === "start") {
      if (open) isValid = false;
      else open = { id: String(node.attrs.id), start: pos };
    } else if (side === "end") {
      if (!open || open.id !== String(node.attrs.id)) isValid = false;
      else spans.push({ id: open.id, start: open.start, end: pos + node.nodeSize });
      open = null;
    }
    return true;
  });
  return isValid && !open ? spans : null;
}

// Meta a transaction carries when the translator asked to take a quotation span apart
// (one the source no longer has, or a second copy): the only way a pair may go.
export const DISSOLVE_QUOTE = "newsroom:dissolve-quote";

// Whether `after` has exactly the quotations of `before` (the same ids, as many times),
// each pair whole; their order and what they contain may change.
export function keepsQuotes(before: ProseNode, after: ProseNode, dissolved: string | null = null): boolean {
  const was = quoteSpans(before);
  const now = quoteSpans(after);
  if (!now) return false;
  const expected = (was ?? []).map((span) => span.id);
  if (dissolved !== null) {
    const at = expected.indexOf(dissolved);
    if (at === -1) return false;
    expected.splice(at, 1);
  }
  const ids = (spans: string[]) => [...spans].sort().join("\n");
  return ids(expected) === ids(now.map((span) => span.id));
}

export function isAllowed(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  const dissolved = tr.getMeta(DISSOLVE_QUOTE);
  return keepsQuotes(tr.before, tr.doc, typeof dissolved === "string" ? dissolved : null);
}

// The client's last word on the marks: any transaction (typing, deleting, pasting, a drop,
// undo, redo) that would delete, duplicate, split or rename a quotation is refused whole.
// The server checks the markup again on save; it stays the authority.
export const quoteGuard = new Plugin({
  key: new PluginKey("quote-guard"),
  filterTransaction: isAllowed,
});
