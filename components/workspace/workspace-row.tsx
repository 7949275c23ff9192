"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { WorkspaceRow as Row } from "@/lib/workspace/workspace-row";
import { GlossarySourceText } from "./glossary-source-text";
import { ParagraphEditor } from "./paragraph-editor";
import { ParagraphTools } from "./paragraph-tools";
import { PivotText } from "./pivot-text";
import { ReadView } from "./read-view";
import { RowStatus } from "./row-status";
import { useWorkspace } from "./workspace-context";

export function WorkspaceRow({ row }: { row: Row }) {
  const t = useTranslations("Workspace");
  const { data, state, locale } = useWorkspace();
  const saved = state.saved[row.key];
  const isOpen = state.openKey === row.key;
  const rowRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  // Opening a paragraph puts the cursor in it; closing it gives focus back to its button,
  // unless focus has already gone to another paragraph (Alt+↑/↓).
  useEffect(() => {
    const element = rowRef.current;
    const hasClosed = wasOpen.current && !isOpen;
    wasOpen.current = isOpen;
    if (!element) return;
    if (isOpen) {
      element.querySelector<HTMLElement>('[contenteditable="true"], [data-tools]')?.focus();
      return;
    }
    if (hasClosed && (document.activeElement === document.body || document.activeElement === null)) {
      element.querySelector<HTMLElement>("[data-open-button]")?.focus({ preventScroll: true });
    }
  }, [isOpen]);

  const numbers = new Map(row.quotes.map((quote, index) => [quote.key, index + 1]));
  return (
    <div
      ref={rowRef}
      className={`ws-row${isOpen ? " is-open" : ""}`}
      id={`ws-${row.key}`}
      data-paragraph={row.key}
      data-state={saved.state}
      role="group"
      aria-label={t("rowLabel", { number: row.number })}
    >
      <div className="ws-cell ws-source" lang={data.report.sourceLanguage}>
        <p className="ws-cell-head" lang={locale}>
          {row.kind === "heading" ? t("headingNumber", { number: row.number }) : t("paragraphNumber", { number: row.number })}
        </p>
        <GlossarySourceText text={row.source} numbers={numbers} isOpen={isOpen} isHeading={row.kind === "heading"} />
        <PivotText row={row} />
      </div>
      <div className="ws-cell ws-target" lang={data.language}>
        <RowStatus row={row} />
        {isOpen && data.viewer.canEdit ? <ParagraphEditor row={row} /> : <ReadView row={row} />}
      </div>
      {isOpen ? <ParagraphTools row={row} /> : null}
    </div>
  );
}
