"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Link } from "@/i18n/navigation";
import { severityOf } from "@/lib/checks";
import type { DescribedCheck } from "@/lib/checks/describe-checks";
import { checkMessageArgs } from "@/lib/checks/message-args";
import type { EditorPart } from "@/lib/workspace/editor-parts";
import { editorFindings } from "@/lib/workspace/editor-findings";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import "@/components/checks/checks.css";

// Checks typing this often would redo the work on every key; a pause this long reads as "while typing".
const DEBOUNCE_MS = 250;

type ChecksPanelProps = { row: WorkspaceRow; parts: EditorPart[]; server: DescribedCheck[] | null };

// Beside the editor: the server's checks of the saved text as the last save answered them (the
// result that counts), or, while the text differs from that, the same checks run in the browser
// on the text as typed, after a short pause, and said to be so.
export function ChecksPanel({ row, parts, server }: ChecksPanelProps) {
  const t = useTranslations("CheckList");
  const tc = useTranslations("Checks");
  const { data, locale } = useWorkspace();
  const [checked, setChecked] = useState(parts);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(parts), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [parts]);
  const inBrowser = useMemo(() => editorFindings(data.checks, row, checked), [data.checks, row, checked]);
  const shown: DescribedCheck[] =
    server ?? inBrowser.map((finding) => ({ id: finding.id, severity: severityOf(finding.id), message: tc(finding.id, checkMessageArgs(finding, row.quotes)), quote: finding.quote }));
  const headingId = `ws-checks-${row.key}`;
  return (
    <section className="ws-checks" aria-labelledby={headingId} lang={locale} data-testid="checks-panel" data-source={server ? "server" : "browser"}>
      <h3 id={headingId}>
        {t("panelHeading")} · <Link href="/checks">{t("link")}</Link>
      </h3>
      <div aria-live="polite">
        {shown.length === 0 ? (
          <p>{t("panelNone")}</p>
        ) : (
          <ul>
            {shown.map((check, index) => (
              <li key={`${check.id}:${check.quote ?? ""}:${index}`} data-check={check.id} data-severity={check.severity}>
                <span aria-hidden="true">{check.severity === "error" ? "✖ " : "⚠ "}</span>
                <span className="visually-hidden">{t(check.severity)}: </span>
                {check.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="ws-hint">{server ? t("panelServer") : t("panelChecking")}</p>
    </section>
  );
}
