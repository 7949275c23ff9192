import type { Tx } from "@/lib/db/client";
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

// For the TMX import (lib/xliff): entries with no report, paragraph or revision of ours. They
// are never superseded by an approval; a duplicate of an entry already there (same pair, same
// source and target) is skipped, so importing a file twice adds nothing. Returns how many were added.
export async function addImportedEntries(tx: Tx, entries: readonly ImportedEntry[]): Promise<number> {
  let added = 0;
  for (const entry of entries) {
    const hash = sourceHash(entry.sourceText);
    const existing = await tx.memoryEntry.findFirst({
      where: { sourceLanguage: entry.sourceLanguage, targetLanguage: entry.targetLanguage, sourceHash: hash, targetText: entry.targetText },
      select: { id: true },
    });
    if (existing) continue;
    await tx.memoryEntry.create({
      data: { ...entry, sourceHash: hash, origin: "import", reportSlug: null, paragraphKey: null, revisionId: null, approvedById: null },
    });
    added += 1;
  }
  return added;
}
