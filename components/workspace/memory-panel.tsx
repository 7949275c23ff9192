"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { WordDiffView } from "@/components/review/word-diff-view";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import { mapMatchQuotes } from "@/lib/memory/map-quotes";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { editorPartsFrom } from "@/lib/workspace/editor-parts";
import { workOf } from "@/lib/workspace/page-state";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { MemorySearch } from "./memory-search";
import { rememberInsertion } from "./memory-insertions";
import { useMemoryMatches, type PanelMatch } from "./use-memory-matches";
import { useWorkspace } from "./workspace-context";
import "./memory.css";

const plain = (markup: string) => plainText(parseInlineMarkup(markup).segments);

// The translation memory beside the open paragraph: up to five matches (score or "in context",
// the stored source against today's as a word diff, who approved it and when), each inserted
// by its button or Alt+1…5, and a concordance search.
export function MemoryPanel({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Memory");
  const format = useFormatter();
  const { data, state, edit, locale } = useWorkspace();
  const loaded = useMemoryMatches(data.language, row.source, data.report.slug, row.key);
  const [notice, setNotice] = useState("");
  const canInsert = data.viewer.canEdit && workOf(state, row.key).offer === null;
  const matches = useMemo(() => (loaded.status === "ready" ? loaded.value : []), [loaded]);

  const insert = (match: PanelMatch, number: number) => {
    const keys = row.quotes.map((quote) => quote.key);
    const mapped = mapMatchQuotes(match.target, keys);
    edit(row.key, editorPartsFrom(mapped.markup, keys, row.ownWords));
    rememberInsertion(data.report.slug, data.language, row.key, match.target);
    setNotice(mapped.mapping === "none" && keys.length > 0 ? t("insertedPlain", { number }) : t("inserted", { number }));
  };
  const insertRef = useRef(insert);
  useEffect(() => {
    insertRef.current = insert;
  });
  useEffect(() => {
    if (!canInsert) return;
    const onKey = (event: KeyboardEvent) => {
      // event.code, not key: Alt+digit types another character on some layouts (macOS).
      const digit = /^Digit([1-5])$/.exec(event.code);
      if (!digit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const index = Number(digit[1]) - 1;
      if (!matches[index]) return;
      event.preventDefault();
      insertRef.current(matches[index], index + 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canInsert, matches]);

  const scoreLabel = (match: PanelMatch) => {
    const percent = Math.round(match.score * 100);
    if (match.kind === "sentences") return t("scoreSentences", { percent, matched: match.sentences?.length ?? 0, count: match.sentenceCount ?? 0 });
    return match.inContext ? t("scoreInContext", { percent }) : t("score", { percent });
  };

  return (
    <section className="ws-memory" aria-labelledby={`memory-${row.key}`} lang={locale} data-testid="memory-panel">
      <h3 id={`memory-${row.key}`}>{t("heading")}</h3>
      <p className="visually-hidden" role="status" aria-live="polite">{notice}</p>
      {notice ? <p className="ws-memory-notice" aria-hidden="true">{notice}</p> : null}
      {loaded.status === "loading" ? <p className="ws-loading">{t("loading")}</p> : null}
      {loaded.status === "failed" ? <p role="alert">{loaded.message}</p> : null}
      {loaded.status === "ready" && matches.length === 0 ? <p>{t("none")}</p> : null}
      {matches.length > 0 ? (
        <ol className="ws-memory-matches">
          {matches.map((match, index) => (
            <li key={`${match.kind}-${index}`} data-testid="memory-match">
              <p className="ws-memory-score">
                <strong>{scoreLabel(match)}</strong>
                {match.isSuperseded ? ` · ${t("superseded")}` : null}
                {match.isImported ? ` · ${t("imported")}` : null}
                {" · "}
                {match.approvedBy
                  ? t("approvedBy", { name: match.approvedBy, date: format.dateTime(new Date(match.approvedAt), { dateStyle: "medium" }) })
                  : t("approvedOn", { date: format.dateTime(new Date(match.approvedAt), { dateStyle: "medium" }) })}
              </p>
              <p className="ws-memory-source">
                <span className="ws-memory-label">{t("sourceDiff")}</span>{" "}
                <span lang={SOURCE_LANGUAGE} data-testid="memory-source-diff">
                  <WordDiffView parts={match.sourceDiff} labels={{ added: t("diffAdded"), removed: t("diffRemoved") }} language={locale} />
                </span>
              </p>
              <p className="ws-memory-target">
                <span className="ws-memory-label">{t("target")}</span>{" "}
                <span lang={data.language} data-testid="memory-target">{plain(match.target)}</span>
              </p>
              {canInsert ? (
                <button type="button" onClick={() => insert(match, index + 1)} aria-keyshortcuts={`Alt+${index + 1}`}>
                  {t("insert", { number: index + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <MemorySearch language={data.language} />
    </section>
  );
}
