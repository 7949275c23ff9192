"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { searchMemory, type Loaded, type PanelEntry } from "./use-memory-matches";

const plain = (markup: string) => plainText(parseInlineMarkup(markup).segments);

// Concordance: memory entries whose source or target contain a word or phrase.
export function MemorySearch({ language }: { language: string }) {
  const t = useTranslations("Memory");
  const format = useFormatter();
  const id = useId();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<Loaded<PanelEntry[]> | null>(null);
  const controller = useRef<AbortController | null>(null);

  const search = (event: React.FormEvent) => {
    event.preventDefault();
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setResult({ status: "loading" });
    searchMemory(language, query, current.signal).then(
      (body) => setResult({ status: "ready", value: body.entries }),
      (error: unknown) => {
        if (!current.signal.aborted) setResult({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return (
    <div className="ws-memory-search">
      <form role="search" onSubmit={search} aria-labelledby={`${id}-label`}>
        <label id={`${id}-label`} htmlFor={`${id}-q`}>{t("searchLabel")}</label>{" "}
        <input id={`${id}-q`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} maxLength={200} />{" "}
        <button type="submit">{t("searchButton")}</button>
      </form>
      <div aria-live="polite">
        {result?.status === "loading" ? <p className="ws-loading">{t("loading")}</p> : null}
        {result?.status === "failed" ? <p role="alert">{result.message}</p> : null}
        {result?.status === "ready" ? (
          result.value.length === 0 ? (
            <p>{t("searchNone")}</p>
          ) : (
            <ul className="ws-memory-entries" aria-label={t("searchResults", { count: result.value.length })}>
              {result.value.map((entry) => (
                <li key={entry.entryId} data-testid="memory-entry">
                  <span lang={SOURCE_LANGUAGE}>{plain(entry.source)}</span>
                  {" → "}
                  <span lang={language}>{plain(entry.target)}</span>{" "}
                  <span className="ws-memory-meta">
                    ({entry.approvedBy ? `${entry.approvedBy}, ` : ""}
                    {format.dateTime(new Date(entry.approvedAt), { dateStyle: "medium" })}
                    {entry.isSuperseded ? `, ${t("superseded")}` : ""}
                    {entry.isImported ? `, ${t("imported")}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
