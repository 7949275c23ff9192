import path from "node:path";

// SQLite paths in DATABASE_URL are resolved from the project root, the same way for
// the Prisma CLI, the app, the seed and the tests.
export function sqliteFilePath(url = process.env.DATABASE_URL ?? "file:./data/newsroom.db"): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL, got ${url}`);
  }
  const file = url.slice("file:".length);
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
