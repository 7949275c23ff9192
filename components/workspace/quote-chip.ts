import type { Node as ProseNode } from "prosemirror-model";
import type { NodeView } from "prosemirror-view";
import { boundarySide } from "@/lib/workspace/prose/schema";

export type ChipText = { number: string; spoken: string; title: string };

// A quotation's boundary as the translator sees it: its number in a chip (a start and an
// end drawn as brackets), with words for screen readers ("start of quotation 2, …") and
// a tooltip with the speaker and the original words. The start chip is the handle that
// moves the whole quotation with the mouse.
export function quoteChip(describe: (id: string, side: "start" | "end") => ChipText) {
  return (node: ProseNode): NodeView => {
    const side = boundarySide(node) ?? "start";
    const id = String(node.attrs.id);
    const text = describe(id, side);
    const dom = document.createElement("span");
    dom.className = `ws-chip ws-chip-${side}`;
    dom.contentEditable = "false";
    dom.dataset.quoteBoundary = side;
    dom.dataset.quote = id;
    dom.title = text.title;
    if (side === "start") dom.dataset.quoteHandle = id;
    const shown = document.createElement("span");
    shown.setAttribute("aria-hidden", "true");
    shown.textContent = text.number;
    const spoken = document.createElement("span");
    spoken.className = "visually-hidden";
    spoken.textContent = ` ${text.spoken} `;
    dom.append(shown, spoken);
    return { dom, ignoreMutation: () => true };
  };
}
