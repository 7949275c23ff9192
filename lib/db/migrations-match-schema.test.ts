import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describePostgresSchema, describeSqliteSchema } from "@/lib/testing/describe-schema";
import { databaseUrl, withPostgres } from "@/lib/testing/postgres-server";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { sqliteFilePath } from "./database-url";

// The committed migrations of the database under test (SQLite, or PostgreSQL in the postgres
// project) must build exactly the schema that prisma/schema.prisma describes: a model changed
// without its migration, or a migration edited by hand, fails here.
let migrated: TestDb;
beforeAll(async () => {
  migrated = await createTestDb();
});
afterAll(() => migrated.cleanup());

function schemaScript(schema: string): string {
  return execFileSync(
    path.join("node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe("the committed migrations", () => {
  it("build the schema the data model describes", async () => {
    if (migrated.provider === "sqlite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-schema-"));
      try {
        const file = path.join(dir, "expected.db");
        const sqlite = new Database(file);
        sqlite.exec(schemaScript("prisma/schema.prisma"));
        sqlite.close();
        expect(describeSqliteSchema(sqliteFilePath(migrated.url))).toEqual(describeSqliteSchema(file));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    const server = inject("postgresServerUrl");
    const name = `newsroom_expected_${crypto.randomBytes(6).toString("hex")}`;
    await withPostgres(server, (client) => client.query(`CREATE DATABASE "${name}"`));
    try {
      const url = databaseUrl(server, name);
      await withPostgres(url, (client) => client.query(schemaScript("prisma/postgres/schema.prisma")));
      expect(await describePostgresSchema(migrated.url)).toEqual(await describePostgresSchema(url));
    } finally {
      await withPostgres(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  });
});
