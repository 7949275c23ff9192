import type { Db } from "@/lib/db/client";
import { retryIfBusy } from "@/lib/db/retry-busy";
import { assessAttempt, stateAfterFailure, throttleKey, type AttemptVerdict } from "./throttle-policy";
import { writeTransaction } from "@/lib/db/write-transaction";

// The SignInThrottle table, keyed by e-mail address (known or not, so that the answers
// do not tell which addresses have accounts).
export async function beginSignInAttempt(db: Db, email: string, now = new Date()): Promise<AttemptVerdict> {
  const key = throttleKey(email);
  // The write comes first so the transaction holds the lock while it decides: SQLite's write
  // lock, PostgreSQL's lock on the row, which the no-op increment takes (an empty update would
  // not be one statement, INSERT … ON CONFLICT DO UPDATE, and racing first attempts would both
  // insert). Concurrent attempts on one account are counted one after the other.
  return retryIfBusy(() =>
    writeTransaction(db, async (tx) => {
      await tx.signInThrottle.upsert({ where: { key }, create: { key }, update: { failures: { increment: 0 } } });
      const state = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
      const verdict = assessAttempt(state, now);
      if (!verdict.isAllowed) return verdict;
      await tx.signInThrottle.update({ where: { key }, data: stateAfterFailure(state, now) });
      return verdict;
    }),
  );
}

export async function recordSignInSuccess(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKey(email) } });
}

// An admin who resets a password also lifts the lock on the account.
export async function clearSignInThrottle(db: Db, email: string): Promise<void> {
  await recordSignInSuccess(db, email);
}
