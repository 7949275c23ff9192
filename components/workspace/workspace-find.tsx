"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { findParagraphs } from "@/lib/workspace/find-paragraphs";
import { formatShown } from "./shown-states";
import { workspacePageHref } from "./page-href";
import { useWorkspace } from "./workspace-context";

// Find in the workspace. A report on one page: over the page's own state (source and saved
// translation of every paragraph), nothing asked of the server, as one types. A report shown a
// page at a time (issue 14): a GET form the server answers over every paragraph (?find=,
// lib/workspace/find-in-report.ts). Either way a result on this page opens its paragraph; one on
// another page is a link to it there.
export function WorkspaceFind() {
  const t = useTranslations("Workspace");
  const { data, state, open, locale } = useWorkspace();
  const [query, setQuery] = useState(data.find?.query ?? "");
  const inputId = useId();
  const languages = { source: data.report.sourceLanguage, target: data.language };
  const isPaged = data.window.pageCount > 1;
  const onPage = new Set(data.rows.map((row) => row.key));
  const rows = data.rows.map((row) => ({ key: row.key, number: row.number, source: row.source, target: state.saved[row.key]?.text ?? null }));
  const matches = isPaged ? (data.find?.matches ?? []) : findParagraphs(rows, query, languages).map((match) => ({ ...match, page: 1 }));
  const searched = isPaged ? (data.find?.query ?? "") : query.trim();
  const base = { locale, slug: data.report.slug, language: data.language, shown: state.shown };
  const input = <input id={inputId} name="find" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />;
  return (
    <div className="ws-find" role="search" aria-label={t("findLabel")}>
      {isPaged ? (
        <form method="get" action={`/${locale}/translate/${data.report.slug}/${data.language}`}>
          <label htmlFor={inputId}>{t("findLabel")}</label> {input}
          <input type="hidden" name="page" value={data.window.page} />
          <input type="hidden" name="show" value={formatShown(state.shown)} />{" "}
          <button type="submit" className="ws-button-secondary">
            {t("findWholeButton")}
          </button>
          <p className="ws-hint">{t("findWholeHint")}</p>
        </form>
      ) : (
        <>
          <label htmlFor={inputId}>{t("findLabel")}</label> {input}
        </>
      )}
      <p className="ws-hint" role="status" aria-live="polite">
        {searched !== "" ? t("findCount", { count: isPaged ? (data.find?.total ?? 0) : matches.length, query: searched }) : null}
      </p>
      {matches.length > 0 ? (
        <ul className="ws-find-results">
          {matches.map((match) => (
            <li key={match.key} data-find-result={match.key}>
              {onPage.has(match.key) ? (
                <button type="button" className="ws-link-button" onClick={() => open(match.key)}>
                  {t("findMatch", { number: match.number, side: match.side })}
                </button>
              ) : (
                <a href={workspacePageHref(base, { page: match.page, find: searched }, match.key)}>
                  {t("findMatch", { number: match.number, side: match.side })} ({t("findOtherPage", { page: match.page })})
                </a>
              )}{" "}
              <span lang={languages[match.side]}>{match.excerpt}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {isPaged && data.find && data.find.total > matches.length ? <p className="ws-hint">{t("findMore", { count: data.find.total - matches.length })}</p> : null}
    </div>
  );
}
