import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, DEFAULT_DATABASE_URL, sqliteFilePath } from "./lib/db/database-url";
import { postgresMigrateAdapter } from "./lib/db/migrate-adapter";

// `npm run db:migrate` and the other CLI commands read .env the way the app and the scripts
// do (variables already set win), so they work on the database the app uses.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

// One data model (prisma/schema.prisma); the PostgreSQL schema and migrations are derived
// from it (`npm run db:schemas`). DATABASE_URL picks which pair the CLI works with.
const isPostgres = databaseProvider(url) === "postgresql";
const folder = isPostgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  engine: "js",
  async adapter() {
    if (isPostgres) return postgresMigrateAdapter(url);
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
