import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SYSTEM_ACTOR, type ActivityFilters } from "./activity-filters";
import { adminEventSchema, type AdminEventData } from "./admin-events";

export type AdminEntry = {
  kind: "user";
  id: string;
  createdAt: Date;
  actor: { id: string; name: string } | null; // null: the command line
  target: { id: string; name: string };
  event: AdminEventData;
};

// User administration has no language or state: a filter on either leaves it out. A person
// filter finds what they did and what was done to their account ("who made her a reviewer?").
export function adminWhere({ person, language, state }: ActivityFilters): Prisma.AdminEventWhereInput | null {
  if (language || state) return null;
  if (person === SYSTEM_ACTOR) return { actorId: null };
  return person ? { OR: [{ actorId: person }, { targetUserId: person }] } : {};
}

export async function loadAdminEntries(db: Db, ids: string[]): Promise<AdminEntry[]> {
  const events = await db.adminEvent.findMany({
    where: { id: { in: ids } },
    include: { actor: { select: { id: true, name: true } }, targetUser: { select: { id: true, name: true } } },
  });
  return events.flatMap((event) => {
    // A row this version cannot read (written by a later one) is left out rather than failing the page.
    const parsed = adminEventSchema.safeParse({ action: event.action, details: safeJson(event.details) });
    if (!parsed.success) return [];
    return [{ kind: "user" as const, id: event.id, createdAt: event.createdAt, actor: event.actor, target: event.targetUser, event: parsed.data }];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
