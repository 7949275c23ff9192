"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAX_TRANSLATION_LENGTH } from "@/lib/translations/validate-text";
import { editorPartsToMarkup } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { canTransition } from "@/lib/workflow/states";
import { ConflictView } from "./conflict-view";
import { EditorNotices } from "./editor-notices";
import { FeedbackMessage } from "./feedback-message";
import { ParagraphTextEditor } from "./paragraph-text-editor";
import { ChecksPanel } from "./checks-panel";
import { OverrideDialog } from "./override-dialog";
import { TranslatorNoteField } from "./translator-note-field";
import { useWorkspace } from "./workspace-context";
import { isRowDirty, savedParts, workOf } from "@/lib/workspace/page-state";

// The open paragraph, for a translator of its language.
export function ParagraphEditor({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const { data, state, edit, save, saveAndSubmit, open, dispatch, storage, locale } = useWorkspace();
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  const saved = state.saved[row.key];
  const work = workOf(state, row.key);
  const stored = savedParts(row, saved);
  const parts = work.parts ?? stored;
  const isDirty = isRowDirty(row, work, saved);
  const length = editorPartsToMarkup(parts).text.length;
  const canSubmit = isDirty || canTransition(saved.state, "submit");
  // the error checks the translator is asked to override (by the submit button or Ctrl/Cmd+Enter)
  const toOverride = work.overrideAsk;
  const closeAsk = () => dispatch({ type: "ask-override", key: row.key, ask: null });

  const discard = () => {
    storage.clear(row.key);
    dispatch({ type: "discard", key: row.key });
    setIsConfirmingDiscard(false);
  };

  return (
    <div className="ws-editor" data-dirty={isDirty ? "true" : "false"} aria-busy={work.isBusy}>
      <EditorNotices row={row} isDirty={isDirty} />
      {work.conflict ? <ConflictView conflict={work.conflict} row={row} /> : null}
      <ParagraphTextEditor row={row} parts={parts} language={data.language} isReadOnly={work.offer !== null} onChange={(next) => edit(row.key, next)} />
      <TranslatorNoteField row={row} isReadOnly={work.offer !== null} />
      <ChecksPanel row={row} parts={parts} server={!isDirty && work.serverChecks?.version === saved.version ? work.serverChecks.checks : null} />
      <div className="ws-editor-actions" lang={locale}>
        <button type="button" onClick={() => void save(row.key)} disabled={work.isBusy || work.offer !== null}>
          {t("save")}
        </button>
        <button type="button" onClick={() => void saveAndSubmit(row.key)} disabled={work.isBusy || work.offer !== null || !canSubmit}>
          {isDirty ? t("saveAndSubmit") : t("submit")}
        </button>
        {isDirty && !isConfirmingDiscard ? (
          <button type="button" className="ws-button-secondary" onClick={() => setIsConfirmingDiscard(true)}>
            {t("discard")}
          </button>
        ) : null}
        {isConfirmingDiscard ? (
          <span className="ws-confirm" role="group" aria-label={t("discardConfirm")}>
            {t("discardConfirm")}{" "}
            <button type="button" className="ws-button-danger" onClick={discard}>
              {t("discardYes")}
            </button>{" "}
            <button type="button" className="ws-button-secondary" onClick={() => setIsConfirmingDiscard(false)}>
              {t("discardNo")}
            </button>
          </span>
        ) : null}
        <button type="button" className="ws-button-secondary" onClick={() => open(null)}>
          {t("close")}
        </button>
        <span className={`ws-length${length > MAX_TRANSLATION_LENGTH ? " is-over" : ""}`}>
          {t("length", { length, max: MAX_TRANSLATION_LENGTH })}
        </span>
      </div>
      {toOverride ? (
        <OverrideDialog
          checks={toOverride.checks}
          onCancel={closeAsk}
          onSubmit={(overrides) => {
            closeAsk();
            void saveAndSubmit(row.key, overrides, toOverride.isMoving);
          }}
        />
      ) : null}
      <FeedbackMessage feedback={work.feedback} />
    </div>
  );
}
