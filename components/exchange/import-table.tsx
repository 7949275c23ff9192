"use client";

import { useTranslations } from "next-intl";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import type { ImportAnswer } from "@/lib/exchange/describe-import";

// One row per unit of the file, grouped by outcome: what will be (or was) written, what is
// left as it is, the conflicts with both texts, and the refusals with their reasons.
export function ImportTable({ answer, isPreview, language }: { answer: ImportAnswer; isPreview: boolean; language: string }) {
  const t = useTranslations("Exchange");
  const ts = useTranslations("Status");
  const written = isPreview
    ? answer.accepted.map((unit) => ({ ...unit, version: null as number | null }))
    : answer.imported;
  return (
    <table className="exchange-table" data-testid="exchange-table">
      <caption>{t(isPreview ? "previewCaption" : "resultCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columnUnit")}</th>
          <th scope="col">{t("columnOutcome")}</th>
          <th scope="col">{t("columnDetails")}</th>
        </tr>
      </thead>
      <tbody>
        {written.map((unit) => (
          <tr key={unit.id} data-unit={unit.id} data-outcome={isPreview ? "accepted" : "imported"}>
            <th scope="row">{unit.id}</th>
            <td>{unit.version === null ? t("outcomeAccepted") : t("outcomeImported", { version: unit.version })}</td>
            <td>
              <MarkupText text={unit.text} language={language} />
              <p className="exchange-note">{t("fileState", { state: ts(unit.fileState) })}</p>
            </td>
          </tr>
        ))}
        {answer.conflicts.map((unit) => (
          <tr key={unit.id} data-unit={unit.id} data-outcome="conflict">
            <th scope="row">{unit.id}</th>
            <td>{t("outcomeConflict")}</td>
            <td>
              <p>{unit.reason === "saved-since" ? t("conflictSavedSince", { base: unit.baseVersion, server: unit.serverVersion }) : t("conflictSourceChanged")}</p>
              <dl className="exchange-texts">
                <dt>{t("fileText")}</dt>
                <dd>
                  <MarkupText text={unit.fileText} language={language} />
                </dd>
                <dt>
                  {t("serverText")}
                  {unit.serverAuthor ? ` (${t("serverBy", { version: unit.serverVersion, author: unit.serverAuthor })})` : null}
                </dt>
                <dd>
                  <MarkupText text={unit.serverText} language={language} />
                </dd>
              </dl>
            </td>
          </tr>
        ))}
        {answer.refused.map((unit, index) => (
          <tr key={`${unit.id}-${index}`} data-unit={unit.id} data-outcome="refused">
            <th scope="row">{unit.id}</th>
            <td>{t("outcomeRefused")}</td>
            <td>
              <ul>
                {unit.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <p className="exchange-note">{t("at", { line: unit.line, column: unit.column })}</p>
            </td>
          </tr>
        ))}
        {answer.unchanged.map((unit) => (
          <tr key={unit.id} data-unit={unit.id} data-outcome="unchanged">
            <th scope="row">{unit.id}</th>
            <td>{t("outcomeUnchanged")}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MarkupText({ text, language }: { text: string; language: string }) {
  return (
    <p lang={language}>
      {parseInlineMarkup(text).segments.map((segment, index) =>
        segment.type === "text" ? segment.text : <q key={index} data-quote={segment.id}>{segment.text}</q>,
      )}
    </p>
  );
}
