import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import {
  accountKey,
  addressStateAfterSuccess,
  assessAttempt,
  stateAfterFailure,
  THROTTLE_POLICY,
  throttleKeys,
  type AttemptVerdict,
  type ThrottleScope,
} from "./throttle-policy";

// Who is attempting: the e-mail address typed and the client address (lib/http/client-ip.ts).
export type SignInAttempt = { email: string; client: string };

const SCOPES: ThrottleScope[] = ["pair", "account", "address"];

// The SignInThrottle table, one row per counter (lib/auth/throttle-policy.ts). Kept in the
// database, so that the limits hold across several app processes.
export async function beginSignInAttempt(db: Db, attempt: SignInAttempt, now = new Date(), policy = THROTTLE_POLICY): Promise<AttemptVerdict> {
  const keys = throttleKeys(attempt.email, attempt.client);
  // The writes come first so the transaction holds the lock while it decides: SQLite's write
  // lock, PostgreSQL's lock on the rows, which the no-op increment takes (an empty update would
  // not be one statement, INSERT … ON CONFLICT DO UPDATE, and racing first attempts would both
  // insert). Concurrent attempts are counted one after the other.
  return writeTransaction(db, async (tx) => {
    for (const scope of SCOPES) await tx.signInThrottle.upsert({ where: { key: keys[scope] }, create: { key: keys[scope] }, update: { failures: { increment: 0 } } });
    const rows = await tx.signInThrottle.findMany({ where: { key: { in: SCOPES.map((scope) => keys[scope]) } } });
    const stateOf = (scope: ThrottleScope) => rows.find((row) => row.key === keys[scope]) ?? null;
    const states = { pair: stateOf("pair"), account: stateOf("account"), address: stateOf("address") };
    const verdict = assessAttempt(states, now, policy);
    if (!verdict.isAllowed) return verdict;
    for (const scope of SCOPES) {
      await tx.signInThrottle.update({ where: { key: keys[scope] }, data: stateAfterFailure(states[scope], now, policy[scope]) });
    }
    return verdict;
  });
}

export async function recordSignInSuccess(db: Db, attempt: SignInAttempt, policy = THROTTLE_POLICY): Promise<void> {
  const keys = throttleKeys(attempt.email, attempt.client);
  await writeTransaction(db, async (tx) => {
    await tx.signInThrottle.deleteMany({ where: { key: { in: [keys.account, keys.pair] } } });
    const address = await tx.signInThrottle.findUnique({ where: { key: keys.address } });
    if (address) await tx.signInThrottle.update({ where: { key: keys.address }, data: addressStateAfterSuccess(address, policy.address) });
  });
}

// An admin who resets a password lifts every lock on the account, from every address.
export async function clearSignInThrottle(db: Db, email: string): Promise<void> {
  const key = accountKey(email);
  await writeTransaction(db, (tx) => tx.signInThrottle.deleteMany({ where: { OR: [{ key }, { key: { startsWith: `${key}|ip:` } }] } }));
}
