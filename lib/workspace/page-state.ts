import type { CheckId } from "@/lib/checks";
import type { DescribedCheck } from "@/lib/checks/describe-checks";
import type { EditorMark } from "@/lib/presence/list-editors";
import type { StoredDraft } from "@/lib/workspace/draft-storage";
import { editorPartsFrom, sameContent, type EditorPart } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import type { TranslationState } from "@/lib/workflow/states";

// The workspace page's state in the browser. What is saved comes from the server (page
// props, refreshed after every change) or from an action's answer, whichever is newer;
// what is typed and not saved lives here and in localStorage.

export type SavedText = Pick<WorkspaceRow, "version" | "state" | "text" | "ownWords" | "note" | "savedBy" | "savedAt" | "stamp">;
export type Conflict = { version: number; text: string; author: string | null; savedAt: string | null; mine: EditorPart[] };
export type Feedback = { kind: "ok" | "error"; message: string; problems: string[] };
// The server's checks as the last save answered them, for the version it saved: they count while
// that is still the saved version (someone else's newer save brings other text, checked anew).
export type ServerChecks = { version: number; checks: DescribedCheck[] };
// Error checks the translator is asked to override before submitting; `isMoving`: asked by
// Ctrl/Cmd+Enter, which then goes on to the next paragraph.
export type OverrideAsk = { checks: CheckId[]; isMoving: boolean };

export type RowWork = {
  parts: EditorPart[] | null; // null: nothing typed, the editor shows the saved text
  note: string | null; // the translator's note as typed; null: untouched, the field shows the saved one
  baseVersion: number; // the version `parts` started from
  offer: StoredDraft | null; // unsaved text found in this browser when the page loaded
  conflict: Conflict | null;
  feedback: Feedback | null;
  isBusy: boolean;
  serverChecks: ServerChecks | null;
  overrideAsk: OverrideAsk | null;
};

export type WorkspaceState = {
  saved: Record<string, SavedText>;
  work: Record<string, RowWork>;
  openKey: string | null;
  shown: TranslationState[];
  editors: EditorMark[];
  isStorageBroken: boolean;
};

export type WorkspaceAction =
  | { type: "server"; rows: WorkspaceRow[] }
  | { type: "open"; key: string | null }
  | { type: "edit"; key: string; parts: EditorPart[] }
  | { type: "edit-note"; key: string; note: string }
  | { type: "offers"; offers: Record<string, StoredDraft> }
  | { type: "take-offer"; key: string }
  | { type: "drop-offer"; key: string }
  | { type: "discard"; key: string }
  | { type: "busy"; key: string }
  | {
      type: "saved";
      key: string;
      saved: Partial<SavedText> & { version: number; state: TranslationState; stamp: number };
      keepParts: boolean;
      feedback: Feedback;
      serverChecks?: ServerChecks;
    }
  | { type: "ask-override"; key: string; ask: OverrideAsk | null }
  | { type: "conflict"; key: string; conflict: Conflict; feedback: Feedback }
  | { type: "feedback"; key: string; feedback: Feedback | null }
  | { type: "filter"; shown: TranslationState[] }
  | { type: "editors"; editors: EditorMark[] }
  | { type: "storage-broken" };

const IDLE: RowWork = { parts: null, note: null, baseVersion: 0, offer: null, conflict: null, feedback: null, isBusy: false, serverChecks: null, overrideAsk: null };

export function savedParts(row: Pick<WorkspaceRow, "quotes">, saved: SavedText): EditorPart[] {
  return editorPartsFrom(saved.text, row.quotes.map((quote) => quote.key), saved.ownWords);
}

export function savedNote(saved: SavedText): string {
  return saved.note ?? "";
}

// What the note field shows, and whether it differs from what is saved (blanks around it never count).
export function typedNote(work: RowWork, saved: SavedText): string {
  return work.note ?? savedNote(saved);
}

export function isNoteChanged(work: RowWork, saved: SavedText): boolean {
  return work.note !== null && work.note.trim() !== savedNote(saved).trim();
}

// Typed and not saved: the text, its quotation fields or the note.
export function isRowDirty(row: Pick<WorkspaceRow, "quotes">, work: RowWork, saved: SavedText): boolean {
  return (work.parts !== null && !sameContent(work.parts, savedParts(row, saved))) || isNoteChanged(work, saved);
}

