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
  isActive: boolean;
  lastSignInAt: Date | null; // null: never signed in (lib/users/record-sign-in.ts)
};

// `search` keeps those whose name or e-mail contains it, whatever the case (in JavaScript: SQLite's
// LIKE folds ASCII only, and PostgreSQL's not at all).
export async function listUsers(db: Db, options: { actor: Actor | null; search?: string }): Promise<UserSummary[]> {
  requireActor(options.actor);
  authorize(options.actor, canManageUsers, "manage users");
  const users = await db.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], include: { roles: true } });
  const needle = options.search?.trim().toLocaleLowerCase() ?? "";
  const found = needle ? users.filter((user) => `${user.name}\n${user.email}`.toLocaleLowerCase().includes(needle)) : users;
  return found.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    createdAt: user.createdAt,
    isActive: user.deactivatedAt === null,
    lastSignInAt: user.lastSignInAt,
    roles: user.roles
      .flatMap((grant) => ((ROLES as readonly string[]).includes(grant.role) ? [{ role: grant.role as Role, language: grant.language }] : []))
      .sort((a, b) => a.language.localeCompare(b.language) || a.role.localeCompare(b.role)),
  }));
}
