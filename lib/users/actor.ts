import type { Db } from "@/lib/db/client";

export const ROLES = ["translator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

// Whoever is asking, as the domain sees them: null for an anonymous reader.
export type Actor = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  roles: { role: Role; language: string }[];
};

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { roles: true } });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    roles: user.roles.flatMap((grant) =>
      (ROLES as readonly string[]).includes(grant.role) ? [{ role: grant.role as Role, language: grant.language }] : [],
    ),
  };
}
