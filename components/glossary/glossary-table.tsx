import { getTranslations } from "next-intl/server";
import type { GlossaryEntryView } from "@/lib/glossary/entry-view";
import type { GlossaryPair } from "@/lib/glossary/pairs";
import { EntryFlags, EntryRenderings, partOfSpeechKey } from "./entry-flags";
import { EntryActions } from "./entry-actions";
import { languageNames } from "@/components/text/language-names";

type Props = { entries: readonly GlossaryEntryView[]; pair: GlossaryPair & { name: string }; canManage: boolean; locale: string };

export async function GlossaryTable({ entries, pair, canManage, locale }: Props) {
  const t = await getTranslations("Glossary");
  const tl = languageNames(await getTranslations("Languages"));
  return (
    <table className="gl-table">
      <caption className="visually-hidden">{t("tableCaption", { pair: t("pair", { source: tl(pair.sourceLanguage), target: tl(pair.targetLanguage) }) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columnTerm", { language: tl(pair.sourceLanguage) })}</th>
          <th scope="col">{t("columnTranslations", { language: tl(pair.targetLanguage) })}</th>
          <th scope="col">{t("columnFlags")}</th>
          <th scope="col">{t("columnPartOfSpeech")}</th>
          <th scope="col">{t("columnNote")}</th>
          {canManage ? <th scope="col">{t("columnActions")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-glossary-entry={entry.sourceTerm} data-forbidden={entry.isForbidden ? "" : undefined}>
            <th scope="row" lang={pair.sourceLanguage}>
              {entry.sourceTerm}
            </th>
            <td>
              <EntryRenderings entry={entry} sourceLanguage={pair.sourceLanguage} targetLanguage={pair.targetLanguage} />
            </td>
            <td>
              <EntryFlags entry={entry} />
            </td>
            <td>{t(`partsOfSpeech.${partOfSpeechKey(entry.partOfSpeech)}`)}</td>
            <td className="gl-note">{entry.note}</td>
            {canManage ? (
              <td>
                <EntryActions entry={entry} pair={pair} locale={locale} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
