-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "checkOverrides" TEXT;
ALTER TABLE "Revision" ADD COLUMN "memoryShare" REAL;

-- CreateTable
CREATE TABLE "MemoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLanguage" TEXT NOT NULL,
    "targetLanguage" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "reportSlug" TEXT,
    "paragraphKey" TEXT,
    "revisionId" TEXT,
    "approvedById" TEXT,
    "approvedByName" TEXT,
    "approvedAt" DATETIME NOT NULL,
    "supersededAt" DATETIME,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MemoryEntry_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MemoryEntry_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLanguage" TEXT NOT NULL,
    "targetLanguage" TEXT NOT NULL,
    "sourceTerm" TEXT NOT NULL,
    "translations" TEXT NOT NULL,
    "note" TEXT,
    "partOfSpeech" TEXT,
    "exactForm" BOOLEAN NOT NULL DEFAULT false,
    "caseSensitive" BOOLEAN NOT NULL DEFAULT false,
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "isForbidden" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "proposedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionComment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GlossaryEntry_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GlossaryEntry_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "translationId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "quoteKey" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckDismissal_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "Translation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckDismissal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntry_revisionId_key" ON "MemoryEntry"("revisionId");

-- CreateIndex
CREATE INDEX "MemoryEntry_sourceLanguage_targetLanguage_sourceHash_idx" ON "MemoryEntry"("sourceLanguage", "targetLanguage", "sourceHash");

-- CreateIndex
CREATE INDEX "MemoryEntry_updatedAt_idx" ON "MemoryEntry"("updatedAt");

-- CreateIndex
CREATE INDEX "GlossaryEntry_sourceLanguage_targetLanguage_status_idx" ON "GlossaryEntry"("sourceLanguage", "targetLanguage", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CheckDismissal_translationId_checkId_quoteKey_key" ON "CheckDismissal"("translationId", "checkId", "quoteKey");

