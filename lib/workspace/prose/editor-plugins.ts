import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { Plugin, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { isAllowed, quoteGuard } from "./quote-guard";
import { flattenPlainText, hasBoundaryBetween, moveQuoteByWord, moveQuoteTo, pasteSlice, quoteAt, replaceKeepingQuotes, stepOverBoundary } from "./quote-edits";

const fromEdit =
  (make: (state: EditorState) => ReturnType<typeof stepOverBoundary>): Command =>
  (state, dispatch) => {
    const tr = make(state);
    if (!tr) return false;
    dispatch?.(tr);
    return true;
  };

const deleteSelectionKeepingQuotes: Command = (state, dispatch) => {
  const { from, to, empty } = state.selection;
  if (empty || !hasBoundaryBetween(state.doc, from, to)) return false;
  dispatch?.(replaceKeepingQuotes(state, from, to, ""));
  return true;
};

// Alt+←/→ moves the quotation the caret is in; outside one it does nothing (and never
// lets the browser take it as "back", which would leave the page).
const moveQuoteKey =
  (direction: -1 | 1): Command =>
  (state, dispatch) => {
    const id = quoteAt(state);
    const tr = id ? moveQuoteByWord(state, id, direction) : null;
    if (tr) dispatch?.(tr);
    return true;
  };

const ignore: Command = () => true;

// The paragraph is one line of text: no Enter (Ctrl/⌘+Enter stays the page's submit).
const editingKeys = Object.fromEntries(Object.entries(baseKeymap).filter(([key]) => !/Enter$/.test(key)));

export function editorPlugins(): Plugin[] {
  return [
    quoteGuard,
    history(),
    keymap({
      "Mod-z": undo,
      "Mod-y": redo,
      "Shift-Mod-z": redo,
      Backspace: (state, dispatch) => deleteSelectionKeepingQuotes(state, dispatch) || fromEdit((s) => stepOverBoundary(s, -1))(state, dispatch),
      Delete: (state, dispatch) => deleteSelectionKeepingQuotes(state, dispatch) || fromEdit((s) => stepOverBoundary(s, 1))(state, dispatch),
      "Alt-ArrowLeft": moveQuoteKey(-1),
      "Alt-ArrowRight": moveQuoteKey(1),
      Enter: ignore,
      "Shift-Enter": ignore,
    }),
    keymap(editingKeys),
    inputRules,
  ];
}

// What the browser would do to the marks by itself, done so that they stay.
const inputRules = new Plugin({
  props: {
    handleDOMEvents: {
      beforeinput(view: EditorView, event: InputEvent) {
        const type = event.inputType;
        if (type === "insertParagraph" || type === "insertLineBreak") {
          event.preventDefault();
          return true;
        }
        const { from, to, empty } = view.state.selection;
        if (empty || !hasBoundaryBetween(view.state.doc, from, to)) return false;
        const isTyping = type === "insertText" || type === "insertReplacementText";
        if (!isTyping && !type.startsWith("delete")) return false;
        event.preventDefault();
        view.dispatch(replaceKeepingQuotes(view.state, from, to, isTyping ? (event.data ?? "") : ""));
        return true;
      },
      // A quotation is dragged by its start chip with the mouse: pressed, moved, released
      // over the place it goes. Pointer events rather than HTML drag and drop, which
      // browsers handle unevenly inside contenteditable.
      mousedown(view: EditorView, event: MouseEvent) {
        const handle = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-quote-handle]") : null;
        const id = handle?.dataset.quoteHandle;
        if (!id || event.button !== 0) return false;
        event.preventDefault();
        const start = { x: event.clientX, y: event.clientY };
        view.dom.classList.add("is-moving-quote");
        const onUp = (up: MouseEvent) => {
          view.dom.classList.remove("is-moving-quote");
          if (Math.hypot(up.clientX - start.x, up.clientY - start.y) < 4) return;
          const at = view.posAtCoords({ left: up.clientX, top: up.clientY });
          const tr = at ? moveQuoteTo(view.state, id, at.pos) : null;
          if (tr) view.dispatch(tr);
          view.focus();
        };
        document.addEventListener("mouseup", onUp, { once: true });
        return true;
      },
    },
    // typing over a selection that holds marks (ProseMirror's own path for a select-all)
    handleTextInput(view, from, to, text) {
      if (!hasBoundaryBetween(view.state.doc, from, to)) return false;
      view.dispatch(replaceKeepingQuotes(view.state, from, to, flattenPlainText(text)));
      return true;
    },
    handleDrop(view, event, _slice, moved) {
      // text dragged in from elsewhere arrives as plain text; a drag inside the editor is
      // left to ProseMirror, and the guard refuses it if it would break a pair
      if (moved) return false;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      const text = event.dataTransfer?.getData("text/plain") ?? "";
      if (at && text) view.dispatch(replaceKeepingQuotes(view.state, at.pos, at.pos, flattenPlainText(text)));
      return true;
    },
    handlePaste(view, event, slice) {
      const plain = event.clipboardData?.getData("text/plain") ?? "";
      const html = event.clipboardData?.getData("text/html") ?? "";
      // only a slice copied from this editor (ProseMirror marks its HTML) may carry marks
      const isOurs = html.includes("data-pm-slice") && html.includes("data-quote-boundary");
      if (isOurs) view.dispatch(pasteSlice(view.state, slice, plain));
      else {
        const { from, to } = view.state.selection;
        view.dispatch(replaceKeepingQuotes(view.state, from, to, flattenPlainText(plain)));
      }
      return true;
    },
  },
});

// ProseMirror deletes a cut selection whole; when that would take marks with it, only
// the words go (the clipboard has them all, marks included, for a paste).
export function keepQuotesOnCut(state: EditorState, tr: Transaction): Transaction {
  if (tr.getMeta("uiEvent") !== "cut" || isAllowed(tr)) return tr;
  const { from, to } = state.selection;
  return replaceKeepingQuotes(state, from, to, "");
}
