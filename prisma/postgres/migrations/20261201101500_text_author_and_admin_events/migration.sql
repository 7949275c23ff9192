-- AlterTable (written by hand after db:schemas: existing rows need their text author first)
ALTER TABLE "Revision" ADD COLUMN     "textAuthorId" TEXT;
-- Existing revisions: the words are their author's, except a restore's, which are the author's
-- of the revision it brought back (followed through restores of restores: a chain that ends at
-- a missing revision keeps the author). The same rule as the SQLite migration.
UPDATE "Revision" SET "textAuthorId" = "authorId";
UPDATE "Revision" AS "r" SET "textAuthorId" = COALESCE((
    WITH RECURSIVE "chain"("authorId", "restoredFromVersion", "depth") AS (
        SELECT "start"."authorId", "start"."restoredFromVersion", 0 FROM "Revision" AS "start" WHERE "start"."id" = "r"."id"
        UNION ALL
        SELECT "earlier"."authorId", "earlier"."restoredFromVersion", "chain"."depth" + 1 FROM "Revision" AS "earlier"
        JOIN "chain" ON "earlier"."translationId" = "r"."translationId" AND "earlier"."version" = "chain"."restoredFromVersion"
        WHERE "chain"."depth" < 10000
    )
    SELECT "authorId" FROM "chain" WHERE "restoredFromVersion" IS NULL LIMIT 1
), "r"."authorId") WHERE "r"."restoredFromVersion" IS NOT NULL;
ALTER TABLE "Revision" ALTER COLUMN "textAuthorId" SET NOT NULL;

-- CreateTable
CREATE TABLE "AdminEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetUserId" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdminEvent_createdAt_idx" ON "AdminEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AdminEvent_targetUserId_createdAt_idx" ON "AdminEvent"("targetUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AdminEvent_actorId_createdAt_idx" ON "AdminEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_textAuthorId_fkey" FOREIGN KEY ("textAuthorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminEvent" ADD CONSTRAINT "AdminEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminEvent" ADD CONSTRAINT "AdminEvent_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

