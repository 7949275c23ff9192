import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteFilePath } from "./database-url";

// One client per process: Next's dev server re-evaluates modules on every change,
// so the instance lives on globalThis and is reused.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // SQLite has one writer at a time: wait for the lock (a content sync, a busy moment)
  // rather than refuse a translator's save after the driver's default 5 s.
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(), timeout: 15_000 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
