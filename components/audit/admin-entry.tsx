import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminEntry as Entry } from "@/lib/audit/list-activity";
import { adminEventLines } from "./admin-event-lines";

// A change to an account: who did what to whom, and when, in sentences.
export async function AdminEntry({ entry }: { entry: Entry }) {
  const t = await getTranslations("Activity");
  const format = await getFormatter();
  const lines = await adminEventLines(entry);
  return (
    <li data-kind="user" data-action={entry.event.action}>
      {lines.map((line, index) => (
        <p className="activity-what" key={index}>
          {line}
        </p>
      ))}
      <p className="activity-meta">
        <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
        {" · "}
        {t("userAdministration")}
      </p>
    </li>
  );
}
