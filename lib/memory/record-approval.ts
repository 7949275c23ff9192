import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceHash } from "@/lib/content/source-hash";
import { SOURCE_LANGUAGE } from "@/lib/languages";

export type RecordApprovalOptions = {
  revision: { id: string; text: string };
  paragraph: { id: string; key: string; text: string; hash: string };
  // The wording the approval holds for: the revision's own (revision.sourceHash) for an
  // approval, the current one for an approval kept across a source change.
  wordingHash: string;
  targetLanguage: string;
  reportSlug: string;
  approvedById: string;
  approvedAt: Date;
};

// Runs inside the decision's write transaction (lib/reviews/decide-translation.ts), so a
// translation is approved and in the memory together, or neither. The entry it replaces, same
// report, paragraph and language, stays in the memory, marked superseded. An approval kept
// across a source change makes a new entry for the same revision: the revision link
// (unique) moves to it, the old pair keeps its texts.
export async function recordApproval(tx: Tx, options: RecordApprovalOptions): Promise<void> {
  const { revision, paragraph, targetLanguage, reportSlug, approvedAt } = options;
  const paragraphKey = paragraph.key;
  const sourceText = await wordingText(tx, paragraph, options.wordingHash);
  await tx.memoryEntry.updateMany({
    where: { origin: "approval", targetLanguage, reportSlug, paragraphKey, supersededAt: null },
    data: { supersededAt: approvedAt },
  });
  await tx.memoryEntry.updateMany({ where: { revisionId: revision.id }, data: { revisionId: null } });
  await tx.memoryEntry.create({
    data: {
      sourceLanguage: SOURCE_LANGUAGE,
      targetLanguage,
      sourceText,
      sourceHash: sourceHash(sourceText),
      targetText: revision.text,
      reportSlug,
      paragraphKey,
      revisionId: revision.id,
      approvedById: options.approvedById,
      approvedAt,
      origin: "approval",
    },
  });
}

// Every wording a paragraph has had is kept (SourceVersion, lib/content/sync-content.ts).
async function wordingText(tx: Tx, paragraph: RecordApprovalOptions["paragraph"], hash: string): Promise<string> {
  if (hash === paragraph.hash) return paragraph.text;
  const version = await tx.sourceVersion.findUnique({ where: { paragraphId_hash: { paragraphId: paragraph.id, hash } }, select: { text: true } });
  return version?.text ?? paragraph.text;
}

export type ImportedEntry = {
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string; // inline markup
  targetText: string; // inline markup
  approvedByName: string | null; // TMX creationid or changeid
  approvedAt: Date;
};

// For the TMX import (lib/exchange/import-tmx.ts), one batch per write transaction: entries with
// no report, paragraph or revision of ours. They are never superseded by an approval; a duplicate
// of an entry already there (same pair, same source and target) or earlier in the batch is
// skipped, so importing a file twice adds nothing and a re-import completes one cut short. One
// read of the batch's source hashes (their index) and one INSERT, not a lookup and an insert
// per entry (50,000 entries: 194 s that way). Returns how many were added.
export async function addImportedEntries(tx: Tx, entries: readonly ImportedEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const hashed = entries.map((entry) => ({ ...entry, sourceHash: sourceHash(entry.sourceText) }));
  const key = (entry: { sourceLanguage: string; targetLanguage: string; sourceHash: string; targetText: string }) =>
    `${entry.sourceLanguage}\u0000${entry.targetLanguage}\u0000${entry.sourceHash}\u0000${entry.targetText}`;
  const seen = new Set<string>();
  for (const pair of new Set(hashed.map((entry) => `${entry.sourceLanguage}\u0000${entry.targetLanguage}`))) {
    const [sourceLanguage, targetLanguage] = pair.split("\u0000");
    const hashes = [...new Set(hashed.filter((entry) => entry.sourceLanguage === sourceLanguage && entry.targetLanguage === targetLanguage).map((entry) => entry.sourceHash))];
    // raw: Prisma refuses an IN list past 999 values on SQLite, and compiles each ORM query
    const existing = await tx.$queryRaw<{ sourceLanguage: string; targetLanguage: string; sourceHash: string; targetText: string }[]>`
      SELECT "sourceLanguage", "targetLanguage", "sourceHash", "targetText" FROM "MemoryEntry"
      WHERE "sourceLanguage" = ${sourceLanguage} AND "targetLanguage" = ${targetLanguage} AND "sourceHash" IN (${Prisma.join(hashes)})`;
    for (const row of existing) seen.add(key(row));
  }
  const fresh = hashed.filter((entry) => {
    if (seen.has(key(entry))) return false;
    seen.add(key(entry));
    return true;
  });
  if (fresh.length === 0) return 0;
  // One multi-row INSERT: Prisma's createMany costs about three times as much per row here (npm
  // run bench). Ids are UUIDs (the schema's cuid default is the client's, not the database's).
  const now = new Date();
  const rows = fresh.map(
    (entry) =>
      Prisma.sql`(${crypto.randomUUID()}, ${entry.sourceLanguage}, ${entry.targetLanguage}, ${entry.sourceText}, ${entry.sourceHash}, ${entry.targetText}, ${entry.approvedByName}, ${entry.approvedAt}, 'import', ${now}, ${now})`,
  );
  await tx.$executeRaw`INSERT INTO "MemoryEntry" ("id", "sourceLanguage", "targetLanguage", "sourceText", "sourceHash", "targetText", "approvedByName", "approvedAt", "origin", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)}`;
  return fresh.length;
}
