-- AlterTable
ALTER TABLE "ReviewDecision" ADD COLUMN "acknowledgedWarnings" TEXT;

