"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { isMarkupTyped } from "@/lib/workspace/editor-checks";
import { updatePart, type EditorPart } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { QuoteField } from "./quote-field";

type SegmentEditorProps = {
  row: WorkspaceRow;
  parts: EditorPart[];
  language: string;
  isReadOnly: boolean;
  onChange: (parts: EditorPart[]) => void;
};

// The translation as a row of fields: plain text around one marked field per quotation.
// The quotation fields come from the source and carry its ids; typing cannot add, remove
// or rename one, so quote provenance survives whatever the translator does.
export function SegmentEditor({ row, parts, language, isReadOnly, onChange }: SegmentEditorProps) {
  const t = useTranslations("Workspace");
  const id = useId();
  const numbers = new Map(row.quotes.map((quote, index) => [quote.key, index + 1]));
  const numberOf = (part: EditorPart | undefined) => (part?.kind === "quote" ? (numbers.get(part.id) ?? "?") : "?");
  const quoteCount = parts.filter((part) => part.kind === "quote").length;

  const textLabel = (index: number) => {
    if (quoteCount === 0) return t("fieldTranslation");
    if (index === 0) return t("fieldBefore", { number: numberOf(parts[1]) });
    if (index === parts.length - 1) return t("fieldAfter", { number: numberOf(parts[index - 1]) });
    return t("fieldBetween", { before: numberOf(parts[index - 1]), after: numberOf(parts[index + 1]) });
  };

  return (
    <fieldset className="ws-fields" disabled={isReadOnly}>
      <legend className="visually-hidden">{t("editorLegend", { number: row.number })}</legend>
      {parts.map((part, index) => {
        if (part.kind === "quote") {
          return (
            <QuoteField
              key={`${part.id}-${index}`}
              row={row}
              parts={parts}
              index={index}
              number={numbers.get(part.id) ?? null}
              language={language}
              onChange={onChange}
            />
          );
        }
        const fieldId = `${id}-${index}`;
        const hasMarkup = isMarkupTyped(part.text);
        return (
          <div className="ws-text-field" key={`text-${index}`}>
            <label htmlFor={fieldId} className="ws-field-label">
              {textLabel(index)}
            </label>
            <textarea
              id={fieldId}
              className="ws-field"
              lang={language}
              rows={quoteCount === 0 ? 3 : 1}
              value={part.text}
              onChange={(event) => onChange(updatePart(parts, index, { text: event.target.value }))}
              aria-invalid={hasMarkup || undefined}
              aria-describedby={hasMarkup ? `${fieldId}-error` : undefined}
              data-field={index}
            />
            {hasMarkup ? (
              <p id={`${fieldId}-error`} className="ws-field-error">
                {t("markupInField")}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
