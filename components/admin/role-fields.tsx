import { getTranslations } from "next-intl/server";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { ROLES, type Role } from "@/lib/users/actor";
import { languageNames } from "@/components/text/language-names";

type Props = {
  legend: string;
  granted?: { role: Role; language: string }[];
  isAdmin?: boolean;
  // An admin editing themselves: the admin box stays ticked, they cannot untick it.
  isSelf?: boolean;
};

export async function RoleFields({ legend, granted = [], isAdmin = false, isSelf = false }: Props) {
  const t = await getTranslations("Roles");
  const ta = await getTranslations("AdminUsers");
  const tl = languageNames(await getTranslations("Languages"));
  const has = (role: Role, language: string) => granted.some((grant) => grant.role === role && grant.language === language);
  return (
    <fieldset className="role-fields">
      <legend>{legend}</legend>
      <label className="checkbox">
        <input type="checkbox" name="isAdmin" defaultChecked={isAdmin} disabled={isSelf && isAdmin} />
        <span>{t("admin")}</span>
      </label>
      {isSelf && isAdmin ? (
        <>
          <input type="hidden" name="isAdmin" value="on" />
          <p className="hint">{ta("ownAdminHint")}</p>
        </>
      ) : null}
      {TARGET_LANGUAGES.map((language) =>
        ROLES.map((role) => (
          <label className="checkbox" key={`${role}:${language}`}>
            <input type="checkbox" name="roles" value={`${role}:${language}`} defaultChecked={has(role, language)} />
            <span>{t(role, { language: tl(language) })}</span>
          </label>
        )),
      )}
    </fieldset>
  );
}
