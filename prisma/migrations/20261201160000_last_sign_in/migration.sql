-- AlterTable
ALTER TABLE "User" ADD COLUMN "lastSignInAt" DATETIME;


-- Backfill: the newest session a user still has is the best record of their last sign-in
UPDATE "User" SET "lastSignInAt" = (SELECT max("createdAt") FROM "Session" WHERE "Session"."userId" = "User"."id");
