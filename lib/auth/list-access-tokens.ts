import type { Db } from "@/lib/db/client";
import { requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";

export type AccessTokenSummary = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

// The caller's own tokens that still work, newest first.
export async function listAccessTokens(db: Db, options: { actor: Actor | null }): Promise<AccessTokenSummary[]> {
  const actor = requireActor(options.actor);
  return db.accessToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
