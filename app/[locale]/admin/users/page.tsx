import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewUserForm } from "@/components/admin/new-user-form";
import { UserCard } from "@/components/admin/user-card";
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

export default async function AdminUsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/${locale}/admin/users`);
  if (!canManageUsers(actor)) forbidden();
  const [users, t] = await Promise.all([listUsers(db, { actor }), getTranslations("AdminUsers")]);
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
        <ul className="user-list">
          {users.map((user) => (
            <UserCard key={user.id} user={user} locale={locale} isSelf={user.id === actor.id} />
          ))}
        </ul>
      </section>
    </main>
  );
}
