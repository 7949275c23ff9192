import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/client";
import { beginSignInAttempt, recordSignInSuccess } from "@/lib/auth/sign-in-throttle";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { requireActor } from "@/lib/permissions";
import type { Actor } from "./actor";
import { checkPassword } from "./check-account-input";

export type ChangeOwnPasswordOptions = {
  actor: Actor | null;
  currentPassword: string;
  newPassword: string;
  // where the request comes from (lib/http/client-ip.ts): the throttle counts per address too
  client: string;
  // the session the change is made from stays signed in; every other one ends
  keepSessionId?: string | null;
  // lets tests skip the deliberate slowing of repeated failures
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A signed-in user replaces their own password, proving they know the current one. A wrong
// current password counts as a failed sign-in (slowed, then locked), so a borrowed session
// cannot be used to guess it. Hashing is Better Auth's, as for every password.
export async function changeOwnPassword(db: Db, options: ChangeOwnPasswordOptions): Promise<{ endedSessions: number }> {
  const actor = requireActor(options.actor);
  const problems = checkPassword(options.newPassword);
  if (problems.length > 0) throw new DomainError("invalid", "The new password is not valid", { problems });

  const attempt = { email: actor.email, client: options.client };
  const verdict = await beginSignInAttempt(db, attempt);
  if (!verdict.isAllowed) throw new DomainError("locked", "Too many failed attempts", { retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) });
  if (verdict.delayMs > 0) await (options.sleep ?? wait)(verdict.delayMs);
  const account = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" } });
  const isRight = Boolean(account?.password) && (await verifyPassword({ hash: account!.password!, password: options.currentPassword }));
  if (!account || !isRight) {
    throw new DomainError("invalid", "The current password is wrong", { problems: [{ code: "current-password-wrong" }] });
  }
  await recordSignInSuccess(db, attempt);

  const password = await hashPassword(options.newPassword);
  const ended = await writeTransaction(db, async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password } });
    const others = options.keepSessionId ? { id: { not: options.keepSessionId } } : {};
    const endedSessions = (await tx.session.deleteMany({ where: { userId: actor.id, ...others } })).count;
    // In the trail beside admin resets, so "who changed this account's password, when" has one answer.
    await recordAdminEvent(tx, { actorId: actor.id, targetUserId: actor.id, action: "password-changed", details: { endedSessions } });
    return endedSessions;
  });
  return { endedSessions: ended };
}
