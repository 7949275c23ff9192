"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { HeartbeatResult } from "@/lib/presence/heartbeat";
import type { EditorPart } from "@/lib/workspace/editor-parts";
import { sameContent } from "@/lib/workspace/editor-parts";
import type { WorkspaceData } from "@/lib/workspace/get-workspace";
import type { TranslationState } from "@/lib/workflow/states";
import type { OverrideInput } from "@/lib/checks/overrides";
import type { WorkspaceServerActions } from "./action-types";
import { useDraftStorage } from "./use-draft-storage";
import { useLeaveWarning } from "./use-leave-warning";
import { usePresence } from "./use-presence";
import { useShortcuts } from "./use-shortcuts";
import { useWorkspaceActions } from "./use-workspace-actions";
import { WorkspaceContext } from "./workspace-context";
import { WorkspaceRows } from "./workspace-rows";
import { initialState, isRowDirty, savedParts, workOf, workspaceReducer } from "@/lib/workspace/page-state";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { WorkspacePager } from "./workspace-pager";
import { workspacePageHref } from "./page-href";
import { unpackOutline } from "@/lib/workspace/workspace-window";

type WorkspaceProps = { data: WorkspaceData; locale: string; shown: TranslationState[]; actions: WorkspaceServerActions };

// The translator's page, in the browser: state, shortcuts, presence and the browser copy
// of unsaved text, around the aligned rows.
export function Workspace({ data, locale, shown, actions }: WorkspaceProps) {
  const t = useTranslations("Workspace");
  const router = useRouter();
  const { report, language, viewer, rows } = data;
  const [state, dispatch] = useReducer(workspaceReducer, null, () => initialState(rows, shown, data.editors));
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const [announcement, setAnnouncement] = useState("");
  const storage = useDraftStorage({ userId: viewer.id, slug: report.slug, language });
  const outline = useMemo(() => unpackOutline(data.outline), [data.outline]);

  useEffect(() => dispatch({ type: "server", rows }), [rows]);

  // Unsaved text left in this browser by an earlier visit (a reload, a crash) is offered back.
  useEffect(() => {
    const offers = Object.fromEntries(
      rows.flatMap((row) => {
        const draft = storage.read(row.key);
        if (!draft) return [];
        const isSameNote = draft.note === undefined || draft.note.trim() === (row.note ?? "").trim();
        if (draft.baseVersion === row.version && sameContent(draft.parts, savedParts(row, row)) && isSameNote) {
          storage.clear(row.key);
          return [];
        }
        return [[row.key, draft]];
      }),
    );
    if (Object.keys(offers).length > 0) dispatch({ type: "offers", offers });
    // only what was there when the page loaded: later typing is this page's own
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storage]);

  const { save, submit, saveAndSubmit, restore } = useWorkspaceActions({
    locale, slug: report.slug, language, viewerName: viewer.name, rows, outline, checks: data.checks, stateRef, dispatch, storage, actions,
  });

  // The open paragraph is kept in the address (#key), so a reload or a shared link opens it.
  const open = (key: string | null) => {
    dispatch({ type: "open", key });
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${key ? `#${key}` : ""}`);
  };
  useEffect(() => {
    const key = decodeURIComponent(window.location.hash.slice(1)) || data.window.atKey;
    if (rows.some((row) => row.key === key)) dispatch({ type: "open", key });
    // A long report's page (issue 14) is kept in the address, so a refresh (presence, a newer
    // version) re-renders this page even after "continue" would point elsewhere.
    const query = new URLSearchParams(window.location.search);
    if (data.window.pageCount > 1 && !query.has("page") && !query.has("at")) {
      query.set("page", String(data.window.page));
      window.history.replaceState(null, "", `?${query.toString().replaceAll("%2C", ",")}${window.location.hash}`);
    }
    // only the address the page was loaded with
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The browser copy holds the text and the note together, whichever was typed last.
  const keepDraft = (key: string, change: { parts?: EditorPart[]; note?: string }) => {
    const current = stateRef.current;
    const work = workOf(current, key);
    const saved = current.saved[key];
    const baseVersion = work.parts !== null || work.note !== null ? work.baseVersion : saved.version;
    const parts = change.parts ?? work.parts ?? savedParts(rows.find((row) => row.key === key)!, saved);
    const note = change.note ?? work.note;
    if (!storage.write(key, { parts, baseVersion, savedAt: Date.now(), ...(note !== null ? { note } : {}) })) dispatch({ type: "storage-broken" });
  };
  const edit = (key: string, parts: EditorPart[]) => {
    dispatch({ type: "edit", key, parts });
    keepDraft(key, { parts });
  };
  const editNote = (key: string, note: string) => {
    dispatch({ type: "edit-note", key, note });
    keepDraft(key, { note });
  };

  const hasUnsaved = rows.some((row) => isRowDirty(row, workOf(state, row.key), state.saved[row.key]));
  useLeaveWarning(hasUnsaved, t("leaveWarning"));

  const visible = rows.filter((row) => state.shown.includes(state.saved[row.key].state) || row.key === state.openKey);
  const move = (delta: -1 | 1) => {
    const focused = document.activeElement?.closest<HTMLElement>("[data-paragraph]")?.dataset.paragraph ?? null;
    const from = visible.findIndex((row) => row.key === (state.openKey ?? focused));
    const target = visible[from === -1 ? (delta === 1 ? 0 : visible.length - 1) : from + delta];
    if (target) open(target.key);
  };

  useShortcuts({
    save: () => (state.openKey && viewer.canEdit ? void save(state.openKey) : setAnnouncement(t("openFirst"))),
    saveAndSubmit: () => (state.openKey && viewer.canEdit ? void saveAndSubmitAndMove(state.openKey) : setAnnouncement(t("openFirst"))),
    move,
  });

  // Ctrl/Cmd+Enter: the translator's flow, from one paragraph to the next needing work.
  async function saveAndSubmitAndMove(key: string, overrides?: OverrideInput[]) {
    const { ok, next } = await saveAndSubmit(key, overrides, true);
    if (!ok) return;
    const number = (paragraph: string) => outline.find((row) => row.key === paragraph)?.number ?? 0;
    setAnnouncement(next ? t("submittedNext", { number: number(key), next: number(next) }) : t("submittedLast", { number: number(key) }));
    if (next && rows.some((row) => row.key === next)) open(next);
    // on another page of a long report: that page, opened there (the browser asks first if
    // another paragraph of this page has unsaved typing)
    else if (next) window.location.assign(workspacePageHref({ locale, slug: report.slug, language, shown: state.shown }, { at: number(next) }, next));
  }

  usePresence(`/${locale}/translate/${report.slug}/${language}/presence`, viewer.canEdit ? state.openKey : null, (result: HeartbeatResult) => {
    dispatch({ type: "editors", editors: result.editors });
    const known = stateRef.current.saved;
    if (Object.entries(result.versions).some(([key, version]) => known[key] && version > known[key].version)) router.refresh();
  });

  return (
    <WorkspaceContext.Provider
      value={{ data, outline, locale, state, dispatch, storage, serverActions: actions, open, save, submit, saveAndSubmit: async (key, overrides, isMoving) => void (await (isMoving ? saveAndSubmitAndMove(key, overrides) : saveAndSubmit(key, overrides))), restore, edit, editNote }}
    >
      <WorkspaceToolbar visibleCount={visible.length} />
      <WorkspacePager placement="top" />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <WorkspaceRows rows={visible} />
      <WorkspacePager placement="bottom" />
    </WorkspaceContext.Provider>
  );
}
