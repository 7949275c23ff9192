import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, canSeeActivity, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { SYSTEM_ACTOR, type ActivityFilters } from "./activity-filters";

export const ACTIVITY_PAGE_SIZE = 25;

export type ActivityEntry = {
  id: string;
  createdAt: Date;
  actor: { id: string; name: string } | null; // null: content:sync
  action: string;
  fromState: string;
  toState: string;
  version: number;
  comment: string | null;
  language: string;
  paragraph: { key: string; number: number | null }; // number null: archived
  report: { slug: string; title: string; originalLanguage: string };
};

export type ActivityPage = {
  entries: ActivityEntry[];
  total: number;
  page: number;
  pageCount: number;
  people: { id: string; name: string }[]; // everyone who appears in the trail, for the filter
};

// The audit trail, newest first: every state change of every translation, for admins.
export async function listActivity(db: Db, options: { actor: Actor | null; filters: ActivityFilters; page: number }): Promise<ActivityPage> {
  requireActor(options.actor);
  authorize(options.actor, canSeeActivity, "see the activity");
  const { person, language, state } = options.filters;
  const where: Prisma.WorkflowEventWhereInput = {
    ...(person === SYSTEM_ACTOR ? { actorId: null } : person ? { actorId: person } : {}),
    ...(language ? { translation: { language } } : {}),
    ...(state ? { toState: state } : {}),
  };
  const total = await db.workflowEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const events = await db.workflowEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE,
    include: {
      actor: { select: { id: true, name: true } },
      translation: {
        select: {
          language: true,
          paragraph: { select: { key: true, position: true, archivedAt: true, report: { select: { slug: true, title: true, originalLanguage: true } } } },
        },
      },
    },
  });
  const people = await db.user.findMany({ where: { events: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return {
    total,
    page,
    pageCount,
    people,
    entries: events.map((event) => {
      const { paragraph } = event.translation;
      return {
        id: event.id,
        createdAt: event.createdAt,
        actor: event.actor,
        action: event.action,
        fromState: event.fromState,
        toState: event.toState,
        version: event.version,
        comment: event.comment,
        language: event.translation.language,
        paragraph: { key: paragraph.key, number: paragraph.archivedAt ? null : paragraph.position + 1 },
        report: paragraph.report,
      };
    }),
  };
}
