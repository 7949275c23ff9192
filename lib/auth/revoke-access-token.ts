import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canManageAccessToken, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";

export type RevokeAccessTokenOptions = { actor: Actor | null; tokenId: string };

// A revoked token is kept (revokedAt set) so the list of what existed stays honest; it stops working at once.
export async function revokeAccessToken(db: Db, options: RevokeAccessTokenOptions): Promise<{ id: string; revokedAt: Date }> {
  requireActor(options.actor);
  const token = await db.accessToken.findUnique({ where: { id: options.tokenId } });
  if (!token) throw new DomainError("not-found", "Unknown token", { what: "token" });
  const actor = authorize(options.actor, (who) => canManageAccessToken(who, token), "revoke this token");
  if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
  return writeTransaction(db, async (tx) => {
    // Only the request that actually revokes it records it (a second click changes nothing).
    const revokedAt = new Date();
    const claimed = await tx.accessToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (claimed.count === 0) {
      const current = await tx.accessToken.findUniqueOrThrow({ where: { id: token.id } });
      return { id: token.id, revokedAt: current.revokedAt! };
    }
    const details = { tokenId: token.id, name: token.name, prefix: token.prefix };
    await recordAdminEvent(tx, { actorId: actor.id, targetUserId: token.userId, action: "token-revoked", details });
    return { id: token.id, revokedAt };
  });
}
