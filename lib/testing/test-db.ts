import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type TestDb = { db: PrismaClient; cleanup: () => Promise<void> };

// A fresh SQLite database with every committed migration applied, for unit tests of
// domain operations against the real schema.
export async function createTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-unit-"));
  const file = path.join(dir, "test.db");
  const migrations = path.resolve("prisma/migrations");
  const sqlite = new Database(file);
  for (const name of fs.readdirSync(migrations).filter((entry) => fs.statSync(path.join(migrations, entry)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