export function initialState(rows: WorkspaceRow[], shown: TranslationState[], editors: EditorMark[]): WorkspaceState {
  return { saved: Object.fromEntries(rows.map((row) => [row.key, pickSaved(row)])), work: {}, openKey: null, shown, editors, isStorageBroken: false };
}

export function workOf(state: WorkspaceState, key: string): RowWork {
  return state.work[key] ?? { ...IDLE, baseVersion: state.saved[key]?.version ?? 0 };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  const patch = (key: string, change: Partial<RowWork>): WorkspaceState => ({
    ...state,
    work: { ...state.work, [key]: { ...workOf(state, key), ...change } },
  });
  switch (action.type) {
    case "server":
      return mergeServerRows(state, action.rows);
    case "open":
      return { ...state, openKey: action.key };
    case "edit": {
      const work = workOf(state, action.key);
      return patch(action.key, { parts: action.parts, baseVersion: isTyping(work) ? work.baseVersion : state.saved[action.key].version });
    }
    case "edit-note": {
      const work = workOf(state, action.key);
      return patch(action.key, { note: action.note, baseVersion: isTyping(work) ? work.baseVersion : state.saved[action.key].version });
    }
    case "offers":
      return {
        ...state,
        work: { ...state.work, ...Object.fromEntries(Object.entries(action.offers).map(([key, offer]) => [key, { ...workOf(state, key), offer }])) },
      };
    case "take-offer": {
      const offer = workOf(state, action.key).offer;
      return offer ? patch(action.key, { parts: offer.parts, note: offer.note ?? null, baseVersion: offer.baseVersion, offer: null }) : state;
    }
    case "drop-offer":
      return patch(action.key, { offer: null });
    case "discard":
      return patch(action.key, { parts: null, note: null, baseVersion: state.saved[action.key].version, conflict: null, feedback: null });
    case "busy":
      return patch(action.key, { isBusy: true, feedback: null });
    case "saved": {
      const known = state.saved[action.key];
      // a refresh may already have brought someone else's newer save: keep it
      const saved = known.stamp > action.saved.stamp ? known : { ...known, ...action.saved };
      const next = { ...state, saved: { ...state.saved, [action.key]: saved } };
      const work = workOf(state, action.key);
      const change = action.keepParts ? { baseVersion: saved.version } : { parts: null, note: null, baseVersion: saved.version };
      const serverChecks = action.serverChecks ?? work.serverChecks;
      return { ...next, work: { ...next.work, [action.key]: { ...work, ...change, serverChecks, conflict: null, isBusy: false, feedback: action.feedback } } };
    }
    case "conflict":
      // The translator has now seen the other text: their next save is a deliberate merge.
      return patch(action.key, { conflict: action.conflict, baseVersion: action.conflict.version, isBusy: false, feedback: action.feedback });
    case "feedback":
      return patch(action.key, { feedback: action.feedback, isBusy: false });
    case "ask-override":
      return patch(action.key, { overrideAsk: action.ask, isBusy: false });
    case "filter":
      return { ...state, shown: action.shown };
    case "editors":
      return { ...state, editors: action.editors };
    case "storage-broken":
      return { ...state, isStorageBroken: true };
  }
}

// Fresh rows from the server win over what the page knew, except for what is being typed:
// untouched editors follow the new text, edited ones keep theirs (a save will then show
// the conflict).
function mergeServerRows(state: WorkspaceState, rows: WorkspaceRow[]): WorkspaceState {
  const saved = { ...state.saved };
  const work = { ...state.work };
  for (const row of rows) {
    const known = saved[row.key];
    // a re-render started before our last change can arrive after its answer
    if (known && known.stamp > row.stamp) continue;
    const entry = work[row.key];
    if (entry && isTyping(entry) && known && entry.baseVersion === known.version && !isRowDirty(row, entry, known)) {
      work[row.key] = { ...entry, parts: null, note: null, baseVersion: row.version };
    }
    saved[row.key] = pickSaved(row);
  }
  return { ...state, saved, work };
}

function isTyping(work: RowWork): boolean {
  return work.parts !== null || work.note !== null;
}

function pickSaved(row: WorkspaceRow): SavedText {
  return { version: row.version, state: row.state, text: row.text, ownWords: row.ownWords, note: row.note, savedBy: row.savedBy, savedAt: row.savedAt, stamp: row.stamp };
}
