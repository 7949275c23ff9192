import type { Db, Tx } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";

// The models Better Auth writes (its sessions, credential accounts, verification rows and user
// updates), as the Prisma client names them.
const AUTH_MODELS = new Set(["User", "Session", "Account", "Verification"]);
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);

type Delegate = Record<string, (args: unknown) => Promise<unknown>>;

// What Better Auth's Prisma adapter is given instead of the client, so that its writes take the
// one write path (lib/db/write-transaction.ts) like every other write: on SQLite they claim the
// write lock first and queue, and a write refused because of another transaction (busy, a
// serialization failure) is retried there instead of failing the sign-in. It is a view of the
// same client (`$extends` makes no new connection pool); reads pass straight through.
// - Each top-level write runs alone in writeTransaction, on the plain client, whose
//   transactions do not pass through this extension again.
// - The adapter's own interactive transactions (consumeOne, incrementOne) run in writeTransaction
//   as a whole, on the plain client's `tx`: the writes inside are part of that one transaction,
//   never a second one nested in it. Their callbacks are database work only, so a retry is safe.
//   (Better Auth's `transaction: true` option would hand this a callback with its hooks inside:
//   leave it off.) Without this, the adapter's `$transaction` would open a second transaction
//   for each write inside it, which on SQLite waits for the first until it times out.
// A unique violation is retried too (a racing insert): Better Auth's inserts carry fresh ids and
// tokens, so a repeated one only fails after the retries.
export function authDatabase(db: Db) {
  return db.$extends({
    client: {
      $transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
        return writeTransaction(db, work);
      },
    },
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (!AUTH_MODELS.has(model) || !WRITES.has(operation)) return query(args);
          return writeTransaction(db, (tx) => delegateOf(tx, model)[operation](args));
        },
      },
    },
  });
}

// The operation is one of WRITES on one of AUTH_MODELS, so the delegate has it; Prisma's types
// cannot follow a model and operation chosen at run time.
function delegateOf(tx: Tx, model: string): Delegate {
  const property = model.charAt(0).toLowerCase() + model.slice(1);
  return (tx as unknown as Record<string, Delegate>)[property];
}
