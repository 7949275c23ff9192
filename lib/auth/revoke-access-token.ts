import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canManageAccessToken, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";

export type RevokeAccessTokenOptions = { actor: Actor | null; tokenId: string };

// A revoked token is kept (revokedAt set) so the list of what existed stays honest; it stops working at once.
export async function revokeAccessToken(db: Db, options: RevokeAccessTokenOptions): Promise<{ id: string; revokedAt: Date }> {
  requireActor(options.actor);
  const token = await db.accessToken.findUnique({ where: { id: options.tokenId } });
  if (!token) throw new DomainError("not-found", "Unknown token", { what: "token" });
  authorize(options.actor, (who) => canManageAccessToken(who, token), "revoke this token");
  if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
  const revoked = await db.accessToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
  return { id: revoked.id, revokedAt: revoked.revokedAt! };
}
