import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewUserForm } from "@/components/admin/new-user-form";
import { UserCard } from "@/components/admin/user-card";
import { UsersTable } from "@/components/admin/users-table";
import { routing } from "@/i18n/routing";
import { requirePageActor } from "@/lib/http/page-guard";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { listUsers } from "@/lib/users/list-users";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "AdminUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await params;
  const { q } = await searchParams;
  const search = (Array.isArray(q) ? q[0] : q)?.slice(0, 200) ?? "";
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/${locale}/admin/users`);
  if (!canManageUsers(actor)) forbidden();
  const [users, t] = await Promise.all([listUsers(db, { actor, search }), getTranslations("AdminUsers")]);
  return (
    <main className="page admin-users">
      <h1>{t("title")}</h1>
      <section aria-labelledby="new-user-heading" className="panel">
        <h2 id="new-user-heading">{t("newUserHeading")}</h2>
        <p className="hint">{t("newUserIntro")}</p>
        <NewUserForm locale={locale} />
      </section>
      <section aria-labelledby="user-list-heading">
        <h2 id="user-list-heading">{t("listHeading", { count: users.length })}</h2>
        <form method="get" role="search" className="inline-form" aria-label={t("searchLabel")}>
          <label>
            <span>{t("searchLabel")}</span>
            <input type="search" name="q" defaultValue={search} maxLength={200} />
          </label>
          <button type="submit">{t("searchButton")}</button>
          {search ? <a href={`/${locale}/admin/users`}>{t("searchShowAll")}</a> : null}
        </form>
        {search && users.length === 0 ? <p>{t("searchNone", { query: search })}</p> : null}
        {users.length > 0 ? <UsersTable users={users} /> : null}
        <ul className="user-list">
          {users.map((user) => (
            <UserCard key={user.id} user={user} locale={locale} isSelf={user.id === actor.id} />
          ))}
        </ul>
      </section>
    </main>
  );
}
