import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ReviewDecisionKind } from "@/lib/reviews/decide-translation";
import type { ReviewPage } from "@/lib/reviews/get-review-page";
import { FocusOnMount } from "./focus-on-mount";
import { QueueShortcuts } from "./queue-shortcuts";
import { ReviewItemView } from "./review-item-view";
import { ReviewQueueNav } from "./review-queue-nav";
import "./review.css";
import { languageNames } from "@/components/text/language-names";

// ICU select keys cannot hold hyphens.
const DECISION_SELECTORS: Record<ReviewDecisionKind, string> = { approve: "approve", "request-changes": "requestChanges", "keep-approval": "keepApproval" };

type ReviewViewProps = {
  page: ReviewPage;
  locale: Locale;
  decided: ReviewDecisionKind | null;
  actions: Pick<ComponentProps<typeof ReviewItemView>, "decide" | "addComment" | "dismissCheck">;
};

export async function ReviewView({ page, locale, decided, actions }: ReviewViewProps) {
  const t = await getTranslations("Review");
  const tl = languageNames(await getTranslations("Languages"));
  const tc = await getTranslations("CheckList");
  const pathname = `/review/${page.report.slug}/${page.language}`;
  const href = (key: string | null) => (key ? { pathname, query: { p: key } } : null);
  const { current } = page;
  return (
    <main className="page review-page">
      <header className="review-header">
        <h1>{t("heading", { language: tl(page.language) })}</h1>
        <p>
          {t.rich("reportLine", {
            title: page.report.title,
            link: (chunks) => (
              <Link href={`/reports/${page.report.slug}`} lang={page.report.originalLanguage}>
                {chunks}
              </Link>
            ),
          })}
          {" · "}
          <Link href="/checks">{tc("link")}</Link>
        </p>
      </header>
      {decided ? (
        <p id="review-decided" className="review-notice" role="status" tabIndex={-1}>
          {t("decided", { decision: DECISION_SELECTORS[decided] })}
        </p>
      ) : null}
      {decided ? <FocusOnMount targetId="review-decided" /> : null}
      {page.isRequestedGone && current ? <p className="review-notice">{t("requestedGone")}</p> : null}
      <div className="review-layout">
        <ReviewQueueNav items={page.items} currentKey={current?.key ?? null} pathname={pathname} language={page.language} />
        {current && page.history ? (
          <ReviewItemView
            item={current}
            history={page.history}
            comments={page.comments}
            context={page.context}
            position={page.items.indexOf(current) + 1}
            total={page.items.length}
            target={{ locale, slug: page.report.slug, paragraphKey: current.key, language: page.language }}
            sourceLanguage={page.report.originalLanguage}
            neighbours={{ previous: href(page.previousKey), next: href(page.nextKey) }}
            nextKey={page.nextKey}
            {...actions}
          />
        ) : (
          <div className="review-empty">
            <p>{t("empty", { language: tl(page.language) })}</p>
            <p>
              <Link href={`/reports/${page.report.slug}`}>{t("readReport")}</Link>
            </p>
          </div>
        )}
      </div>
      <QueueShortcuts previous={href(page.previousKey)} next={href(page.nextKey)} />
    </main>
  );
}
