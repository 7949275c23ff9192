// SQLite transactions start deferred: when another process (content:sync, a test factory)
// commits between a transaction's first read and its first write, SQLite refuses the write
// at once with SQLITE_BUSY (Prisma: P1008). The transaction wrote nothing, so running the
// whole operation again, after a short random pause, is safe.
const MAX_ATTEMPTS = 6;
const BASE_PAUSE_MS = 25;

export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : "";
  return code === "P1008" || /database is locked|SQLITE_BUSY/i.test(message);
}

export async function retryIfBusy<T>(operation: () => Promise<T>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      const pause = BASE_PAUSE_MS * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
