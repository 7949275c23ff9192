import type { Tx } from "@/lib/db/client";
import type { AdminEventData } from "./admin-events";

export type AdminEventInput = AdminEventData & {
  actorId: string | null; // null: the command line
  targetUserId: string;
};

// The one writer of the user-administration trail. It takes the transaction of the change
// it records, so the change and its audit row are written together or not at all.
export async function recordAdminEvent(tx: Tx, event: AdminEventInput): Promise<void> {
  await tx.adminEvent.create({
    data: { actorId: event.actorId, targetUserId: event.targetUserId, action: event.action, details: JSON.stringify(event.details) },
  });
}
