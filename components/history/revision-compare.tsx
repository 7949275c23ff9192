"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { HistoryRevision } from "@/lib/translations/get-paragraph-history";
import { DiffView } from "./diff-view";
import "./history.css";

type RevisionCompareProps = {
  revisions: HistoryRevision[]; // newest first
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
  language: string;
};

// Any two revisions side by side as a word diff.
export function RevisionCompare({ revisions, from, to, onChange, language }: RevisionCompareProps) {
  const t = useTranslations("History");
  const id = useId();
  const before = revisions.find((revision) => revision.version === from);
  const after = revisions.find((revision) => revision.version === to);
  const select = (which: "from" | "to", value: number) => (
    <div className="history-compare-field">
      <label htmlFor={`${id}-${which}`}>{t(which === "from" ? "compareFrom" : "compareTo")}</label>
      <select id={`${id}-${which}`} value={value} onChange={(event) => onChange({ from, to, [which]: Number(event.target.value) })}>
        {revisions.map((revision) => (
          <option key={revision.version} value={revision.version}>
            {t("versionOption", { version: revision.version, author: revision.author.name })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="history-compare" role="group" aria-labelledby={`${id}-title`} data-compare={`${from}-${to}`}>
      <p id={`${id}-title`} className="history-compare-title">
        {t("compareTitle")}
      </p>
      <div className="history-compare-fields">
        {select("from", from)}
        {select("to", to)}
      </div>
      {before && after ? <DiffView before={before.text} after={after.text} language={language} label={t("diffLabel", { from, to })} /> : null}
    </div>
  );
}
