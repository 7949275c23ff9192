import type { Db, Tx } from "./client";
import { isRetryableError } from "./retryable-error";

export type WriteTransactionOptions = { timeout?: number; attempts?: number };

const DEFAULT_ATTEMPTS = 8;
const BASE_PAUSE_MS = 20;

// Every operation that writes runs here, and only here is a write retried. The work runs in
// one transaction; when the database refuses it for a reason another transaction caused (see
// retryable-error.ts), the whole transaction has been rolled back, so nothing it wrote was
// committed, and it is run again from its first read after a short random pause. Conflicts
// between people (a save against a stale version) are DomainErrors from the version guards:
// they are answers, never retried. `work` must therefore do nothing but database work
// through `tx`, and never be called from inside another transaction (a Tx has no $transaction).
export async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: WriteTransactionOptions = {}): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const isSqlite = providerOf(db) !== "postgresql";
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(
        async (tx) => {
          if (isSqlite) await claimSqliteWriteLock(tx);
          return work(tx);
        },
        { maxWait: 15_000, timeout: options.timeout ?? 20_000 },
      );
    } catch (error) {
      if (attempt >= attempts || !isRetryableError(error)) throw error;
      await pause(BASE_PAUSE_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}

// SQLite starts a transaction deferred: its first read takes a snapshot, and when it later
// wants to write after another connection (a second process: content:sync, a script, the
// end-to-end fixtures) committed, SQLite refuses at once with SQLITE_BUSY_SNAPSHOT, without
// waiting for busy_timeout. Every read-then-write transaction here would fail that way under
// load, and be retried. A write as the first statement takes the write lock before any read,
// waiting for it up to busy_timeout, so writers queue instead. The statement matches no row
// and changes nothing. PostgreSQL needs no such claim: writers wait on the rows they update,
// and the version guards (updateMany where version = …) refuse a stale write.
async function claimSqliteWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE "Report" SET "slug" = "slug" WHERE 1 = 0`;
}

// Where a statement costs a round trip (PostgreSQL), the one write path (save-translations.ts)
// joins statements that SQLite, in the process, runs one by one.
export function isPostgres(db: Db | Tx): boolean {
  return providerOf(db) === "postgresql";
}

// Prisma's generated client names its provider; both clients of create-client.ts set it (a
// transaction's client too).
function providerOf(db: Db | Tx): string | undefined {
  return (db as unknown as { _activeProvider?: string })._activeProvider;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
