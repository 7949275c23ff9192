import type { Db } from "@/lib/db/client";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { authorize, canDeactivateUser, canManageUsers } from "@/lib/permissions";
import type { Actor } from "./actor";

export type SetUserActiveOptions = { actor: Actor | null; userId: string; isActive: boolean };
export type SetUserActiveResult = { id: string; isActive: boolean; endedSessions: number; revokedTokens: number };

// Deactivating keeps the account and all it did (revisions, decisions, audit) but shuts it
// out at once: its sessions end, its tokens are revoked, and sign-in and any session or token
// left are refused while it is deactivated (lib/users/actor.ts, lib/auth/access-tokens.ts,
// lib/auth/auth.ts). Reactivating lets it sign in again, with new tokens.
export async function setUserActive(db: Db, options: SetUserActiveOptions): Promise<SetUserActiveResult> {
  const actor = authorize(options.actor, canManageUsers, "deactivate users");
  if (!canDeactivateUser(actor, { id: options.userId })) {
    throw new DomainError("forbidden", "You cannot deactivate your own account", { reason: "own-account" });
  }
  return writeTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, deactivatedAt: true } });
    if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
    const isActive = user.deactivatedAt === null;
    // Nothing to do records nothing.
    if (isActive === options.isActive) return { id: user.id, isActive, endedSessions: 0, revokedTokens: 0 };
    if (options.isActive) {
      await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
      await recordAdminEvent(tx, { actorId: actor.id, targetUserId: user.id, action: "user-reactivated", details: {} });
      return { id: user.id, isActive: true, endedSessions: 0, revokedTokens: 0 };
    }
    await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const endedSessions = (await tx.session.deleteMany({ where: { userId: user.id } })).count;
    const revokedTokens = (await tx.accessToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } })).count;
    await recordAdminEvent(tx, { actorId: actor.id, targetUserId: user.id, action: "user-deactivated", details: { endedSessions, revokedTokens } });
    return { id: user.id, isActive: false, endedSessions, revokedTokens };
  });
}
