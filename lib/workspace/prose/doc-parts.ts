import type { Node as ProseNode } from "prosemirror-model";
import { normalizeParts, type EditorPart, type EditorQuotePart } from "@/lib/workspace/editor-parts";
import { boundarySide, paragraphSchema } from "./schema";

export type QuoteMeta = Pick<EditorQuotePart, "isOwnWords" | "note">;

// The editor's parts (what the page state, the browser copy and the server action hold)
// as a document, and back. The "own words" controls are not text, so they live beside the
// document, keyed by quotation id.
export function docFromParts(parts: readonly EditorPart[]): ProseNode {
  const { quote_start, quote_end, paragraph, doc } = paragraphSchema.nodes;
  const inline: ProseNode[] = [];
  const pushText = (value: string) => {
    if (value !== "") inline.push(paragraphSchema.text(value));
  };
  for (const part of parts) {
    if (part.kind === "text") {
      pushText(part.text);
      continue;
    }
    inline.push(quote_start.create({ id: part.id }));
    pushText(part.text);
    inline.push(quote_end.create({ id: part.id }));
  }
  return doc.create(null, paragraph.create(null, inline));
}

export function metaFromParts(parts: readonly EditorPart[]): Record<string, QuoteMeta> {
  return Object.fromEntries(parts.flatMap((part) => (part.kind === "quote" ? [[part.id, { isOwnWords: part.isOwnWords, note: part.note }]] : [])));
}

// A document the guard accepted always reads back; a lone boundary (which the guard never
// lets through) would be read as an empty quotation rather than lost.
export function partsFromDoc(doc: ProseNode, meta: Readonly<Record<string, QuoteMeta>>): EditorPart[] {
  const parts: EditorPart[] = [];
  let open: EditorQuotePart | null = null;
  doc.firstChild?.forEach((node) => {
    const side = boundarySide(node);
    if (node.isText) {
      if (open) open.text += node.text ?? "";
      else parts.push({ kind: "text", text: node.text ?? "" });
      return;
    }
    const id = String(node.attrs.id);
    if (side === "start") {
      if (open) parts.push(open);
      open = { kind: "quote", id, text: "", isOwnWords: meta[id]?.isOwnWords ?? false, note: meta[id]?.note ?? "" };
    } else if (side === "end") {
      parts.push(open ?? { kind: "quote", id, text: "", isOwnWords: meta[id]?.isOwnWords ?? false, note: meta[id]?.note ?? "" });
      open = null;
    }
  });
  if (open) parts.push(open);
  return normalizeParts(parts);
}
