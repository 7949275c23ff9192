"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import type { WorkspaceRow as Row } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import { WorkspaceRow } from "./workspace-row";
import { languageNames } from "@/components/text/language-names";

const noSubscription = () => () => {};

// The report aligned like the reader: the original on the left, the translation on the
// right, the open paragraph's tools beside it.
export function WorkspaceRows({ rows }: { rows: Row[] }) {
  const t = useTranslations("Workspace");
  const tl = languageNames(useTranslations("Languages"));
  const { data, locale } = useWorkspace();
  // Marks the page as interactive once hydrated (tests and scripts wait for it).
  const isReady = useSyncExternalStore(noSubscription, () => true, () => false);
  const name = tl;
  return (
    <div className="ws-rows" aria-label={t("rowsLabel")} role="region" data-ready={isReady ? "true" : undefined}>
      <div className="ws-row ws-row-head" aria-hidden="true" lang={locale}>
        <span>{t("columnSource", { language: name(data.report.sourceLanguage) })}</span>
        <span>{t("columnTarget", { language: name(data.language) })}</span>
      </div>
      {rows.map((row) => (
        <WorkspaceRow key={row.key} row={row} />
      ))}
    </div>
  );
}
