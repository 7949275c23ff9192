import type { Tx } from "./client";

// SQLite refuses at once (SQLITE_BUSY, no waiting) a transaction that has read and then wants
// to write while another process (content:sync, a script, a test) is writing. Claiming the
// write lock with the transaction's first statement makes it wait its turn instead. The
// statement changes nothing, and is plain SQL that PostgreSQL accepts too. There it claims
// nothing (no row matches): PostgreSQL writers wait on the rows they update, and the version
// guards refuse a stale write.
export async function claimWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE "Report" SET "slug" = "slug" WHERE 1 = 0`;
}
