import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

// An empty, migrated SQLite file for tests that run the project's scripts as a user would.
export function createDatabaseFile(): { file: string; url: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-script-"));
  const file = path.join(dir, "script.db");
  const migrations = path.resolve("prisma/migrations");
  const sqlite = new Database(file);
  for (const name of fs.readdirSync(migrations).filter((entry) => fs.statSync(path.join(migrations, entry)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  return { file, url: `file:${file}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function readRows<T>(file: string, sql: string): T[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}
