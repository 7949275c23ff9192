// Prisma's "a record this query needs was not found" (P2025): what update, delete and
// findUniqueOrThrow throw when their where matches no row. Told by its code, not its class:
// the SQLite and PostgreSQL clients each have their own error classes (create-client.ts).
export function isRecordNotFound(error: unknown): boolean {
  return Boolean(error) && typeof error === "object" && (error as { code?: unknown }).code === "P2025";
}
