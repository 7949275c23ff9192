"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import "./history.css";
import { HistoryEntry } from "./history-entry";
import { RevisionCompare } from "./revision-compare";
import { timeline } from "./timeline";

export type HistoryPanelProps = {
  history: ParagraphHistory;
  // the translation's language, for its text
  language: string;
  // absent: no restore buttons (a reviewer's view)
  onRestore?: (version: number) => void;
  // why restoring is not possible right now (unsaved edits, a save under way)
  restoreBlockedReason?: string | null;
  headingLevel?: 2 | 3 | 4;
};

// Every revision (author, time, text) and every state change (who, when, comment), newest
// first, with a word diff between any two revisions. Nothing here is ever deleted.
export function HistoryPanel({ history, language, onRestore, restoreBlockedReason, headingLevel = 3 }: HistoryPanelProps) {
  const t = useTranslations("History");
  const latest = history.revisions[0]?.version ?? 0;
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const shown = range ?? { from: Math.max(1, latest - 1), to: latest };
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="history" aria-label={t("title")}>
      <Heading className="tools-heading">{t("title")}</Heading>
      {history.revisions.length === 0 ? <p className="history-empty">{t("empty")}</p> : null}
      {history.revisions.length > 1 ? (
        <RevisionCompare revisions={history.revisions} from={shown.from} to={shown.to} onChange={setRange} language={language} />
      ) : null}
      {restoreBlockedReason && onRestore ? <p className="history-note">{restoreBlockedReason}</p> : null}
      <ol className="history-list">
        {timeline(history).map((entry) => (
          <HistoryEntry
            key={entry.key}
            entry={entry}
            language={language}
            isLatest={entry.kind === "revision" && entry.revision.version === latest}
            onCompare={(version) => setRange({ from: version - 1, to: version })}
            onRestore={onRestore && !restoreBlockedReason ? onRestore : undefined}
          />
        ))}
      </ol>
    </section>
  );
}
