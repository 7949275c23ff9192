import { getTranslations } from "next-intl/server";
import { removeRoleAction, resetPasswordAction, setRolesAction, setUserActiveAction } from "@/app/[locale]/admin/users/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import type { UserSummary } from "@/lib/users/list-users";
import { RoleChips } from "./role-chips";
import { RoleFields } from "./role-fields";
import { languageNames } from "@/components/text/language-names";

// The roles as the server has them: the "change roles" form is rebuilt whenever they change, so it
// never keeps a box ticked for a role just removed (defaultChecked is read only when mounted).
const rolesKey = (user: UserSummary) => [user.isAdmin ? "admin" : "", ...user.roles.map((grant) => `${grant.role}:${grant.language}`)].join(",");

export async function UserCard({ user, locale, isSelf }: { user: UserSummary; locale: string; isSelf: boolean }) {
  const t = await getTranslations("AdminUsers");
  const tr = await getTranslations("Roles");
  const tl = languageNames(await getTranslations("Languages"));
  const roleName = (grant: UserSummary["roles"][number]) => tr(grant.role, { language: tl(grant.language) });
  return (
    <li className="user-card" id={`user-${user.id}`} data-user={user.email} data-active={user.isActive}>
      <h3>
        {user.name} {isSelf ? <span className="hint">{t("you")}</span> : null}
        {user.isActive ? null : <span className="role-chip user-deactivated"> {t("deactivatedBadge")}</span>}
      </h3>
      <p className="user-email">{user.email}</p>
      <RoleChips
        userId={user.id}
        locale={locale}
        listLabel={t("rolesOf", { name: user.name })}
        adminLabel={user.isAdmin ? tr("admin") : null}
        noneLabel={!user.isAdmin && user.roles.length === 0 ? tr("none") : null}
        chips={user.roles.map((grant) => ({
          key: `${grant.role}:${grant.language}`,
          label: roleName(grant),
          role: grant.role,
          language: grant.language,
          removeLabel: t("removeRoleNamed", { role: roleName(grant), name: user.name }),
          confirmText: t("removeRoleConfirm", { role: roleName(grant), name: user.name }),
          doneText: t("roleRemovedNamed", { role: roleName(grant), name: user.name }),
        }))}
        labels={{ remove: t("removeRole"), confirm: t("removeRoleYes"), cancel: t("removeRoleCancel"), pending: t("pending") }}
        removeRole={removeRoleAction}
      />
      <details>
        <summary>{t("changeRoles")}</summary>
        <ActionForm key={rolesKey(user)} action={setRolesAction} className="stacked-form" label={t("changeRolesOf", { name: user.name })} submitLabel={t("saveRoles")} pendingLabel={t("pending")}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="userId" value={user.id} />
          <RoleFields legend={t("rolesOf", { name: user.name })} granted={user.roles} isAdmin={user.isAdmin} isSelf={isSelf} />
        </ActionForm>
      </details>
      {isSelf ? null : (
        <ActionForm
          key={String(user.isActive)}
          action={setUserActiveAction}
          className="stacked-form"
          label={user.isActive ? t("deactivateOf", { name: user.name }) : t("reactivateOf", { name: user.name })}
          submitLabel={user.isActive ? t("deactivate") : t("reactivate")}
          pendingLabel={t("pending")}
        >
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="isActive" value={String(!user.isActive)} />
          {user.isActive ? <p className="hint">{t("deactivateHint")}</p> : null}
        </ActionForm>
      )}
      {isSelf ? (
        <p className="hint">{t.rich("ownPasswordHint", { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
      ) : (
        <details>
          <summary>{t("resetPassword")}</summary>
          <ActionForm action={resetPasswordAction} className="stacked-form" label={t("resetPasswordOf", { name: user.name })} submitLabel={t("setPassword")} pendingLabel={t("pending")}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="userId" value={user.id} />
            <label>
              <span>{t("newPassword")}</span>
              <input name="password" type="password" required minLength={10} maxLength={200} autoComplete="new-password" />
            </label>
            <p className="hint">{t("resetPasswordHint")}</p>
          </ActionForm>
        </details>
      )}
    </li>
  );
}
