import { Schema, type DOMOutputSpec, type Node as ProseNode, type NodeSpec } from "prosemirror-model";

// One paragraph of translation: plain text, and each quotation of the source as a pair of
// boundary marks (atoms carrying the quotation's id). The words between a start and its
// end are the quotation. Atoms rather than a mark, because a quotation still to be
// translated is empty, and a mark cannot hold nothing; the guard (quote-guard.ts) keeps
// the pairs whole. There is no other formatting: text is all the server accepts.
export const paragraphSchema = new Schema({
  nodes: {
    doc: { content: "paragraph" },
    paragraph: { content: "inline*", parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0] },
    text: { group: "inline" },
    quote_start: boundary("start"),
    quote_end: boundary("end"),
  },
});

function boundary(side: "start" | "end"): NodeSpec {
  return {
    group: "inline",
    inline: true,
    atom: true,
    selectable: false,
    // dragged by the quotation's own handle (the whole pair), never one boundary alone
    draggable: false,
    attrs: { id: { validate: "string" } },
    parseDOM: [
      {
        tag: `span[data-quote-boundary="${side}"]`,
        getAttrs: (dom: HTMLElement) => ({ id: dom.getAttribute("data-quote") ?? "" }),
      },
    ],
    toDOM: (node: ProseNode): DOMOutputSpec => ["span", { "data-quote-boundary": side, "data-quote": String(node.attrs.id) }],
  };
}

export type BoundarySide = "start" | "end";

export function boundarySide(node: ProseNode): BoundarySide | null {
  if (node.type === paragraphSchema.nodes.quote_start) return "start";
  if (node.type === paragraphSchema.nodes.quote_end) return "end";
  return null;
}
