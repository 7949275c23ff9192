import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgres/client";
import { databaseProvider, sqliteFilePath } from "./database-url";

// Prisma compiles queries per provider, so each database has its own generated client, both
// from the same models (prisma/schema.prisma, prisma/postgres/ derived from it). The rest of the
// code knows one type, the SQLite client's: the PostgreSQL client accepts every argument it
// does (its filters and isolation levels are a superset) and returns the same rows.
export function createClient(url: string, options: { sqliteTimeoutMs?: number } = {}): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  const timeout = options.sqliteTimeoutMs === undefined ? {} : { timeout: options.sqliteTimeoutMs };
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), ...timeout }) });
}
