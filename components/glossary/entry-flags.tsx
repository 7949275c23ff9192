import { getTranslations } from "next-intl/server";
import type { PartOfSpeech } from "@/lib/glossary/entry-input";
import type { GlossaryEntryView } from "@/lib/glossary/entry-view";

// An entry's flags in words (never a colour or an icon alone).
export async function EntryFlags({ entry }: { entry: GlossaryEntryView }) {
  const t = await getTranslations("Glossary");
  const flags = [
    entry.exactForm ? t("flagExactForm") : null,
    entry.caseSensitive ? t("flagCaseSensitive") : null,
    entry.doNotTranslate ? t("flagDoNotTranslate") : null,
    entry.isForbidden ? t("flagForbidden") : null,
  ].filter((flag): flag is string => flag !== null);
  if (flags.length === 0) return <span className="gl-none">{t("flagsNone")}</span>;
  return (
    <ul className="gl-flags">
      {flags.map((flag) => (
        <li key={flag} data-flag={flag}>
          {flag}
        </li>
      ))}
    </ul>
  );
}

// The renderings an entry asks for, each in its language: the translations, the source term
// kept as written, or the renderings that must not be used.
export async function EntryRenderings({ entry, sourceLanguage, targetLanguage }: { entry: GlossaryEntryView; sourceLanguage: string; targetLanguage: string }) {
  const t = await getTranslations("Glossary");
  if (entry.doNotTranslate) {
    return (
      <>
        {t("keptAsWritten")}: <span lang={sourceLanguage}>{entry.sourceTerm}</span>
      </>
    );
  }
  return (
    <>
      {entry.isForbidden ? <>{t("forbiddenRenderings")} </> : null}
      {entry.translations.map((translation, index) => (
        <span key={translation}>
          {index > 0 ? " / " : null}
          <span lang={targetLanguage} className={entry.isForbidden ? "gl-forbidden" : undefined}>
            {translation}
          </span>
        </span>
      ))}
    </>
  );
}

const PART_OF_SPEECH_KEYS = {
  noun: "noun",
  "proper-noun": "properNoun",
  verb: "verb",
  adjective: "adjective",
  adverb: "adverb",
  abbreviation: "abbreviation",
  phrase: "phrase",
} as const satisfies Record<PartOfSpeech, string>;

// The message key of a part of speech (message keys are camelCase).
export function partOfSpeechKey(value: PartOfSpeech | null) {
  return value === null ? "none" : PART_OF_SPEECH_KEYS[value];
}
