import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityFiltersForm } from "@/components/audit/activity-filters-form";
import { ActivityList } from "@/components/audit/activity-list";
import { ActivityPagination } from "@/components/audit/activity-pagination";
import "@/components/audit/activity.css";
import { routing } from "@/i18n/routing";
import { activitySearch, parseActivityQuery } from "@/lib/audit/activity-filters";
import { listActivity } from "@/lib/audit/list-activity";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { guardPage } from "@/lib/http/page-guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/activity">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Activity" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Admins only: the audit trail, filtered by person, language and state through the address.
export default async function ActivityPage({ params, searchParams }: PageProps<"/[locale]/admin/activity">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = parseActivityQuery(await searchParams);
  const search = new URLSearchParams(activitySearch(query.filters, query.page)).toString();
  const actor = await getCurrentActor();
  const activity = await guardPage(() => listActivity(db, { actor, filters: query.filters, page: query.page }), {
    locale,
    returnTo: `/${locale}/admin/activity${search ? `?${search}` : ""}`,
  });
  const t = await getTranslations("Activity");
  return (
    <main className="page activity-page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {query.ignored.length > 0 ? <p className="notice" role="status">{t("ignored")}</p> : null}
      <ActivityFiltersForm action={`/${locale}/admin/activity`} filters={query.filters} people={activity.people} />
      <p role="status" data-testid="activity-count">
        {t("count", { total: activity.total })}
        {activity.pageCount > 1 ? ` · ${t("pageOf", { page: activity.page, count: activity.pageCount })}` : null}
      </p>
      <ActivityList entries={activity.entries} />
      <ActivityPagination filters={query.filters} page={activity.page} pageCount={activity.pageCount} />
    </main>
  );
}
