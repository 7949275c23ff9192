import type { Db } from "@/lib/db/client";
import { authorize, canManageUsers, requireActor } from "@/lib/permissions";
import { ROLES, type Actor, type Role } from "./actor";

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  roles: { role: Role; language: string }[];
  createdAt: Date;
};

export async function listUsers(db: Db, options: { actor: Actor | null }): Promise<UserSummary[]> {
  requireActor(options.actor);
  authorize(options.actor, canManageUsers, "manage users");
  const users = await db.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], include: { roles: true } });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    createdAt: user.createdAt,
    roles: user.roles
      .flatMap((grant) => ((ROLES as readonly string[]).includes(grant.role) ? [{ role: grant.role as Role, language: grant.language }] : []))
      .sort((a, b) => a.language.localeCompare(b.language) || a.role.localeCompare(b.role)),
  }));
}
