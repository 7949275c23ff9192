import { describe, expect, it } from "vitest";
import { editorPartsFrom } from "./editor-parts";
import { initialState, isRowDirty, workOf, workspaceReducer, type WorkspaceState } from "./page-state";
import type { WorkspaceRow } from "./workspace-row";

const row = (change: Partial<WorkspaceRow> = {}): WorkspaceRow => ({
  key: "p-one",
  kind: "paragraph",
  number: 1,
  source: "Premier paragraphe.",
  sourceHash: "hash",
  quotes: [],
  state: "draft",
  version: 1,
  text: "Первый абзац.",
  ownWords: {},
  note: null,
  savedBy: "Irina",
  savedAt: new Date(1000),
  lastDecision: null,
  pendingRequest: null,
  sourceChange: null,
  commentCount: 0,
  stamp: 1000,
  ...change,
});

const start = (): WorkspaceState => initialState([row()], ["draft"], []);

describe("the workspace page state", () => {
  it("keeps a submission's answer over a re-render that started before it", () => {
    let state = workspaceReducer(start(), {
      type: "saved",
      key: "p-one",
      keepParts: true,
      saved: { version: 1, state: "in-review", stamp: 3000 },
      feedback: { kind: "ok", message: "Submitted", problems: [] },
    });
    state = workspaceReducer(state, { type: "server", rows: [row({ stamp: 2000 })] });
    expect(state.saved["p-one"].state).toBe("in-review");
    state = workspaceReducer(state, { type: "server", rows: [row({ state: "changes-requested", stamp: 4000 })] });
    expect(state.saved["p-one"].state).toBe("changes-requested");
  });

  it("lets an untouched editor follow someone else's save, and keeps typed text when there is some", () => {
    const untouched = workspaceReducer(start(), { type: "edit", key: "p-one", parts: editorPartsFrom("Первый абзац.", []) });
    const followed = workspaceReducer(untouched, { type: "server", rows: [row({ version: 2, text: "Их текст.", stamp: 2000 })] });
    expect(workOf(followed, "p-one")).toMatchObject({ parts: null, baseVersion: 2 });

    const typed = workspaceReducer(start(), { type: "edit", key: "p-one", parts: editorPartsFrom("Мой текст.", []) });
    const kept = workspaceReducer(typed, { type: "server", rows: [row({ version: 2, text: "Их текст.", stamp: 2000 })] });
    expect(workOf(kept, "p-one")).toMatchObject({ baseVersion: 1, parts: [{ kind: "text", text: "Мой текст." }] });
  });

  it("after a conflict, keeps the refused text and bases the next save on the version now there", () => {
    const typed = workspaceReducer(start(), { type: "edit", key: "p-one", parts: editorPartsFrom("Мой текст.", []) });
    const conflict = { version: 2, text: "Их текст.", author: "Dmitri", savedAt: null, mine: editorPartsFrom("Мой текст.", []) };
    const state = workspaceReducer(typed, { type: "conflict", key: "p-one", conflict, feedback: { kind: "error", message: "", problems: [] } });
    expect(workOf(state, "p-one")).toMatchObject({ baseVersion: 2, conflict, parts: [{ kind: "text", text: "Мой текст." }] });
  });

  it("keeps the server's checks a save answered through the submission that follows, and asks for overrides until closed", () => {
    const checks = [{ id: "double-space" as const, severity: "warning" as const, message: "Two spaces." }];
    const feedback = { kind: "ok" as const, message: "", problems: [] };
    let state = workspaceReducer(start(), { type: "saved", key: "p-one", keepParts: false, saved: { version: 2, state: "draft", stamp: 2000 }, feedback, serverChecks: { version: 2, checks } });
    state = workspaceReducer(state, { type: "saved", key: "p-one", keepParts: true, saved: { version: 2, state: "in-review", stamp: 3000 }, feedback });
    expect(workOf(state, "p-one").serverChecks).toEqual({ version: 2, checks });
    state = workspaceReducer(state, { type: "busy", key: "p-one" });
    state = workspaceReducer(state, { type: "ask-override", key: "p-one", ask: { checks: ["mixed-script"], isMoving: true } });
    expect(workOf(state, "p-one")).toMatchObject({ overrideAsk: { checks: ["mixed-script"], isMoving: true }, isBusy: false });
    state = workspaceReducer(state, { type: "ask-override", key: "p-one", ask: null });
    expect(workOf(state, "p-one").overrideAsk).toBeNull();
  });

  it("counts a changed translator's note as unsaved work on its own, restores it with a browser copy, and forgets it once saved", () => {
    const dirty = (state: WorkspaceState) => isRowDirty(row(), workOf(state, "p-one"), state.saved["p-one"]);
    const noted = initialState([row({ note: "Наше примечание." })], ["draft"], []);
    expect(dirty(workspaceReducer(noted, { type: "edit-note", key: "p-one", note: "  Наше примечание. " }))).toBe(false);
    const typed = workspaceReducer(noted, { type: "edit-note", key: "p-one", note: "" });
    expect(dirty(typed)).toBe(true);
    expect(workOf(typed, "p-one")).toMatchObject({ parts: null, note: "", baseVersion: 1 });
    // a refresh with someone else's save keeps the typed note, and the base it was typed on
    const kept = workspaceReducer(typed, { type: "server", rows: [row({ version: 2, note: "Их примечание.", stamp: 2000 })] });
    expect(workOf(kept, "p-one")).toMatchObject({ note: "", baseVersion: 1 });

    const offer = { parts: editorPartsFrom("Первый абзац.", []), baseVersion: 1, savedAt: 5, note: "Из браузера." };
    let state = workspaceReducer(start(), { type: "offers", offers: { "p-one": offer } });
    state = workspaceReducer(state, { type: "take-offer", key: "p-one" });
    expect(workOf(state, "p-one")).toMatchObject({ note: "Из браузера.", offer: null });
    expect(dirty(state)).toBe(true);
    state = workspaceReducer(state, { type: "saved", key: "p-one", keepParts: false, saved: { version: 2, state: "draft", note: "Из браузера.", stamp: 3000 }, feedback: { kind: "ok", message: "", problems: [] } });
    expect(workOf(state, "p-one").note).toBeNull();
    expect(dirty(state)).toBe(false);
    expect(workOf(workspaceReducer(typed, { type: "discard", key: "p-one" }), "p-one").note).toBeNull();
  });
});
