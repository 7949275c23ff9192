"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import { isMarkupTyped } from "@/lib/workspace/editor-checks";
import { editorPartsToMarkup, updatePart, type EditorPart } from "@/lib/workspace/editor-parts";
import { caretInside, dissolveQuote, moveQuoteByWord } from "@/lib/workspace/prose/quote-edits";
import { countWords } from "@/lib/workspace/words";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { QuotePanel, type QuoteCommands } from "./quote-panel";
import { useProseEditor } from "./use-prose-editor";

type Props = {
  row: WorkspaceRow;
  parts: EditorPart[];
  language: string;
  isReadOnly: boolean;
  onChange: (parts: EditorPart[]) => void;
};

// The translation of one paragraph as one flowing text (ProseMirror), the source's
// quotations inside it as numbered marks that typing cannot break, and one small panel of
// controls per quotation.
export function ParagraphTextEditor({ row, parts, language, isReadOnly, onChange }: Props) {
  const t = useTranslations("Workspace");
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const numbers = new Map(row.quotes.map((quote, index) => [quote.key, index + 1]));
  const originals = new Map(parseInlineMarkup(row.source).segments.flatMap((segment) => (segment.type === "quote" ? [[segment.id, segment.text]] : [])));
  const speakerOf = (key: string) => row.quotes.find((quote) => quote.key === key)?.speakerName ?? t("speakerNotStated");
  const numberOf = (key: string) => String(numbers.get(key) ?? "?");

  const { viewRef, caretQuote } = useProseEditor({
    host,
    parts,
    isReadOnly,
    attributes: {
      role: "textbox",
      "aria-multiline": "true",
      "aria-labelledby": `${id}-label`,
      "aria-describedby": `${id}-help`,
      lang: language,
      spellcheck: "true",
      class: "ws-prose",
    },
    describe: (key, side) => {
      const number = numberOf(key);
      const speaker = speakerOf(key);
      return {
        number,
        spoken: side === "start" ? t("quoteStartSpoken", { number, speaker }) : t("quoteEndSpoken", { number }),
        title: t("quoteChipTitle", { number, speaker, original: originals.get(key) ?? "" }),
      };
    },
    onChange,
  });

  const run = (make: Parameters<QuoteCommands["run"]>[0]) => {
    const view = viewRef.current;
    if (!view) return;
    const tr = make(view.state);
    if (tr) view.dispatch(tr);
    view.focus();
  };
  const commands: QuoteCommands = {
    run,
    move: (key, direction) => run((state) => moveQuoteByWord(state, key, direction)),
    typeIn: (key) => run((state) => caretInside(state, key)),
    dissolve: (key) => run((state) => dissolveQuote(state, key)),
    setMeta: (index, change) => onChange(updatePart(parts, index, change)),
  };

  const { text } = editorPartsToMarkup(parts);
  const plain = parts.map((part) => part.text).join("");
  const hasMarkup = parts.some((part) => isMarkupTyped(part.text));

  return (
    <div className="ws-prose-field">
      <p id={`${id}-label`} className="ws-field-label">
        {t("fieldTranslation")}
      </p>
      <p id={`${id}-help`} className="ws-hint">
        {parts.some((part) => part.kind === "quote") ? t("editorHelp") : null}
      </p>
      <div ref={host} className="ws-prose-host" data-editor={row.key} aria-invalid={hasMarkup || undefined} />
      <p className="visually-hidden" role="status" aria-live="polite" data-caret-quote={caretQuote ?? ""}>
        {caretQuote ? t("quoteInside", { number: numberOf(caretQuote), speaker: speakerOf(caretQuote) }) : ""}
      </p>
      {hasMarkup ? <p className="ws-field-error">{t("markupInField")}</p> : null}
      <p className="ws-counts" data-counts>
        {t("counts", { words: countWords(text, language), characters: plain.length })}
      </p>
      <QuotePanel row={row} parts={parts} language={language} current={caretQuote} originals={originals} commands={commands} />
    </div>
  );
}
