"use client";

import { useTranslations } from "next-intl";
import { MarkupText } from "@/components/history/markup-text";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useStoredFlag } from "./use-stored-flag";
import { useWorkspace } from "./workspace-context";
import { languageNames } from "@/components/text/language-names";

// The other target language's approved text under the original, as a help: labelled as a
// translation so that nobody takes it for the source.
export function PivotText({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const tl = languageNames(useTranslations("Languages"));
  const { data, locale } = useWorkspace();
  const [isShown] = useStoredFlag("pivotShown", data.viewer.id);
  const pivot = data.pivot;
  if (!pivot || !isShown) return null;
  const text = pivot.texts[row.key];
  const language = tl(pivot.language);
  return (
    <div className="ws-pivot" data-pivot={pivot.language}>
      <p className="ws-pivot-label" lang={locale}>
        {t("pivotLabel", { language })}
      </p>
      {text !== undefined ? (
        <p className={row.kind === "heading" ? "ws-unit ws-unit-heading" : "ws-unit"} lang={pivot.language}>
          <MarkupText text={text} />
        </p>
      ) : (
        <p className="notice" lang={locale}>
          {t("pivotMissing", { language })}
        </p>
      )}
    </div>
  );
}
