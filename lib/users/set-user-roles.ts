import type { Db } from "@/lib/db/client";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { authorize, canManageUsers, canSetAdminFlag } from "@/lib/permissions";
import type { Actor, Role } from "./actor";
import { diffRoles } from "./diff-roles";

export type SetUserRolesOptions = {
  actor: Actor | null;
  userId: string;
  isAdmin: boolean;
  roles: { role: Role; language: TargetLanguage }[];
};

// Replaces a user's roles with the given set. Roles are read at every request, so the
// change applies at once, to sessions and access tokens alike. What changed (roles given
// and taken, the admin flag) goes to the audit trail with the change; saving the same set
// again records nothing.
export async function setUserRoles(db: Db, options: SetUserRolesOptions): Promise<{ id: string }> {
  const actor = authorize(options.actor, canManageUsers, "manage users");
  const roles = [...new Map(options.roles.map((grant) => [`${grant.role}:${grant.language}`, grant])).values()];
  return writeTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, include: { roles: true } });
    if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
    if (!canSetAdminFlag(actor, user, options.isAdmin)) {
      throw new DomainError("forbidden", "You cannot remove your own admin rights", { reason: "own-admin" });
    }
    await tx.languageRole.deleteMany({ where: { userId: user.id } });
    await tx.languageRole.createMany({ data: roles.map((grant) => ({ userId: user.id, ...grant })) });
    await tx.user.update({ where: { id: user.id }, data: { isAdmin: options.isAdmin } });
    const { granted, removed } = diffRoles(user.roles, roles);
    const isAdminChanged = user.isAdmin !== options.isAdmin;
    if (granted.length > 0 || removed.length > 0 || isAdminChanged) {
      await recordAdminEvent(tx, {
        actorId: actor.id,
        targetUserId: user.id,
        action: "roles-changed",
        details: { granted, removed, ...(isAdminChanged ? { isAdmin: options.isAdmin } : {}) },
      });
    }
    return { id: user.id };
  });
}
