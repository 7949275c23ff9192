import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";

// A sign-in is the start of a session (Better Auth's session hook, lib/auth/auth.ts). Kept on
// the user, since sessions end (sign-out, expiry, a reset) and the admin's table still says
// when the person last signed in.
export async function recordSignIn(db: Db, options: { userId: string; at: Date }): Promise<void> {
  await writeTransaction(db, (tx) => tx.user.updateMany({ where: { id: options.userId }, data: { lastSignInAt: options.at } }));
}
