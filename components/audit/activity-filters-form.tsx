import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SYSTEM_ACTOR, type ActivityFilters } from "@/lib/audit/activity-filters";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { TRANSLATION_STATES } from "@/lib/workflow/states";
import { languageNames } from "@/components/text/language-names";

type ActivityFiltersFormProps = { action: string; filters: ActivityFilters; people: readonly { id: string; name: string }[] };

// A plain GET form: the filters live in the address, and work without JavaScript.
export async function ActivityFiltersForm({ action, filters, people }: ActivityFiltersFormProps) {
  const t = await getTranslations("Activity");
  const tl = languageNames(await getTranslations("Languages"));
  const ts = await getTranslations("Status");
  return (
    <form method="get" action={action} className="activity-filters" aria-labelledby="activity-filters-heading">
      <h2 id="activity-filters-heading">{t("filtersHeading")}</h2>
      <p className="hint">
        {t("filtersHint")}
      </p>
      <div className="activity-filter-fields">
        <label>
          {t("kind")}
          <select name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("anyKind")}</option>
            <option value="translations">{t("kindTranslations")}</option>
            <option value="users">{t("kindUsers")}</option>
          </select>
        </label>
        <label>
          {t("person")}
          <select name="person" defaultValue={filters.person ?? ""}>
            <option value="">{t("anyone")}</option>
            <option value={SYSTEM_ACTOR}>{t("system")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("language")}
          <select name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("anyLanguage")}</option>
            {TARGET_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {tl(language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("state")}
          <select name="state" defaultValue={filters.state ?? ""}>
            <option value="">{t("anyState")}</option>
            {TRANSLATION_STATES.map((state) => (
              <option key={state} value={state}>
                {ts(state)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="activity-filter-actions">
        <button type="submit">{t("apply")}</button>
        <Link href="/admin/activity">{t("clear")}</Link>
      </div>
    </form>
  );
}
