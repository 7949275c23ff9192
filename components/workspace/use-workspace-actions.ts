"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { Dispatch, RefObject } from "react";
import type { HistoryRevision } from "@/lib/translations/get-paragraph-history";
import { checkEditorParts } from "@/lib/workspace/editor-checks";
import { editorPartsToMarkup, sameContent } from "@/lib/workspace/editor-parts";
import { liveOutline, type OutlineRow } from "@/lib/workspace/workspace-window";
import { nextNeedingWork } from "@/lib/workspace/needs-work";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { canTransition, type TranslationState } from "@/lib/workflow/states";
import type { CheckFinding, CheckId } from "@/lib/checks";
import { blockingErrors } from "@/lib/checks/findings";
import type { ReportChecks } from "@/lib/checks/load-check-context";
import type { OverrideInput } from "@/lib/checks/overrides";
import { editorFindings } from "@/lib/workspace/editor-findings";
import type { WorkspaceServerActions } from "./action-types";
import { useDescribeProblem } from "./describe-problems";
import type { DraftStorage } from "./use-draft-storage";
import { isRowDirty, savedParts, typedNote, workOf, type WorkspaceAction, type WorkspaceState } from "@/lib/workspace/page-state";
import { insertionsFor } from "./memory-insertions";

type Outcome = { ok: true; version: number; state: TranslationState } | { ok: false; blocked?: CheckId[] };

type Options = {
  locale: string;
  slug: string;
  language: string;
  viewerName: string;
  rows: WorkspaceRow[];
  // the whole report's paragraphs (the page's rows are one page of a long report, issue 14)
  outline: OutlineRow[];
  checks: ReportChecks;
  stateRef: RefObject<WorkspaceState>;
  dispatch: Dispatch<WorkspaceAction>;
  storage: DraftStorage;
  actions: WorkspaceServerActions;
};

