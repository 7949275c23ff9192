import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ReviewItem } from "@/lib/reviews/review-item";

type ReviewQueueNavProps = { items: readonly ReviewItem[]; currentKey: string | null; pathname: string };

// The whole queue, in review first then outdated; each entry opens that paragraph.
export async function ReviewQueueNav({ items, currentKey, pathname }: ReviewQueueNavProps) {
  const t = await getTranslations("Review");
  const groups = [
    { state: "in-review", title: t("queueInReview", { count: items.filter((item) => item.state === "in-review").length }) },
    { state: "outdated", title: t("queueOutdated", { count: items.filter((item) => item.state === "outdated").length }) },
  ] as const;
  return (
    <nav className="review-queue" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t("queueHeading")}</h2>
      {groups.map((group) => (
        <div key={group.state} data-queue={group.state}>
          <h3>{group.title}</h3>
          <ol>
            {items
              .filter((item) => item.state === group.state)
              .map((item) => (
                <li key={item.key}>
                  <Link
                    href={{ pathname, query: { p: item.key } }}
                    aria-current={item.key === currentKey ? "page" : undefined}
                    data-queue-item={item.key}
                  >
                    {t("queueItem", { number: item.number })}
                  </Link>
                  {item.warnings.length > 0 ? (
                    <span className="review-meta">
                      {" "}
                      <span aria-hidden="true">⚠ {item.warnings.length}</span>
                      <span className="visually-hidden">({t("queueWarnings", { count: item.warnings.length })})</span>
                    </span>
                  ) : null}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </nav>
  );
}
