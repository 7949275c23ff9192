import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { MAX_NOTE_LENGTH, MAX_TERM_LENGTH, PARTS_OF_SPEECH } from "@/lib/glossary/entry-input";
import type { GlossaryEntryView } from "@/lib/glossary/entry-view";
import type { GlossaryPair } from "@/lib/glossary/pairs";
import type { FormState } from "@/lib/http/form-state";
import { partOfSpeechKey } from "./entry-flags";
import { languageNames } from "@/components/text/language-names";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  pair: GlossaryPair & { name: string };
  locale: string;
  label: string;
  submitLabel: string;
  // an entry being edited: its fields, and its id and version for the guard
  entry?: GlossaryEntryView;
};

// The fields of an entry, to add, propose or edit one. The term and its translations are
// typed in their own languages (lang), for spellcheckers and screen readers.
export async function EntryForm({ action, pair, locale, label, submitLabel, entry }: Props) {
  const t = await getTranslations("Glossary");
  const tl = languageNames(await getTranslations("Languages"));
  const flags = [
    ["exactForm", t("fieldExactForm"), entry?.exactForm],
    ["caseSensitive", t("fieldCaseSensitive"), entry?.caseSensitive],
    ["doNotTranslate", t("fieldDoNotTranslate"), entry?.doNotTranslate],
    ["isForbidden", t("fieldForbidden"), entry?.isForbidden],
  ] as const;
  return (
    <ActionForm action={action} className="stacked-form gl-entry-form" label={label} submitLabel={submitLabel} pendingLabel={t("pending")}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="pair" value={pair.name} />
      {entry ? <input type="hidden" name="id" value={entry.id} /> : null}
      {entry ? <input type="hidden" name="version" value={entry.version} /> : null}
      <label>
        <span>{t("fieldTerm", { language: tl(pair.sourceLanguage) })}</span>
        <input name="sourceTerm" required maxLength={MAX_TERM_LENGTH} lang={pair.sourceLanguage} defaultValue={entry?.sourceTerm} autoComplete="off" />
      </label>
      <label>
        <span>{t("fieldTranslations", { language: tl(pair.targetLanguage) })}</span>
        <textarea name="translations" rows={2} lang={pair.targetLanguage} defaultValue={entry?.translations.join("\n")} aria-describedby={`${formKey(pair, entry)}-hint`} />
      </label>
      <p className="hint" id={`${formKey(pair, entry)}-hint`}>
        {t("fieldTranslationsHint")}
      </p>
      <label>
        <span>{t("fieldPartOfSpeech")}</span>
        <select name="partOfSpeech" defaultValue={entry?.partOfSpeech ?? ""}>
          <option value="">{t("partsOfSpeech.none")}</option>
          {PARTS_OF_SPEECH.map((value) => (
            <option key={value} value={value}>
              {t(`partsOfSpeech.${partOfSpeechKey(value)}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("fieldNote")}</span>
        <textarea name="note" rows={2} maxLength={MAX_NOTE_LENGTH} defaultValue={entry?.note ?? ""} />
      </label>
      <fieldset>
        <legend>{t("flagsLegend")}</legend>
        {flags.map(([name, text, isChecked]) => (
          <label key={name} className="checkbox">
            <input type="checkbox" name={name} defaultChecked={isChecked ?? false} /> {text}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}

function formKey(pair: { name: string }, entry?: { id: string }): string {
  return `gl-${pair.name}-${entry?.id ?? "new"}`;
}
