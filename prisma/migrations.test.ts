import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const migration = (name: string) => fs.readFileSync(path.resolve("prisma/migrations", name, "migration.sql"), "utf8");

describe("the text-author migration", () => {
  it("gives existing revisions their author's words, and restores the words of the revision they brought back", () => {
    const db = new Database(":memory:");
    db.exec(migration("20261124100000_init"));
    db.exec(`
      INSERT INTO "User" (id, name, email, updatedAt) VALUES ('olivia', 'Olivia', 'o@t', 0), ('emma', 'Emma', 'e@t', 0), ('james', 'James', 'j@t', 0);
      INSERT INTO "Report" (id, slug, title, date, outlet, originalLanguage, sourceFile, updatedAt) VALUES ('r', 's', 't', '2022-01', 'o', 'fr', 'f', 0);
      INSERT INTO "SourceParagraph" (id, reportId, key, position, kind, text, hash, updatedAt) VALUES ('p', 'r', 'p-one', 0, 'paragraph', 't', 'h', 0);
      INSERT INTO "Translation" (id, paragraphId, language, state, version, updatedAt) VALUES ('t', 'p', 'en', 'draft', 5, 0);
      INSERT INTO "Revision" (id, translationId, version, text, sourceHash, authorId, restoredFromVersion) VALUES
        ('v1', 't', 1, 'a', 'h', 'olivia', NULL), ('v2', 't', 2, 'b', 'h', 'james', NULL), ('v3', 't', 3, 'a', 'h', 'emma', 1),
        ('v4', 't', 4, 'a', 'h', 'james', 3), ('v5', 't', 5, 'c', 'h', 'james', 9);`);
    db.exec(migration("20261201101500_text_author_and_admin_events"));
    const rows = db.prepare(`SELECT id, authorId, textAuthorId FROM "Revision" ORDER BY version`).all();
    db.close();
    expect(rows).toEqual([
      { id: "v1", authorId: "olivia", textAuthorId: "olivia" },
      { id: "v2", authorId: "james", textAuthorId: "james" },
      { id: "v3", authorId: "emma", textAuthorId: "olivia" },
      { id: "v4", authorId: "james", textAuthorId: "olivia" }, // a restore of a restore
      { id: "v5", authorId: "james", textAuthorId: "james" }, // restored from a revision that is not there
    ]);
  });
});
