import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describePostgresSchema, describeSqliteSchema } from "@/lib/testing/describe-schema";
import { databaseUrl, withPostgres } from "@/lib/testing/postgres-server";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { sqliteFilePath } from "./database-url";

// `prisma migrate deploy` (what npm start, the bench and db:migrate run) must build a fresh
// database from the committed migrations. The test databases are built by running each
// migration file whole; the CLI does not: on PostgreSQL, @prisma/adapter-pg runs a script as
// the pieces between its semicolons, so a semicolon in a comment or a string breaks a
// migration there while every other test passes.
let migrated: TestDb;
beforeAll(async () => {
  migrated = await createTestDb();
});
afterAll(() => migrated.cleanup());

const deploy = (url: string) =>
  promisify(execFile)(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });

describe("prisma migrate deploy", () => {
  it("builds a fresh database with the schema the test databases have", { timeout: 120_000 }, async () => {
    if (migrated.provider === "sqlite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-deploy-"));
      try {
        const url = `file:${path.join(dir, "deployed.db")}`;
        await deploy(url);
        expect(describeSqliteSchema(sqliteFilePath(url))).toEqual(describeSqliteSchema(sqliteFilePath(migrated.url)));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      return;
    }
    const server = inject("postgresServerUrl");
    const name = `newsroom_deployed_${crypto.randomBytes(6).toString("hex")}`;
    await withPostgres(server, (client) => client.query(`CREATE DATABASE "${name}"`));
    try {
      const url = databaseUrl(server, name);
      await deploy(url);
      expect(await describePostgresSchema(url)).toEqual(await describePostgresSchema(migrated.url));
    } finally {
      await withPostgres(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  });
});
