-- CreateTable
CREATE TABLE "AdminEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetUserId" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AdminEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AdminEvent_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "translationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "textAuthorId" TEXT NOT NULL,
    "restoredFromVersion" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "Translation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Revision_textAuthorId_fkey" FOREIGN KEY ("textAuthorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Existing revisions: the words are their author's...
INSERT INTO "new_Revision" ("authorId", "textAuthorId", "createdAt", "id", "restoredFromVersion", "sourceHash", "text", "translationId", "version") SELECT "authorId", "authorId", "createdAt", "id", "restoredFromVersion", "sourceHash", "text", "translationId", "version" FROM "Revision";
-- ...except a restore's, which are the author's of the revision it brought back (followed
-- through restores of restores; a chain that ends at a missing revision keeps the author).
UPDATE "new_Revision" SET "textAuthorId" = COALESCE((
    WITH RECURSIVE "chain"("authorId", "restoredFromVersion") AS (
        SELECT "authorId", "restoredFromVersion" FROM "new_Revision" AS "start" WHERE "start"."id" = "new_Revision"."id"
        UNION ALL
        SELECT "earlier"."authorId", "earlier"."restoredFromVersion" FROM "new_Revision" AS "earlier"
        JOIN "chain" ON "earlier"."translationId" = "new_Revision"."translationId" AND "earlier"."version" = "chain"."restoredFromVersion"
    )
    SELECT "authorId" FROM "chain" WHERE "restoredFromVersion" IS NULL LIMIT 1
), "authorId") WHERE "restoredFromVersion" IS NOT NULL;
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE UNIQUE INDEX "Revision_translationId_version_key" ON "Revision"("translationId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AdminEvent_createdAt_idx" ON "AdminEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AdminEvent_targetUserId_createdAt_idx" ON "AdminEvent"("targetUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AdminEvent_actorId_createdAt_idx" ON "AdminEvent"("actorId", "createdAt");

