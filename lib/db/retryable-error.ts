// The database errors after which running the whole transaction again is safe and may
// succeed: the transaction was rolled back, so it wrote nothing, and the error came from
// another transaction getting there first rather than from what this one asked for.
// - SQLite busy: the write lock was held past the busy timeout, or a read snapshot went
//   stale before the first write (SQLITE_BUSY_SNAPSHOT, which does not wait). Prisma: P1008.
// - PostgreSQL serialization failure (40001, Prisma: P2034) and deadlock (40P01, which
//   @prisma/adapter-pg passes on with the driver's code as cause.originalCode).
// - A unique violation (P2002, SQLite's constraint, PostgreSQL's 23505): a racing insert of
//   the same row; on the next run the transaction finds the row and does not insert it.
const PRISMA_CODES = new Set(["P1008", "P2034", "P2002"]);
const DRIVER_CODES = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "40001", "40P01", "23505"]);

type ErrorLike = { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };

export function isRetryableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, originalCode, message, cause } = error as ErrorLike;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || DRIVER_CODES.has(code))) return true;
  if (typeof originalCode === "string" && DRIVER_CODES.has(originalCode)) return true;
  if (typeof message === "string" && /database is locked|SQLITE_BUSY|could not serialize access|deadlock detected/i.test(message)) return true;
  return isRetryableError(cause, depth + 1);
}
