import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/users/actor";
import { languageNames } from "@/components/text/language-names";

// A user's roles in words ("Translator (English)"), not by colour or icon.
export async function RoleList({ isAdmin, roles }: { isAdmin: boolean; roles: { role: Role; language: string }[] }) {
  const t = await getTranslations("Roles");
  const tl = languageNames(await getTranslations("Languages"));
  if (!isAdmin && roles.length === 0) return <span className="hint">{t("none")}</span>;
  return (
    <ul className="role-list">
      {isAdmin ? <li>{t("admin")}</li> : null}
      {roles.map((grant) => (
        <li key={`${grant.role}-${grant.language}`}>{t(grant.role, { language: tl(grant.language) })}</li>
      ))}
    </ul>
  );
}
