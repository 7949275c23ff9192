import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { backupDatabase, backupFileName, restoreDatabase } from "./backup";
import { createClient } from "./create-client";

// `npm run db:backup` and `db:restore` on the database under test: SQLite's online backup
// API, or pg_dump and pg_restore (Debian's postgresql-client) in the postgres project.
let test: TestDb;
let dir: string;
beforeAll(async () => {
  test = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-backup-"));
});
afterAll(async () => {
  await test.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("database backups", () => {
  it("are named by the time they were taken, in a sortable form", () => {
    const now = new Date("2026-12-01T10:04:05.678Z");
    expect(backupFileName("sqlite", now)).toBe("newsroom-20261201T100405Z.db");
    expect(backupFileName("postgresql", now)).toBe("newsroom-20261201T100405Z.dump");
  });

  it("restore the data as it was when the backup was taken", { timeout: 60_000 }, async () => {
    const { slug } = await createTestReport(test.db);
    const kept = await createTestUser(test.db, { name: "Kept Before Backup" });
    const file = await backupDatabase(test.url, dir);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const later = await createTestUser(test.db, { name: "Added After Backup" });
    await test.db.report.delete({ where: { slug } });
    await test.db.$disconnect();

    await restoreDatabase(test.url, file);
    const restored = createClient(test.url);
    try {
      expect(await restored.user.findUnique({ where: { id: kept.id } })).toMatchObject({ name: "Kept Before Backup" });
      expect(await restored.user.findUnique({ where: { id: later.id } })).toBeNull();
      const report = await restored.report.findUnique({ where: { slug }, include: { paragraphs: true } });
      expect(report?.paragraphs.length).toBeGreaterThan(0);
    } finally {
      await restored.$disconnect();
    }
  });
});
