import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { WorkflowEntry as Entry } from "@/lib/audit/list-activity";
import { isTranslationState } from "@/lib/workflow/states";
import { languageNames } from "@/components/text/language-names";

const ACTIONS = ["save", "submit", "approve", "request-changes", "keep-approval", "source-changed", "source-restored", "restore"] as const;
const isAction = (value: string): value is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(value);

// A state change: what, from → to, who, when, which paragraph (a link to it in the reader), why.
export async function WorkflowEntry({ entry }: { entry: Entry }) {
  const t = await getTranslations("Activity");
  const ta = await getTranslations("Workflow.actions");
  const ts = await getTranslations("Status");
  const tr = await getTranslations("Review");
  const tl = languageNames(await getTranslations("Languages"));
  const format = await getFormatter();
  const state = (value: string) => (isTranslationState(value) ? ts(value) : value);
  return (
    <li data-kind="translation" data-action={entry.action} data-language={entry.language}>
      <p className="activity-what">
        <strong>{isAction(entry.action) ? ta(entry.action) : entry.action}</strong>{" "}
        <span>{t("change", { from: state(entry.fromState), to: state(entry.toState) })}</span>
      </p>
      <p className="activity-meta">
        <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
        {" · "}
        {t("by", { name: entry.actor?.name ?? tr("systemActor") })}
        {" · "}
        {tl(entry.language)}
        {" · "}
        {entry.paragraph.number !== null ? (
          <Link href={`/reports/${entry.report.slug}#${entry.paragraph.key}`}>{t("paragraph", { number: entry.paragraph.number })}</Link>
        ) : (
          t("archived", { key: entry.paragraph.key })
        )}{" "}
        {t.rich("inReport", {
          title: entry.report.title,
          report: (chunks) => <span lang={entry.report.originalLanguage}>{chunks}</span>,
        })}
        {" · "}
        {t("version", { version: entry.version })}
      </p>
      {entry.comment ? <p className="activity-comment">{entry.comment}</p> : null}
    </li>
  );
}
