import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  migrationNames,
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresSchemaText,
  SQLITE_MIGRATIONS,
} from "@/scripts/db/postgres-schema";

// prisma/schema.prisma is the one source; prisma/postgres/ is generated from it by
// `npm run db:schemas`. These fail when someone edits one side and not the other.
describe("the PostgreSQL schema and migrations", () => {
  it("are the source schema with only the provider and the client folder changed", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8"), "run `npm run db:schemas`").toBe(postgresSchemaText());
  });

  it("have one migration for each SQLite migration, with the same name", () => {
    expect(migrationNames(POSTGRES_MIGRATIONS), "run `npm run db:schemas`").toEqual(migrationNames(SQLITE_MIGRATIONS));
  });

  it("refuse a source whose provider or client folder is not where the generator expects it", () => {
    expect(() => postgresSchemaText('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(/provider = "sqlite"/);
  });
});
