"use client";

import { useTranslations } from "next-intl";
import { DiffView } from "@/components/history/diff-view";
import { LocalTime } from "@/components/history/local-time";
import { MarkupText } from "@/components/history/markup-text";
import { editorPartsToMarkup } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import type { Conflict } from "@/lib/workspace/page-state";

// A refused save: their text (who, when), the text that was refused, and a word diff from
// theirs to it. The refused text stays in the editor below (and in this browser), so the
// translator merges there and saves after theirs; both end up in the history.
export function ConflictView({ conflict, row }: { conflict: Conflict; row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const { data, locale } = useWorkspace();
  const mine = editorPartsToMarkup(conflict.mine).text;
  return (
    <section className="ws-conflict" aria-labelledby={`conflict-${row.key}`} lang={locale} data-conflict={conflict.version}>
      <h3 id={`conflict-${row.key}`}>{t("conflictTitle")}</h3>
      <p>
        {t.rich("conflictExplained", {
          name: conflict.author ?? "—",
          version: conflict.version,
          time: () => (conflict.savedAt ? <LocalTime value={conflict.savedAt} /> : "—"),
        })}
      </p>
      <div className="ws-conflict-texts">
        <div data-conflict-side="theirs">
          <h4>{t("conflictTheirs", { name: conflict.author ?? "—", version: conflict.version })}</h4>
          <p lang={data.language} className="ws-unit">
            <MarkupText text={conflict.text} />
          </p>
        </div>
        <div data-conflict-side="mine">
          <h4>{t("conflictMine")}</h4>
          <p lang={data.language} className="ws-unit">
            <MarkupText text={mine} />
          </p>
        </div>
      </div>
      <h4>{t("conflictDiff")}</h4>
      <DiffView before={conflict.text} after={mine} language={data.language} label={t("conflictDiff")} />
      <p className="ws-hint">{t("conflictHowTo", { version: conflict.version + 1 })}</p>
    </section>
  );
}
