"use client";

import { useTranslations } from "next-intl";
import { MarkupText } from "@/components/history/markup-text";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { DraftOffer } from "./draft-offer";
import { useWorkspace } from "./workspace-context";
import { workOf } from "@/lib/workspace/page-state";

// A closed paragraph: its latest text (as text, never HTML) and the way into it.
export function ReadView({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const { data, state, open, locale } = useWorkspace();
  const saved = state.saved[row.key];
  const work = workOf(state, row.key);
  const isOpen = state.openKey === row.key;
  return (
    <div className="ws-read">
      {saved.text !== null ? (
        <p className={row.kind === "heading" ? "ws-unit ws-unit-heading" : "ws-unit"}>
          <MarkupText text={saved.text} />
        </p>
      ) : (
        <p className="notice" lang={locale}>
          {t("notTranslated")}
        </p>
      )}
      {work.offer && data.viewer.canEdit ? <DraftOffer row={row} /> : null}
      {isOpen ? null : (
        <button type="button" className="ws-button-secondary ws-open" lang={locale} onClick={() => open(row.key)} data-open-button="">
          {data.viewer.canEdit ? t("edit", { number: row.number }) : t("view", { number: row.number })}
        </button>
      )}
    </div>
  );
}
