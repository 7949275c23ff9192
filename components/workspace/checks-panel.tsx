"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Link } from "@/i18n/navigation";
import { severityOf } from "@/lib/checks";
import { checkMessageArgs } from "@/lib/checks/message-args";
import type { EditorPart } from "@/lib/workspace/editor-parts";
import { editorFindings } from "@/lib/workspace/editor-findings";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import "@/components/checks/checks.css";

// Checks typing this often would redo the work on every key; a pause this long reads as "while typing".
const DEBOUNCE_MS = 250;

// Beside the editor: the quality checks of the text as typed, run after a short pause.
export function ChecksPanel({ row, parts }: { row: WorkspaceRow; parts: EditorPart[] }) {
  const t = useTranslations("CheckList");
  const tc = useTranslations("Checks");
  const { data, locale } = useWorkspace();
  const [checked, setChecked] = useState(parts);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(parts), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [parts]);
  const findings = useMemo(() => editorFindings(data.checks, row, checked), [data.checks, row, checked]);
  const headingId = `ws-checks-${row.key}`;
  return (
    <section className="ws-checks" aria-labelledby={headingId} lang={locale} data-testid="checks-panel">
      <h3 id={headingId}>
        {t("panelHeading")} · <Link href="/checks">{t("link")}</Link>
      </h3>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p>{t("panelNone")}</p>
        ) : (
          <ul>
            {findings.map((finding, index) => (
              <li key={`${finding.id}:${finding.quote ?? ""}:${finding.detail ?? ""}:${index}`} data-check={finding.id} data-severity={severityOf(finding.id)}>
                <span aria-hidden="true">{severityOf(finding.id) === "error" ? "✖ " : "⚠ "}</span>
                <span className="visually-hidden">{t(severityOf(finding.id))}: </span>
                {tc(finding.id, checkMessageArgs(finding, row.quotes))}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="ws-hint">{t("panelChecking")}</p>
    </section>
  );
}
