import { getLocale, getTranslations } from "next-intl/server";
import type { ContentLanguage } from "@/lib/languages";
import { languageNames } from "@/components/text/language-names";
import { languageLabels } from "./language-names";

// Names the cell's language. Wide screens show it once per column, in the column heads
// (hidden from assistive technology); this label is what phones and screen readers get.
export async function CellLabel({ language, isOriginal }: { language: ContentLanguage; isOriginal: boolean }) {
  const t = await getTranslations("Reader");
  const locale = await getLocale();
  const name = languageLabels(languageNames(await getTranslations("Languages")), locale, [language])[language];
  return (
    <p className="cell-label" lang={locale}>
      {isOriginal ? t("columnOriginal", { language: name }) : name}
    </p>
  );
}
