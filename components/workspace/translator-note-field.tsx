"use client";

import { useTranslations } from "next-intl";
import { MAX_TRANSLATOR_NOTE_LENGTH } from "@/lib/translations/validate-text";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { typedNote, workOf } from "@/lib/workspace/page-state";
import { useWorkspace } from "./workspace-context";

// The translator's note readers see beside the paragraph, marked as ours: plain text, saved
// and reviewed with the text (one revision), kept in the browser copy like it.
export function TranslatorNoteField({ row, isReadOnly }: { row: WorkspaceRow; isReadOnly: boolean }) {
  const t = useTranslations("Workspace");
  const { data, state, editNote, locale } = useWorkspace();
  const note = typedNote(workOf(state, row.key), state.saved[row.key]);
  const id = `ws-note-${row.key}`;
  return (
    <div className="ws-translator-note" lang={locale}>
      <label htmlFor={id}>{t("translatorNoteLabel")}</label>
      <p id={`${id}-help`} className="ws-help">
        {t("translatorNoteHelp", { max: MAX_TRANSLATOR_NOTE_LENGTH })}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-help`}
        // written in the translation's language, as readers will read it
        lang={data.language}
        value={note}
        maxLength={MAX_TRANSLATOR_NOTE_LENGTH}
        rows={2}
        readOnly={isReadOnly}
        onChange={(event) => editNote(row.key, event.target.value)}
      />
    </div>
  );
}
