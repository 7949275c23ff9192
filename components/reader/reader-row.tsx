import { pageWords } from "@/components/text/page-words";
import { dirAttribute, type ContentLanguage, type TargetLanguage } from "@/lib/languages";
import type { ReaderRow as Row } from "@/lib/reports/get-reader-report";
import { QuotedText, type ShownQuote } from "@/components/text/quoted-text";
import { CellLabel } from "./cell-label";
import { ParagraphText } from "./paragraph-text";
import { TranslationCell } from "./translation-cell";

type ReaderRowProps = {
  row: Row;
  number: number;
  sourceLanguage: ContentLanguage;
  // the report's target languages, one cell each
  languages: readonly TargetLanguage[];
  outlet: string;
  quotes: ReadonlyMap<string, ShownQuote>;
};

// One paragraph in every language. Cells share a grid row, so they line up; CSS shows the
// reader's chosen columns in their chosen order.
export function ReaderRow({ row, number, sourceLanguage, languages, outlet, quotes }: ReaderRowProps) {
  const { reader: t } = pageWords();
  return (
    <div className={`row row-${row.kind}`} id={row.key} data-paragraph={row.key} role="group" aria-label={t("rowLabel", { number })}>
      <a className="permalink" href={`#${row.key}`} aria-label={t("permalinkTo", { number })}>
        {/* the link's name is its aria-label, so its visible text needs no aria-hidden */}
        ¶<span className="permalink-number">{number}</span>
      </a>
      <div className="cell" data-col={sourceLanguage} lang={sourceLanguage} dir={dirAttribute(sourceLanguage)} data-status="original">
        <CellLabel language={sourceLanguage} isOriginal />
        <ParagraphText kind={row.kind} language={sourceLanguage}>
          <QuotedText text={row.source} language={sourceLanguage} sourceLanguage={sourceLanguage} outlet={outlet} quotes={quotes} />
        </ParagraphText>
      </div>
      {languages.map((language) => (
        <TranslationCell
          key={language}
          cell={row.cells[language]}
          rowKey={row.key}
          kind={row.kind}
          source={row.source}
          sourceLanguage={sourceLanguage}
          outlet={outlet}
          quotes={quotes}
        />
      ))}
    </div>
  );
}
