import { getTranslations } from "next-intl/server";
import { createUserAction } from "@/app/[locale]/admin/users/actions";
import { ActionForm } from "@/components/forms/action-form";
import { RoleFields } from "./role-fields";

export async function NewUserForm({ locale }: { locale: string }) {
  const t = await getTranslations("AdminUsers");
  return (
    <ActionForm action={createUserAction} className="stacked-form" label={t("newUserHeading")} submitLabel={t("create")} pendingLabel={t("pending")}>
      <input type="hidden" name="locale" value={locale} />
      <label>
        <span>{t("name")}</span>
        <input name="name" required maxLength={120} autoComplete="off" />
      </label>
      <label>
        <span>{t("email")}</span>
        <input name="email" type="email" required maxLength={200} autoComplete="off" />
      </label>
      <label>
        <span>{t("initialPassword")}</span>
        <input name="password" type="password" required minLength={10} maxLength={200} autoComplete="new-password" aria-describedby="initial-password-hint" />
      </label>
      <p className="hint" id="initial-password-hint">
        {t("initialPasswordHint")}
      </p>
      <RoleFields legend={t("rolesLegend")} />
    </ActionForm>
  );
}
