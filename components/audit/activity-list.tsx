import { getTranslations } from "next-intl/server";
import type { ActivityEntry } from "@/lib/audit/list-activity";
import { AdminEntry } from "./admin-entry";
import { WorkflowEntry } from "./workflow-entry";

// Both trails in one list, newest first: translation state changes and user administration.
export async function ActivityList({ entries }: { entries: readonly ActivityEntry[] }) {
  const t = await getTranslations("Activity");
  return (
    <ol className="activity-list" aria-label={t("listLabel")} data-testid="activity-list">
      {entries.map((entry) => (entry.kind === "user" ? <AdminEntry key={entry.id} entry={entry} /> : <WorkflowEntry key={entry.id} entry={entry} />))}
    </ol>
  );
}
