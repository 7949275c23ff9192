import type { Db, Tx } from "./client";
import { claimWriteLock } from "./write-lock";

// Every operation that writes runs here. The write lock is claimed by the first statement,
// so a transaction waits its turn behind another writer (content:sync, a second app
// process, a test) instead of being refused half-way (SQLite's SQLITE_BUSY after a read).
export function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await claimWriteLock(tx);
      return work(tx);
    },
    { maxWait: 15_000, timeout: options.timeout ?? 20_000 },
  );
}
