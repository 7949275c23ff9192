import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { deleteGlossaryEntryAction, updateGlossaryEntryAction } from "@/app/[locale]/glossary/actions";
import type { GlossaryEntryView } from "@/lib/glossary/entry-view";
import type { GlossaryPair } from "@/lib/glossary/pairs";
import { EntryForm } from "./entry-form";

type Props = { entry: GlossaryEntryView; pair: GlossaryPair & { name: string }; locale: string };

// Edit and delete for those who manage the glossary, each behind a disclosure: deleting asks
// once more. Both carry the version shown, so a change made meanwhile is refused, not lost.
export async function EntryActions({ entry, pair, locale }: Props) {
  const t = await getTranslations("Glossary");
  return (
    <div className="gl-actions">
      <details className="gl-edit">
        <summary>
          {t("edit")}
          <span className="visually-hidden"> {entry.sourceTerm}</span>
        </summary>
        <EntryForm action={updateGlossaryEntryAction} pair={pair} locale={locale} entry={entry} label={t("editLabel", { term: entry.sourceTerm })} submitLabel={t("save")} />
      </details>
      <details className="gl-delete">
        <summary>
          {t("delete")}
          <span className="visually-hidden"> {entry.sourceTerm}</span>
        </summary>
        <p>{t("deleteConfirm", { term: entry.sourceTerm })}</p>
        <ActionForm action={deleteGlossaryEntryAction} label={t("deleteLabel", { term: entry.sourceTerm })} submitLabel={t("deleteYes")} pendingLabel={t("pending")} submitClassName="danger">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="pair" value={pair.name} />
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </ActionForm>
      </details>
    </div>
  );
}
