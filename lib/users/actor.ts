import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

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

// The columns an Actor is made of (lib/auth/access-tokens.ts reads the same ones in raw SQL).
export const ACTOR_SELECT = {
  id: true,
  name: true,
  email: true,
  isAdmin: true,
  roles: { select: { role: true, language: true } },
} as const satisfies Prisma.UserSelect;

export type ActorRow = Prisma.UserGetPayload<{ select: typeof ACTOR_SELECT }>;

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: ACTOR_SELECT });
  return user ? toActor(user) : null;
}

export function toActor(user: ActorRow): Actor {
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
