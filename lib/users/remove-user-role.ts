import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canManageUsers, requireActor } from "@/lib/permissions";
import type { Actor, Role } from "./actor";

export type RemoveUserRoleOptions = { actor: Actor | null; userId: string; role: Role; language: string };

export async function removeUserRole(db: Db, options: RemoveUserRoleOptions): Promise<{ id: string; isRemoved: boolean }> {
  requireActor(options.actor);
  authorize(options.actor, canManageUsers, "manage users");
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
  const removed = await db.languageRole.deleteMany({ where: { userId: user.id, role: options.role, language: options.language } });
  return { id: user.id, isRemoved: removed.count > 0 };
}
