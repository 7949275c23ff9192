import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { authorize, canManageUsers, canSetAdminFlag, requireActor } from "@/lib/permissions";
import type { Actor, Role } from "./actor";

export type SetUserRolesOptions = {
  actor: Actor | null;
  userId: string;
  isAdmin: boolean;
  roles: { role: Role; language: TargetLanguage }[];
};

// Replaces a user's roles with the given set. Roles are read at every request, so the
// change applies at once, to sessions and access tokens alike.
export async function setUserRoles(db: Db, options: SetUserRolesOptions): Promise<{ id: string }> {
  requireActor(options.actor);
  authorize(options.actor, canManageUsers, "manage users");
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
  if (!canSetAdminFlag(options.actor, user, options.isAdmin)) {
    throw new DomainError("forbidden", "You cannot remove your own admin rights", { reason: "own-admin" });
  }
  const roles = [...new Map(options.roles.map((grant) => [`${grant.role}:${grant.language}`, grant])).values()];
  await db.$transaction([
    db.languageRole.deleteMany({ where: { userId: user.id } }),
    db.languageRole.createMany({ data: roles.map((grant) => ({ userId: user.id, ...grant })) }),
    db.user.update({ where: { id: user.id }, data: { isAdmin: options.isAdmin } }),
  ]);
  return { id: user.id };
}
