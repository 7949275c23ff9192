import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { activitySearch, type ActivityFilters } from "@/lib/audit/activity-filters";

export async function ActivityPagination({ filters, page, pageCount }: { filters: ActivityFilters; page: number; pageCount: number }) {
  const t = await getTranslations("Activity");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({ pathname: "/admin/activity", query: activitySearch(filters, target) });
  return (
    <nav className="activity-pages" aria-label={t("pages")}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
