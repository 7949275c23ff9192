import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ReaderCell, ReaderQuote, ShownText } from "@/lib/reports/get-reader-report";
import { QuotedText } from "@/components/text/quoted-text";
import { CellLabel } from "./cell-label";
import { ParagraphText } from "./paragraph-text";
import { SourceChange } from "./source-change";
import { StatusLine } from "./status-line";

type TranslationCellProps = {
  cell: ReaderCell;
  kind: "paragraph" | "heading";
  source: string;
  sourceLanguage: string;
  outlet: string;
  quotes: ReadonlyMap<string, ReaderQuote>;
  // the original, offered where there is no current approved translation
  original: ReactNode;
};

// Approved text is shown as such, its state quietly after it so that it lines up with the
// original. Anything else leads with its state; unapproved text stays behind a disclosure.
export async function TranslationCell({ cell, kind, source, sourceLanguage, outlet, quotes, original }: TranslationCellProps) {
  const t = await getTranslations("ReaderCell");
  const tl = await getTranslations("Languages");
  const locale = await getLocale();
  const text = (shown: ShownText) => (
    <ParagraphText kind={kind} language={cell.language}>
      <QuotedText text={shown.text} language={cell.language} sourceLanguage={sourceLanguage} outlet={outlet} quotes={quotes} ownWords={shown.ownWords} />
    </ParagraphText>
  );
  const isApproved = cell.status === "approved";
  const sourceName = tl(sourceLanguage as "fr");
  return (
    <div className="cell" data-col={cell.language} lang={cell.language} data-status={cell.status}>
      <CellLabel language={cell.language} isOriginal={false} />
      {isApproved ? null : <StatusLine cell={cell} />}
      {cell.status === "outdated" ? (
        <>
          <p className="notice" lang={locale}>
            {t("outdatedNotice")}
          </p>
          {cell.approvedSource ? <SourceChange before={cell.approvedSource} after={source} sourceLanguage={sourceLanguage} /> : null}
        </>
      ) : null}
      {cell.approved ? text(cell.approved) : null}
      {isApproved ? <StatusLine cell={cell} /> : null}
      {cell.pending ? (
        <details className="unreviewed">
          <summary lang={locale}>{cell.approved ? t("showNewer") : t("showPending")}</summary>
          <div className="unreviewed-text">
            <p className="unreviewed-label" lang={locale}>
              {t("pendingNotice", { state: camelCase(cell.pending.state) })}
            </p>
            {text(cell.pending)}
          </div>
        </details>
      ) : null}
      {isApproved ? null : (
        <details className="offer-original">
          <summary lang={locale}>{cell.approved ? t("showCurrentOriginal", { language: sourceName }) : t("showOriginal", { language: sourceName })}</summary>
          {original}
        </details>
      )}
    </div>
  );
}

// ICU select keys cannot contain hyphens.
function camelCase(state: string): string {
  return state.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
