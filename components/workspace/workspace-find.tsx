"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { findParagraphs } from "@/lib/workspace/find-paragraphs";
import { useWorkspace } from "./workspace-context";

// Find in the workspace: over the page's own state (source and saved translation of every
// paragraph), nothing asked of the server; a result opens its paragraph.
export function WorkspaceFind() {
  const t = useTranslations("Workspace");
  const { data, state, open } = useWorkspace();
  const [query, setQuery] = useState("");
  const inputId = useId();
  const rows = data.rows.map((row) => ({ key: row.key, number: row.number, source: row.source, target: state.saved[row.key]?.text ?? null }));
  const languages = { source: data.report.sourceLanguage, target: data.language };
  const matches = findParagraphs(rows, query, languages);
  const hasQuery = query.trim() !== "";
  return (
    <div className="ws-find" role="search" aria-label={t("findLabel")}>
      <label htmlFor={inputId}>{t("findLabel")}</label>{" "}
      <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      <p className="ws-hint" role="status" aria-live="polite">
        {hasQuery ? t("findCount", { count: matches.length, query: query.trim() }) : null}
      </p>
      {matches.length > 0 ? (
        <ul className="ws-find-results">
          {matches.map((match) => (
            <li key={match.key} data-find-result={match.key}>
              <button type="button" className="ws-link-button" onClick={() => open(match.key)}>
                {t("findMatch", { number: match.number, side: match.side })}
              </button>{" "}
              <span lang={languages[match.side]}>{match.excerpt}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
