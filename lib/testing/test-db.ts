import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";
import { createClient } from "@/lib/db/create-client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, withPostgres } from "./postgres-server";

export type TestDb = { db: PrismaClient; provider: DatabaseProvider; url: string; cleanup: () => Promise<void> };

// The database the domain tests run on: SQLite by default, PostgreSQL with TEST_DATABASE=postgres
// (the "postgres" project of vitest.config.ts, whose global setup starts the server).
export function testDatabaseProvider(): DatabaseProvider {
  return process.env.TEST_DATABASE === "postgres" ? "postgresql" : "sqlite";
}

// A fresh database with every committed migration applied, for unit tests of
// domain operations against the real schema.
export async function createTestDb(): Promise<TestDb> {
  return testDatabaseProvider() === "postgresql" ? createPostgresTestDb() : createSqliteTestDb();
}

async function createSqliteTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-unit-"));
  const file = path.join(dir, "test.db");
  const migrations = path.resolve("prisma/migrations");
  const sqlite = new Database(file);
  for (const name of fs.readdirSync(migrations).filter((entry) => fs.statSync(path.join(migrations, entry)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const url = `file:${file}`;
  const db = createClient(url);
  return {
    db,
    provider: "sqlite",
    url,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDb(): Promise<TestDb> {
  // Never a silent fallback to SQLite: without the global setup's server this throws.
  const server = inject("postgresServerUrl");
  const template = inject("postgresTemplate");
  if (!server || !template) throw new Error("TEST_DATABASE=postgres needs the postgres project's global setup (vitest.config.ts)");
  const name = `newsroom_test_${crypto.randomBytes(6).toString("hex")}`;
  await withPostgres(server, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = databaseUrl(server, name);
  const db = createClient(url);
  return {
    db,
    provider: "postgresql",
    url,
    cleanup: async () => {
      await db.$disconnect();
      await withPostgres(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
