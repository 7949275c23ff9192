-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "translatorNote" TEXT;

-- CreateTable
CREATE TABLE "SpeakerTranslation" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "speakerKey" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "SpeakerTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerTranslation_reportId_speakerKey_language_key" ON "SpeakerTranslation"("reportId", "speakerKey", "language");

-- AddForeignKey
ALTER TABLE "SpeakerTranslation" ADD CONSTRAINT "SpeakerTranslation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

