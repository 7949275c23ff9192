import { getFormatter, getTranslations } from "next-intl/server";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { ReviewText } from "./review-text";

const ACTIONS = ["save", "submit", "approve", "request-changes", "keep-approval", "source-changed", "source-restored", "restore"] as const;
const STATES = ["missing", "draft", "in-review", "changes-requested", "approved", "outdated"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

// Every state change of this translation (decisions with their comments) and every revision.
export async function ReviewHistory({ history, language }: { history: ParagraphHistory; language: string }) {
  const t = await getTranslations("Review");
  const ta = await getTranslations("Workflow.actions");
  const ts = await getTranslations("Status");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const state = (value: string) => (isOneOf(STATES, value) ? ts(value) : value);
  return (
    <section className="review-block" aria-labelledby="review-history">
      <h3 id="review-history">{t("historyHeading")}</h3>
      {history.events.length === 0 ? <p className="review-meta">{t("historyNone")}</p> : null}
      <ol className="review-events" data-testid="review-history">
        {history.events.map((event, index) => (
          <li key={index}>
            <strong>
              {t("historyEntry", {
                action: isOneOf(ACTIONS, event.action) ? ta(event.action) : event.action,
                from: state(event.fromState),
                to: state(event.toState),
              })}
            </strong>
            <span className="review-meta">
              {" · "}
              {event.actor?.name ?? t("systemActor")}, {date(event.createdAt)} · {t("historyVersion", { version: event.version })}
            </span>
            {event.comment ? <p className="review-comment-body">{event.comment}</p> : null}
          </li>
        ))}
      </ol>
      {history.revisions.length > 0 ? (
        <>
          <h4>{t("revisionsHeading")}</h4>
          <ul className="review-revisions">
            {history.revisions.map((revision) => (
              <li key={revision.version}>
                <details>
                  <summary>{t("revisionLine", { version: revision.version, name: revision.author.name, date: date(revision.createdAt) })}</summary>
                  <p className="review-passage" lang={language}>
                    <ReviewText text={revision.text} />
                  </p>
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
