"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import { isMarkupTyped } from "@/lib/workspace/editor-checks";
import { dissolveQuote, moveQuote, updatePart, type EditorPart } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";

type QuoteFieldProps = {
  row: WorkspaceRow;
  parts: EditorPart[];
  index: number;
  number: number | null; // null: not a quotation of the source (any more)
  language: string;
  onChange: (parts: EditorPart[]) => void;
};

// One quotation: its speaker, its source wording, the translator's wording, and whether
// that wording is the speaker's own (with where it comes from) or our translation.
export function QuoteField({ row, parts, index, number, language, onChange }: QuoteFieldProps) {
  const t = useTranslations("Workspace");
  const tl = useTranslations("Languages");
  const { data } = useWorkspace();
  const id = useId();
  const part = parts[index];
  if (part.kind !== "quote") return null;
  const source = data.report.sourceLanguage;
  const quote = row.quotes.find((candidate) => candidate.key === part.id);
  const original = parseInlineMarkup(row.source).segments.find((segment) => segment.type === "quote" && segment.id === part.id)?.text;
  const isDuplicate = parts.findIndex((other) => other.kind === "quote" && other.id === part.id) !== index;
  const name = (code: string) => (code === "fr" || code === "en" || code === "ru" ? tl(code) : code);
  const set = (change: Parameters<typeof updatePart>[2]) => onChange(updatePart(parts, index, change));
  const hasMarkup = isMarkupTyped(part.text) || isMarkupTyped(part.note);
  const otherQuotes = parts.filter((other) => other.kind === "quote").length;

  return (
    <div className={`ws-quote-field${part.isOwnWords ? " is-own-words" : ""}`} data-quote-field={part.id}>
      <label htmlFor={`${id}-text`} className="ws-field-label">
        <span className="ws-quote-tag">{quote?.kind === "term" ? t("termLabel", { number: number ?? "?" }) : t("quoteLabel", { number: number ?? "?" })}</span>{" "}
        {quote?.speakerName ? (
          <span lang={source}>
            {quote.speakerName}
            {quote.speakerRole ? ` (${quote.speakerRole})` : ""}
          </span>
        ) : (
          <span>{t("speakerNotStated")}</span>
        )}
      </label>
      {original !== undefined ? (
        <p className="ws-quote-source">
          {t("quoteOriginal", { language: name(source) })}{" "}
          <q lang={source} className="quote">
            {original}
          </q>
        </p>
      ) : null}
      {number === null || isDuplicate ? (
        <p className="ws-warning">
          {isDuplicate ? t("quoteDuplicate") : t("quoteNotInSource")}{" "}
          <button type="button" className="ws-link-button" onClick={() => onChange(dissolveQuote(parts, index))}>
            {t("quoteDissolve")}
          </button>
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        className="ws-field ws-field-quote"
        lang={language}
        rows={1}
        value={part.text}
        onChange={(event) => set({ text: event.target.value })}
        aria-invalid={hasMarkup || undefined}
        aria-describedby={`${id}-provenance${hasMarkup ? ` ${id}-error` : ""}`}
        data-field={index}
      />
      {hasMarkup ? (
        <p id={`${id}-error`} className="ws-field-error">
          {t("markupInField")}
        </p>
      ) : null}
      <label className="ws-checkbox">
        <input type="checkbox" checked={part.isOwnWords} onChange={(event) => set({ isOwnWords: event.target.checked })} />
        {t("ownWordsLabel", { language: name(language) })}
      </label>
      {part.isOwnWords ? (
        <div className="ws-note">
          <label htmlFor={`${id}-note`}>{t("ownWordsNote")}</label>
          <input
            id={`${id}-note`}
            type="text"
            value={part.note}
            maxLength={600}
            required
            onChange={(event) => set({ note: event.target.value })}
            aria-invalid={part.note.trim() === "" || undefined}
            aria-describedby={`${id}-note-hint`}
          />
          <p id={`${id}-note-hint`} className="ws-hint">
            {t("ownWordsNoteHint")}
          </p>
        </div>
      ) : null}
      <p id={`${id}-provenance`} className="ws-hint">
        {part.isOwnWords ? t("provenanceOwn") : t("provenanceTranslated", { language: name(source) })}
      </p>
      {otherQuotes > 1 ? (
        <div className="ws-buttons ws-quote-move">
          <button type="button" className="ws-link-button" disabled={index < 2 || parts[index - 2]?.kind !== "quote"} onClick={() => onChange(moveQuote(parts, index, -1))}>
            {t("quoteEarlier", { number: number ?? "?" })}
          </button>
          <button type="button" className="ws-link-button" disabled={parts[index + 2]?.kind !== "quote"} onClick={() => onChange(moveQuote(parts, index, 1))}>
            {t("quoteLater", { number: number ?? "?" })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
