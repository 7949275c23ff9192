import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle";
import { DomainError } from "@/lib/errors";
import { authorize, canManageUsers, canResetPasswordOf } from "@/lib/permissions";
import type { Actor } from "./actor";
import { checkPassword } from "./check-account-input";
import { writeTransaction } from "@/lib/db/write-transaction";

export type ResetUserPasswordOptions = { actor: Actor | null; userId: string; password: string };
export type ResetUserPasswordResult = { id: string; endedSessions: number; revokedTokens: number };

// An admin sets a new password for someone else (hashed by Better Auth's own hasher), for
// an account that may be in the wrong hands: every session of the user ends and every
// personal access token is revoked, so whoever knew the old password or held a token is
// out; a lock-out is lifted. Admins change their own password on the account page, with
// the current one, like everyone.
export async function resetUserPassword(db: Db, options: ResetUserPasswordOptions): Promise<ResetUserPasswordResult> {
  const actor = authorize(options.actor, canManageUsers, "reset passwords");
  if (!canResetPasswordOf(actor, { id: options.userId })) {
    throw new DomainError("forbidden", "Change your own password on your account page", { reason: "own-password" });
  }
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
  const problems = checkPassword(options.password);
  if (problems.length > 0) throw new DomainError("invalid", "The password is not valid", { problems });
  const password = await hashPassword(options.password);
  const result = await writeTransaction(db, async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password } });
    if (updated.count === 0) {
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password } });
    }
    const endedSessions = (await tx.session.deleteMany({ where: { userId: user.id } })).count;
    const revokedTokens = (await tx.accessToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } })).count;
    await recordAdminEvent(tx, { actorId: actor.id, targetUserId: user.id, action: "password-reset", details: { endedSessions, revokedTokens } });
    return { id: user.id, endedSessions, revokedTokens };
  });
  await clearSignInThrottle(db, user.email);
  return result;
}
