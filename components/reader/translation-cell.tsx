import type { ReaderCell, ShownText } from "@/lib/reports/get-reader-report";
import { QuotedText, type ShownQuote } from "@/components/text/quoted-text";
import { CellLabel } from "./cell-label";
import { ParagraphText } from "./paragraph-text";
import { SourceChange } from "./source-change";
import { StatusLine } from "./status-line";
import { TranslatorNote } from "./translator-note";
import { pageWords } from "@/components/text/page-words";
import { dirAttribute } from "@/lib/languages";

type TranslationCellProps = {
  cell: ReaderCell;
  rowKey: string;
  kind: "paragraph" | "heading";
  source: string;
  sourceLanguage: string;
  outlet: string;
  quotes: ReadonlyMap<string, ShownQuote>;
};

// Approved text is shown as such, its state quietly after it so that it lines up with the
// original. Anything else leads with its state; unapproved text stays behind a disclosure.
export function TranslationCell({ cell, rowKey, kind, source, sourceLanguage, outlet, quotes }: TranslationCellProps) {
  const { cell: t, languageName: tl, locale } = pageWords();
  const text = (shown: ShownText, variant: "approved" | "pending") => (
    <>
      <ParagraphText kind={kind} language={cell.language}>
        <QuotedText text={shown.text} language={cell.language} sourceLanguage={sourceLanguage} outlet={outlet} quotes={quotes} ownWords={shown.ownWords} variant={variant} />
      </ParagraphText>
      {shown.note ? <TranslatorNote note={shown.note} language={cell.language} /> : null}
    </>
  );
  const isApproved = cell.status === "approved";
  const sourceName = tl(sourceLanguage as "fr");
  return (
    <div className="cell" data-col={cell.language} lang={cell.language} dir={dirAttribute(cell.language)} data-status={cell.status}>
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
      {cell.approved ? text(cell.approved, "approved") : null}
      {isApproved ? <StatusLine cell={cell} /> : null}
      {cell.pending ? (
        <details className="unreviewed">
          <summary lang={locale}>{cell.approved ? t("showNewer") : t("showPending")}</summary>
          <div className="unreviewed-text">
            <p className="unreviewed-label" lang={locale}>
              {t("pendingNotice", { state: camelCase(cell.pending.state) })}
            </p>
            {text(cell.pending, "pending")}
          </div>
        </details>
      ) : null}
      {isApproved ? null : (
        // The original is offered by showing its column beside this one (a link, so it needs no
        // script and the page does not carry a second copy of the original per cell).
        <p className="offer-original" lang={locale}>
          <a href={`?cols=${sourceLanguage},${cell.language}#${rowKey}`}>
            {t(cell.approved ? "showCurrentOriginal" : "showOriginal", { language: sourceName })}
          </a>
        </p>
      )}
    </div>
  );
}

// ICU select keys cannot contain hyphens.
function camelCase(state: string): string {
  return state.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
