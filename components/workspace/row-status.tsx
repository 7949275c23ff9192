"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/history/local-time";
import { sameContent } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { STATE_ICONS } from "@/components/states/state-icons";
import { useWorkspace } from "./workspace-context";
import { savedParts, workOf } from "@/lib/workspace/page-state";

// The translation's state in words, who saved it last, and who is on it right now.
export function RowStatus({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const ts = useTranslations("Status");
  const { data, state, locale } = useWorkspace();
  const saved = state.saved[row.key];
  const work = workOf(state, row.key);
  const isDirty = work.parts !== null && !sameContent(work.parts, savedParts(row, saved));
  // an open editor says it at more length (EditorNotices)
  const isEditing = state.openKey === row.key && data.viewer.canEdit;
  const others = isEditing ? [] : state.editors.filter((mark) => mark.paragraphKey === row.key);
  return (
    <div className="ws-status" lang={locale}>
      <p className={`status status-${saved.state}`} data-status={saved.state}>
        <span aria-hidden="true" className="status-icon">
          {STATE_ICONS[saved.state]}
        </span>{" "}
        <strong>{ts(saved.state)}</strong>
        {saved.version > 0 && saved.savedBy && saved.savedAt ? (
          <span className="status-detail">
            {" · "}
            {t.rich("savedBy", { version: saved.version, name: saved.savedBy, time: () => <LocalTime value={saved.savedAt!} /> })}
          </span>
        ) : null}
        {row.commentCount > 0 ? <span className="status-detail"> · {t("commentCount", { count: row.commentCount })}</span> : null}
      </p>
      {isDirty ? (
        <p className="ws-badge ws-badge-unsaved" data-unsaved="">
          <span aria-hidden="true">●</span> {t("unsavedChanges")}
        </p>
      ) : null}
      {others.map((mark) => (
        <p key={mark.userId} className="ws-badge ws-badge-presence" data-presence={mark.userId}>
          <span aria-hidden="true">✎</span> {t.rich("editingNow", { name: mark.name, time: () => <LocalTime value={mark.since} /> })}
        </p>
      ))}
    </div>
  );
}
