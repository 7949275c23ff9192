"use client";

import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useEffect, useRef, useState, type RefObject } from "react";
import { sameContent, type EditorPart } from "@/lib/workspace/editor-parts";
import { docFromParts, metaFromParts, partsFromDoc } from "@/lib/workspace/prose/doc-parts";
import { editorPlugins, keepQuotesOnCut } from "@/lib/workspace/prose/editor-plugins";
import { quoteAt } from "@/lib/workspace/prose/quote-edits";
import { quoteChip, type ChipText } from "./quote-chip";

type Options = {
  host: RefObject<HTMLDivElement | null>;
  parts: EditorPart[];
  isReadOnly: boolean;
  attributes: Record<string, string>;
  describe: (id: string, side: "start" | "end") => ChipText;
  onChange: (parts: EditorPart[]) => void;
};

const stateFor = (parts: readonly EditorPart[]) => EditorState.create({ doc: docFromParts(parts), plugins: editorPlugins() });

// One ProseMirror view for the open paragraph. The page state (parts) stays the source of
// truth: typing goes up through onChange, and parts changed from outside (restore, discard,
// a conflict resolved) replace the document.
export function useProseEditor({ host, parts, isReadOnly, attributes, describe, onChange }: Options) {
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef({ parts, onChange, isReadOnly });
  const [caretQuote, setCaretQuote] = useState<string | null>(null);
  useEffect(() => {
    latest.current = { parts, onChange, isReadOnly };
  });

  useEffect(() => {
    if (!host.current) return;
    const view: EditorView = new EditorView(host.current, {
      state: stateFor(latest.current.parts),
      attributes,
      nodeViews: { quote_start: quoteChip(describe), quote_end: quoteChip(describe) },
      editable: () => !latest.current.isReadOnly,
      dispatchTransaction(tr) {
        const next = view.state.apply(keepQuotesOnCut(view.state, tr));
        const hasChanged = next.doc !== view.state.doc;
        view.updateState(next);
        setCaretQuote(quoteAt(next));
        if (hasChanged) latest.current.onChange(partsFromDoc(next.doc, metaFromParts(latest.current.parts)));
      },
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // one view per opening; the labels do not change while it is open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    if (!sameContent(partsFromDoc(view.state.doc, metaFromParts(parts)), parts)) view.updateState(stateFor(parts));
    view.setProps({ editable: () => !isReadOnly });
  }, [parts, isReadOnly]);

  return { viewRef, caretQuote };
}
