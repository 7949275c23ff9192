import type { Db } from "@/lib/db/client";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { authorize, canManageUsers } from "@/lib/permissions";
import type { Actor, Role } from "./actor";

export type RemoveUserRoleOptions = { actor: Actor | null; userId: string; role: Role; language: TargetLanguage };

// Takes one role away; the audit trail records it with the change (nothing when the user
// did not have it).
export async function removeUserRole(db: Db, options: RemoveUserRoleOptions): Promise<{ id: string; isRemoved: boolean }> {
  const actor = authorize(options.actor, canManageUsers, "manage users");
  return writeTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
    const removed = await tx.languageRole.deleteMany({ where: { userId: user.id, role: options.role, language: options.language } });
    if (removed.count > 0) {
      await recordAdminEvent(tx, {
        actorId: actor.id,
        targetUserId: user.id,
        action: "roles-changed",
        details: { granted: [], removed: [{ role: options.role, language: options.language }] },
      });
    }
    return { id: user.id, isRemoved: removed.count > 0 };
  });
}
