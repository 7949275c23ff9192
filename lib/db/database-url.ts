import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/newsroom.db";

// DATABASE_URL says which database the app runs on: a SQLite file (file:…, the default of
// `npm start`) or a PostgreSQL server (postgres://… or postgresql://…).
export function databaseProvider(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgres:// URL, got ${url}`);
}

// SQLite paths in DATABASE_URL are resolved from the project root, the same way for
// the Prisma CLI, the app, the seed and the tests.
export function sqliteFilePath(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL, got ${url}`);
  }
  const file = url.slice("file:".length);
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