// Save, submit, save-submit-and-next, restore: each one server action, its answer folded
// into the page state, and the browser copy of unsaved text kept in step.
export function useWorkspaceActions({ locale, slug, language, viewerName, rows, outline, checks, stateRef, dispatch, storage, actions }: Options) {
  const { saveParagraph, submitParagraph, restoreParagraphRevision } = actions;
  const t = useTranslations("Workspace");
  const ts = useTranslations("Status");
  const { describe, describeServer } = useDescribeProblem();
  const router = useRouter();
  const ref = (paragraphKey: string) => ({ locale, slug, language, paragraphKey });
  const rowOf = (key: string) => rows.find((row) => row.key === key)!;
  const error = (message: string, problems: string[] = []) => ({ kind: "error" as const, message, problems });

  async function save(key: string): Promise<Outcome> {
    const state = stateRef.current;
    const row = rowOf(key);
    const saved = state.saved[key];
    const work = workOf(state, key);
    if (work.isBusy) return { ok: false };
    if (!isRowDirty(row, work, saved)) {
      dispatch({ type: "feedback", key, feedback: { kind: "ok", message: t("nothingToSave"), problems: [] } });
      return { ok: true, version: saved.version, state: saved.state };
    }
    // the text and the note are one revision: a changed note alone is saved too
    const parts = work.parts ?? savedParts(row, saved);
    const note = typedNote(work, saved);
    const problems = checkEditorParts(parts, row.quotes.map((quote) => quote.key));
    if (problems.length > 0) {
      dispatch({ type: "feedback", key, feedback: error(t("notSaved"), problems.map((problem) => describe(problem, row.quotes))) });
      return { ok: false };
    }
    dispatch({ type: "busy", key });
    const result = await saveParagraph({ ...ref(key), parts, baseVersion: work.baseVersion, memoryInserted: insertionsFor(slug, language, key), translatorNote: note });
    if (result.ok) {
      const { version, state: to, at } = result.data;
      const { text, quoteOrigins } = editorPartsToMarkup(parts);
      const since = workOf(stateRef.current, key);
      const keepParts = (since.parts !== null && !sameContent(since.parts, parts)) || (since.note !== null && since.note !== note);
      const noteSince = since.note !== null ? { note: since.note } : {};
      if (keepParts) storage.write(key, { parts: since.parts ?? parts, baseVersion: version, savedAt: Date.now(), ...noteSince });
      else storage.clear(key);
      dispatch({
        type: "saved",
        key,
        keepParts,
        saved: { version, state: to, text, ownWords: Object.fromEntries(quoteOrigins.map((origin) => [origin.quoteKey, origin.note])), note: note.trim() || null, savedBy: viewerName, savedAt: new Date(), stamp: at },
        feedback: { kind: "ok", message: t("saved", { version }), problems: [] },
        serverChecks: { version, checks: result.data.checks },
      });
      return { ok: true, version, state: to };
    }
    if (result.code === "conflict") {
      const details = result.details as { currentVersion: number; currentText: string; currentAuthor: string | null; currentSavedAt: string | null };
      dispatch({
        type: "conflict",
        key,
        conflict: { version: details.currentVersion, text: details.currentText, author: details.currentAuthor, savedAt: details.currentSavedAt, mine: parts },
        feedback: error(t("conflictNotSaved")),
      });
      router.refresh();
      return { ok: false };
    }
    dispatch({ type: "feedback", key, feedback: error(result.message, describeServer(result.details, result.problems, row.quotes)) });
    return { ok: false };
  }

  async function submit(key: string, version: number, overrides?: OverrideInput[]): Promise<Outcome> {
    dispatch({ type: "busy", key });
    const result = await submitParagraph({ ...ref(key), version, ...(overrides?.length ? { overrides } : {}) });
    if (!result.ok) {
      // the server's checks found an error not overridden (the browser's run may be behind): asked like the browser's
      const found = Array.isArray(result.details.checks) ? (result.details.checks as CheckFinding[]) : [];
      const blocked = result.code === "invalid" ? blockingErrors(found, overrides ?? []) : [];
      if (blocked.length > 0) return { ok: false, blocked };
      dispatch({ type: "feedback", key, feedback: error(result.message, describeServer(result.details, result.problems, rowOf(key).quotes)) });
      if (result.code === "conflict") router.refresh();
      return { ok: false };
    }
    const submitted = { version: result.data.version, state: result.data.state, stamp: result.data.at };
    dispatch({ type: "saved", key, keepParts: true, saved: submitted, feedback: { kind: "ok", message: t("submitted"), problems: [] } });
    return { ok: true, version: submitted.version, state: submitted.state };
  }

  // Saves (if anything changed) and submits; answers the next paragraph needing work. An error
  // not overridden asks for the override dialog instead, whether the browser's run of the text
  // finds it first (nothing saved) or the server's at submission: the button and Ctrl/Cmd+Enter alike.
  async function saveAndSubmit(key: string, overrides?: OverrideInput[], isMoving = false): Promise<{ ok: boolean; next: string | null }> {
    const ask = (blocked: CheckId[]) => {
      dispatch({ type: "ask-override", key, ask: { checks: blocked, isMoving } });
      return { ok: false, next: null };
    };
    const stored = savedParts(rowOf(key), stateRef.current.saved[key]);
    const typed = workOf(stateRef.current, key).parts ?? stored;
    const isSubmitting = !sameContent(typed, stored) || stateRef.current.saved[key].state !== "in-review";
    const found = isSubmitting ? blockingErrors(editorFindings(checks, rowOf(key), typed), overrides ?? []) : [];
    if (found.length > 0) return ask(found);
    const saved = await save(key);
    if (!saved.ok) return { ok: false, next: null };
    if (saved.state !== "in-review") {
      if (!canTransition(saved.state, "submit")) {
        dispatch({ type: "feedback", key, feedback: error(t("cannotSubmit", { state: ts(saved.state) })) });
        return { ok: false, next: null };
      }
      const submitted = await submit(key, saved.version, overrides);
      if (!submitted.ok) return submitted.blocked ? ask(submitted.blocked) : { ok: false, next: null };
    }
    const states = liveOutline(outline, stateRef.current.saved).map((row) => (row.key === key ? { ...row, state: "in-review" as const } : row));
    return { ok: true, next: nextNeedingWork(states, key, { after: true }) };
  }

  async function restore(key: string, revision: HistoryRevision): Promise<void> {
    const saved = stateRef.current.saved[key];
    dispatch({ type: "busy", key });
    const result = await restoreParagraphRevision({ ...ref(key), version: revision.version, baseVersion: saved.version });
    if (!result.ok) {
      dispatch({ type: "feedback", key, feedback: error(result.message, describeServer(result.details, result.problems, rowOf(key).quotes)) });
      if (result.code === "conflict") router.refresh();
      return;
    }
    const ownWords = Object.fromEntries(revision.ownWords.map((origin) => [origin.quoteKey, origin.note]));
    dispatch({
      type: "saved",
      key,
      keepParts: false,
      saved: { version: result.data.version, state: result.data.state, stamp: result.data.at, text: revision.text, ownWords, note: revision.translatorNote, savedBy: viewerName, savedAt: new Date() },
      feedback: { kind: "ok", message: t("restored", { from: revision.version, version: result.data.version }), problems: [] },
    });
  }

  return { save, submit, saveAndSubmit, restore };
}
