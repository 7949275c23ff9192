import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SYSTEM_ACTOR, type ActivityFilters } from "./activity-filters";

export type WorkflowEntry = {
  kind: "translation";
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

// The workflow trail's share of the activity filters: the person who acted, the language, the state reached.
export function workflowWhere({ person, language, state }: ActivityFilters): Prisma.WorkflowEventWhereInput {
  return {
    ...(person === SYSTEM_ACTOR ? { actorId: null } : person ? { actorId: person } : {}),
    ...(language ? { translation: { language } } : {}),
    ...(state ? { toState: state } : {}),
  };
}

export async function loadWorkflowEntries(db: Db, ids: string[]): Promise<WorkflowEntry[]> {
  const events = await db.workflowEvent.findMany({
    where: { id: { in: ids } },
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
  return events.map((event) => {
    const { paragraph } = event.translation;
    return {
      kind: "translation",
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
  });
}
