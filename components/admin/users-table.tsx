import { getFormatter, getTranslations } from "next-intl/server";
import type { UserSummary } from "@/lib/users/list-users";
import { languageNames } from "@/components/text/language-names";

// Everyone at a glance: who, which roles, when they last signed in, whether they can; each
// name leads to that person's card below, where the changes are made.
export async function UsersTable({ users }: { users: readonly UserSummary[] }) {
  const t = await getTranslations("AdminUsers");
  const tr = await getTranslations("Roles");
  const tl = languageNames(await getTranslations("Languages"));
  const format = await getFormatter();
  return (
    <table className="users-table" data-testid="users-table">
      <caption className="visually-hidden">{t("tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colName")}</th>
          <th scope="col">{t("colRoles")}</th>
          <th scope="col">{t("colLastSignIn")}</th>
          <th scope="col">{t("colStatus")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} data-user-row={user.email}>
            <th scope="row">
              <a href={`#user-${user.id}`}>{user.name}</a>
              <span className="user-email"> {user.email}</span>
            </th>
            <td>
              {[...(user.isAdmin ? [tr("admin")] : []), ...user.roles.map((grant) => tr(grant.role, { language: tl(grant.language) }))].join(", ") || tr("none")}
            </td>
            <td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("neverSignedIn")}</td>
            <td>{user.isActive ? t("statusActive") : t("deactivatedBadge")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
