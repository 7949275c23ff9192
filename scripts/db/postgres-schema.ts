import fs from "node:fs";
import path from "node:path";

// prisma/schema.prisma is the one source of the data model. The PostgreSQL schema is derived
// from it by two substitutions, the datasource's provider and the generated client's folder;
// nothing else may differ, so the models cannot drift apart.
export const SOURCE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_DIR = path.join("prisma", "postgres");
export const POSTGRES_SCHEMA = path.join(POSTGRES_DIR, "schema.prisma");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
export const POSTGRES_MIGRATIONS = path.join(POSTGRES_DIR, "migrations");

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:schemas`: do not edit, edit the source and run it again.\n";

const SUBSTITUTIONS = [
  { from: 'provider = "sqlite"', to: 'provider = "postgresql"' },
  { from: 'output          = "../lib/generated/prisma"', to: 'output          = "../../lib/generated/prisma-postgres"' },
];

export function postgresSchemaText(source = fs.readFileSync(SOURCE_SCHEMA, "utf8")): string {
  let text = source;
  for (const { from, to } of SUBSTITUTIONS) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${SOURCE_SCHEMA}: expected \`${from}\` once, found it ${count} times`);
    text = text.replace(from, to);
  }
  return HEADER + text;
}

// Migration folders in apply order (their names start with a timestamp).
export function migrationNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((entry) => fs.existsSync(path.join(dir, entry, "migration.sql")))
    .sort();
}
