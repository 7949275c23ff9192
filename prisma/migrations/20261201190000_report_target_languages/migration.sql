-- AlterTable
ALTER TABLE "Report" ADD COLUMN "targetLanguages" TEXT;

