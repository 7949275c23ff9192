import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "./create-client";
import { DEFAULT_DATABASE_URL } from "./database-url";

// One client per process: Next's dev server re-evaluates modules on every change,
// so the instance lives on globalThis and is reused.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// DATABASE_URL picks the database: a SQLite file (file:…) or PostgreSQL (postgres://…).
// SQLite has one writer at a time: wait for the lock (a content sync, a busy moment)
// rather than refuse a translator's save after the driver's default 5 s.
export const db: PrismaClient =
  globalForPrisma.prisma ?? createClient(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { sqliteTimeoutMs: 15_000 });
globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
