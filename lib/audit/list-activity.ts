import type { Db } from "@/lib/db/client";
import { authorize, canSeeActivity } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import type { ActivityFilters } from "./activity-filters";
import { adminWhere, loadAdminEntries, type AdminEntry } from "./admin-activity";
import { loadWorkflowEntries, workflowWhere, type WorkflowEntry } from "./workflow-activity";

export const ACTIVITY_PAGE_SIZE = 25;

export type { AdminEntry, WorkflowEntry };
export type ActivityEntry = WorkflowEntry | AdminEntry;

export type ActivityPage = {
  entries: ActivityEntry[];
  total: number;
  page: number;
  pageCount: number;
  people: { id: string; name: string }[]; // everyone who appears in either trail, for the filter
};

type Stamp = { id: string; createdAt: Date; kind: ActivityEntry["kind"] };
const newestFirst = (a: Stamp, b: Stamp) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

// Both audit trails, newest first, for admins: every state change of every translation, and
// every change to accounts, roles, passwords and access tokens. A page of the merged list
// needs the newest (page × size) of each trail's ids; only the shown rows are loaded in full.
export async function listActivity(db: Db, options: { actor: Actor | null; filters: ActivityFilters; page: number }): Promise<ActivityPage> {
  authorize(options.actor, canSeeActivity, "see the activity");
  const { kind } = options.filters;
  const workflow = kind === "users" ? null : workflowWhere(options.filters);
  const admin = kind === "translations" ? null : adminWhere(options.filters);
  const [workflowTotal, adminTotal] = await Promise.all([
    workflow ? db.workflowEvent.count({ where: workflow }) : 0,
    admin ? db.adminEvent.count({ where: admin }) : 0,
  ]);
  const total = workflowTotal + adminTotal;
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const take = page * ACTIVITY_PAGE_SIZE;
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const select = { id: true, createdAt: true };
  const [workflowStamps, adminStamps] = await Promise.all([
    workflow ? db.workflowEvent.findMany({ where: workflow, orderBy, take, select }) : [],
    admin ? db.adminEvent.findMany({ where: admin, orderBy, take, select }) : [],
  ]);
  const shown = [
    ...workflowStamps.map((stamp) => ({ ...stamp, kind: "translation" as const })),
    ...adminStamps.map((stamp) => ({ ...stamp, kind: "user" as const })),
  ]
    .sort(newestFirst)
    .slice(take - ACTIVITY_PAGE_SIZE, take);
  const idsOf = (wanted: Stamp["kind"]) => shown.filter((stamp) => stamp.kind === wanted).map((stamp) => stamp.id);
  const [workflowEntries, adminEntries, people] = await Promise.all([
    loadWorkflowEntries(db, idsOf("translation")),
    loadAdminEntries(db, idsOf("user")),
    db.user.findMany({
      where: { OR: [{ events: { some: {} } }, { adminActions: { some: {} } }, { adminEventsAbout: { some: {} } }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const byId = new Map<string, ActivityEntry>([...workflowEntries, ...adminEntries].map((entry) => [entry.id, entry]));
  const entries = shown.flatMap((stamp) => byId.get(stamp.id) ?? []);
  return { total, page, pageCount, people, entries };
}
