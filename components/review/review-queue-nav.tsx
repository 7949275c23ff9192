import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { queueWindow } from "@/lib/reviews/queue-window";
import { WarningTexts } from "./warnings-list";

const EXCERPT_LENGTH = 90;
const excerpt = (text: string) => {
  const plain = plainText(parseInlineMarkup(text).segments).replace(/\s+/g, " ").trim();
  return plain.length > EXCERPT_LENGTH ? `${plain.slice(0, EXCERPT_LENGTH).trimEnd()}…` : plain;
};

type ReviewQueueNavProps = { items: readonly ReviewItem[]; currentKey: string | null; pathname: string; language: string };

// The whole queue, in review first then outdated; each entry opens that paragraph and says
// what it is (an excerpt), who wrote it, how long it has waited and what the checks found.
// A long queue lists the entries around the current one (issue 14, lib/reviews/queue-window.ts).
export async function ReviewQueueNav({ items, currentKey, pathname, language }: ReviewQueueNavProps) {
  const t = await getTranslations("Review");
  const format = await getFormatter();
  const now = await getNow();
  const groups = [
    { state: "in-review", title: t("queueInReview", { count: items.filter((item) => item.state === "in-review").length }) },
    { state: "outdated", title: t("queueOutdated", { count: items.filter((item) => item.state === "outdated").length }) },
  ] as const;
  const window = queueWindow(items, currentKey);
  const more = (item: ReviewItem | null, count: number, message: "queueEarlier" | "queueLater") =>
    item ? (
      <p className="review-queue-more" data-queue-more={message === "queueEarlier" ? "before" : "after"}>
        <Link href={{ pathname, query: { p: item.key } }}>{t(message, { count, number: item.number })}</Link>
      </p>
    ) : null;
  return (
    <nav className="review-queue" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t("queueHeading")}</h2>
      {more(window.before, window.beforeCount, "queueEarlier")}
      {groups.map((group) => (
        <div key={group.state} data-queue={group.state}>
          <h3>{group.title}</h3>
          <ol>
            {window.shown
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
                  {item.submitted ? (
                    <>
                      <span className="review-queue-excerpt" lang={language} data-testid="review-queue-excerpt">
                        {excerpt(item.submitted.text)}
                      </span>
                      <span className="review-meta">
                        {t("queueExcerptBy", { name: item.submitted.author.name })} · {t("queueWaiting", { since: format.relativeTime(item.waitingSince, now) })}
                      </span>
                    </>
                  ) : null}
                  {item.warnings.length > 0 ? (
                    <details className="review-queue-warnings">
                      <summary>
                        <span aria-hidden="true">⚠ </span>
                        {t("queueWarnings", { count: item.warnings.length })}
                      </summary>
                      <ul>
                        <WarningTexts warnings={item.warnings} quotes={item.source.quotes} />
                      </ul>
                    </details>
                  ) : null}
                </li>
              ))}
          </ol>
        </div>
      ))}
      {more(window.after, window.afterCount, "queueLater")}
    </nav>
  );
}
