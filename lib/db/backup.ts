import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";

// Backups of either database, taken while the app runs:
// - SQLite through its online backup API: a consistent copy of the file, page by page, that
//   never blocks the app's readers and lets writers go on between steps;
// - PostgreSQL through pg_dump (custom format), one consistent snapshot.
export const BACKUP_DIR = "backups";

export function backupFileName(provider: "sqlite" | "postgresql", now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
  return `newsroom-${stamp}.${provider === "sqlite" ? "db" : "dump"}`;
}

export async function backupDatabase(url: string, dir = BACKUP_DIR, now = new Date()): Promise<string> {
  const provider = databaseProvider(url);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(provider, now));
  if (provider === "sqlite") {
    const source = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return file;
  }
  const tool = await postgresTool("pg_dump", url);
  execFileSync(tool, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", url], { stdio: "inherit" });
  return file;
}

// Replaces the database's content with a backup's. Stop the app first: sessions and caches
// would otherwise outlive the data they came from.
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (databaseProvider(url) === "sqlite") {
    // The backup API the other way round: the backup is the source, the live file the target.
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(sqliteFilePath(url));
    } finally {
      source.close();
    }
    return;
  }
  const tool = await postgresTool("pg_restore", url);
  execFileSync(tool, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", url, file], {
    stdio: "inherit",
  });
}

// pg_dump refuses a server newer than itself: take PG_DUMP / PG_RESTORE, or the newest client
// Debian's postgresql-client installed (/usr/lib/postgresql/<major>/bin), or the one on PATH.
async function postgresTool(name: "pg_dump" | "pg_restore", url: string): Promise<string> {
  const variable = name === "pg_dump" ? "PG_DUMP" : "PG_RESTORE";
  const candidates = [
    process.env[variable],
    ...listDebianClients().map((dir) => path.join(dir, name)),
    name,
  ].filter((candidate): candidate is string => Boolean(candidate));
  const server = await serverMajorVersion(url);
  for (const candidate of candidates) {
    const major = toolMajorVersion(candidate);
    if (major !== null && major >= server) return candidate;
  }
  throw new Error(
    `${name} ${server} or later is needed for this PostgreSQL ${server} server and none was found: ` +
      `install postgresql-client-${server} (Debian, or PostgreSQL's own apt repository) or set ${variable}.`,
  );
}

function listDebianClients(): string[] {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))
    .map((entry) => path.join(root, entry, "bin"));
}

function toolMajorVersion(tool: string): number | null {
  try {
    const match = /\) (\d+)/.exec(execFileSync(tool, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}
