import { pageWords } from "@/components/text/page-words";
import type { ContentLanguage } from "@/lib/languages";

// Names the cell's language. Wide screens show it once per column, in the column heads
// (hidden from assistive technology); this label is what phones and screen readers get.
export function CellLabel({ language, isOriginal }: { language: ContentLanguage; isOriginal: boolean }) {
  const { reader: t, locale, labels } = pageWords();
  const name = labels[language] ?? language;
  return (
    <p className="cell-label" lang={locale === language ? undefined : locale}>
      {isOriginal ? t("columnOriginal", { language: name }) : name}
    </p>
  );
}
