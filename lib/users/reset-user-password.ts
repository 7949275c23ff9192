import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import { clearSignInThrottle } from "@/lib/auth/sign-in-throttle";
import { DomainError } from "@/lib/errors";
import { authorize, canManageUsers, requireActor } from "@/lib/permissions";
import type { Actor } from "./actor";
import { checkPassword } from "./check-account-input";
import { writeTransaction } from "@/lib/db/write-transaction";

export type ResetUserPasswordOptions = { actor: Actor | null; userId: string; password: string };

// An admin sets a new password (hashed by Better Auth's own hasher). The user's other
// sessions end, so whoever knew the old password is signed out; a lock-out is lifted.
export async function resetUserPassword(db: Db, options: ResetUserPasswordOptions): Promise<{ id: string; endedSessions: number }> {
  const actor = requireActor(options.actor);
  authorize(actor, canManageUsers, "reset passwords");
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user) throw new DomainError("not-found", "Unknown user", { what: "user" });
  const problems = checkPassword(options.password);
  if (problems.length > 0) throw new DomainError("invalid", "The password is not valid", { problems });
  const password = await hashPassword(options.password);
  const ended = await writeTransaction(db, async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password } });
    if (updated.count === 0) {
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password } });
    }
    // An admin resetting their own password keeps the session they are using.
    if (user.id === actor.id) return 0;
    return (await tx.session.deleteMany({ where: { userId: user.id } })).count;
  });
  await clearSignInThrottle(db, user.email);
  return { id: user.id, endedSessions: ended };
}
