"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { EditorState, Transaction } from "prosemirror-state";
import type { EditorPart, EditorQuotePart } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import { languageNames } from "@/components/text/language-names";

export type QuoteCommands = {
  run: (make: (state: EditorState) => Transaction | null) => void;
  move: (key: string, direction: -1 | 1) => void;
  typeIn: (key: string) => void;
  dissolve: (key: string) => void;
  setMeta: (index: number, change: Partial<Pick<EditorQuotePart, "isOwnWords" | "note">>) => void;
};

type Props = {
  row: WorkspaceRow;
  parts: EditorPart[];
  language: string;
  current: string | null;
  originals: Map<string, string>;
  commands: QuoteCommands;
};

// One line of controls per quotation, in the order the translation has them: who speaks,
// the original words, whether ours are the speaker's own (with where they come from), and
// buttons that do by click what Alt+←/→ and dragging do in the text.
export function QuotePanel({ row, parts, language, current, originals, commands }: Props) {
  const t = useTranslations("Workspace");
  const tl = languageNames(useTranslations("Languages"));
  const { data } = useWorkspace();
  const id = useId();
  const source = data.report.sourceLanguage;
  const name = tl;
  const quotes = parts.flatMap((part, index) => (part.kind === "quote" ? [{ part, index }] : []));
  if (quotes.length === 0) return null;

  return (
    <section className="ws-quote-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t("quotePanelTitle")}
      </h3>
      <ul>
        {quotes.map(({ part, index }, order) => {
          const quote = row.quotes.find((candidate) => candidate.key === part.id);
          const number = quote ? row.quotes.indexOf(quote) + 1 : "?";
          const isDuplicate = quotes.findIndex((other) => other.part.id === part.id) !== order;
          const itemId = `${id}-${index}`;
          return (
            <li
              key={`${part.id}-${order}`}
              className={`ws-quote-item${part.isOwnWords ? " is-own-words" : ""}`}
              data-quote-item={part.id}
              data-current={current === part.id ? "true" : undefined}
            >
              <p className="ws-quote-head">
                <span className="ws-chip ws-chip-static" aria-hidden="true">
                  {number}
                </span>{" "}
                <span className="ws-quote-tag">{quote?.kind === "term" ? t("termLabel", { number }) : t("quoteLabel", { number })}</span>{" "}
                {quote?.speakerName ? (
                  <span lang={source}>
                    {quote.speakerName}
                    {quote.speakerRole ? ` (${quote.speakerRole})` : ""}
                  </span>
                ) : (
                  <span>{t("speakerNotStated")}</span>
                )}
              </p>
              {originals.has(part.id) ? (
                <p className="ws-quote-source">
                  {t("quoteOriginal", { language: name(source) })}{" "}
                  <q lang={source} className="quote">
                    {originals.get(part.id)}
                  </q>
                </p>
              ) : null}
              {!quote || isDuplicate ? (
                <p className="ws-warning">
                  {isDuplicate ? t("quoteDuplicate") : t("quoteNotInSource")}{" "}
                  <button type="button" className="ws-link-button" onClick={() => commands.dissolve(part.id)}>
                    {t("quoteDissolve")}
                  </button>
                </p>
              ) : null}
              <label className="ws-checkbox">
                <input type="checkbox" checked={part.isOwnWords} onChange={(event) => commands.setMeta(index, { isOwnWords: event.target.checked })} />
                {t("ownWordsLabel", { language: name(language) })}
              </label>
              {part.isOwnWords ? (
                <div className="ws-note">
                  <label htmlFor={`${itemId}-note`}>{t("ownWordsNote")}</label>
                  <input
                    id={`${itemId}-note`}
                    type="text"
                    value={part.note}
                    maxLength={600}
                    required
                    onChange={(event) => commands.setMeta(index, { note: event.target.value })}
                    aria-invalid={part.note.trim() === "" || undefined}
                    aria-describedby={`${itemId}-note-hint`}
                  />
                  <p id={`${itemId}-note-hint`} className="ws-hint">
                    {t("ownWordsNoteHint")}
                  </p>
                </div>
              ) : null}
              <p className="ws-hint">{part.isOwnWords ? t("provenanceOwn") : t("provenanceTranslated", { language: name(source) })}</p>
              <div className="ws-buttons ws-quote-move">
                <button type="button" className="ws-link-button" onClick={() => commands.typeIn(part.id)}>
                  {t("quoteTypeHere", { number })}
                </button>
                <button type="button" className="ws-link-button" onClick={() => commands.move(part.id, -1)}>
                  {t("quoteEarlier", { number })}
                </button>
                <button type="button" className="ws-link-button" onClick={() => commands.move(part.id, 1)}>
                  {t("quoteLater", { number })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
