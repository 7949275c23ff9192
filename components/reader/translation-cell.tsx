import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ReaderCell, ReaderQuote } from "@/lib/reports/get-reader-report";
import { QuotedText } from "@/components/text/quoted-text";
import { ParagraphText } from "./paragraph-text";
import { StatusLine } from "./status-line";

type TranslationCellProps = {
  cell: ReaderCell;
  kind: "paragraph" | "heading";
  sourceLanguage: string;
  outlet: string;
  quotes: ReadonlyMap<string, ReaderQuote>;
  // the original, offered where there is no approved translation
  original: ReactNode;
};

// Approved text is shown as such; anything unreviewed stays behind a disclosure, marked.
export async function TranslationCell({ cell, kind, sourceLanguage, outlet, quotes, original }: TranslationCellProps) {
  const t = await getTranslations("Status");
  const tl = await getTranslations("Languages");
  const locale = await getLocale();
  const text = (shown: { text: string; ownWords: Record<string, string> }) => (
    <ParagraphText kind={kind} language={cell.language}>
      <QuotedText text={shown.text} language={cell.language} sourceLanguage={sourceLanguage} outlet={outlet} quotes={quotes} ownWords={shown.ownWords} />
    </ParagraphText>
  );
  return (
    <div className="cell" data-col={cell.language} lang={cell.language} data-status={cell.status}>
      <StatusLine cell={cell} />
      {cell.status === "outdated" ? (
        <p className="notice" lang={locale}>
          {t("outdatedExplained")}
        </p>
      ) : null}
      {cell.approved ? text(cell.approved) : null}
      {!cell.approved && cell.status === "missing" ? (
        <p className="notice" lang={locale}>
          {t("missingExplained")}
        </p>
      ) : null}
      {cell.pending ? (
        <details className="unreviewed">
          <summary lang={locale}>{cell.approved ? t("showNewer") : t("showUnreviewed", { state: t(cell.pending.state) })}</summary>
          <p className="notice" lang={locale}>
            {cell.approved ? t("newerPending", { state: cell.pending.state }) : t("unreviewedNotice")}
          </p>
          <div className="unreviewed-text">{text(cell.pending)}</div>
        </details>
      ) : null}
      {!cell.approved ? (
        <details className="offer-original">
          <summary lang={locale}>{t("showOriginal", { language: tl(sourceLanguage as "fr") })}</summary>
          {original}
        </details>
      ) : null}
    </div>
  );
}
