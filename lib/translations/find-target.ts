import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isTargetLanguage, type TargetLanguage } from "@/lib/languages";

export type TargetRef = { slug: string; paragraphKey: string; language: string };

// Resolves report / paragraph / language of a request, or a 404 naming which is unknown.
// It only reads: the translation row is null where none exists yet (content:sync creates
// one per paragraph and language, lib/content/sync-content.ts); a write that needs it
// calls findWritableTarget inside its write transaction.
export async function findTranslationTarget(tx: Tx, ref: TargetRef) {
  const report = await tx.report.findUnique({ where: { slug: ref.slug } });
  if (!report) throw new DomainError("not-found", `Unknown report ${ref.slug}`, { what: "report" });
  const paragraph = await tx.sourceParagraph.findUnique({
    where: { reportId_key: { reportId: report.id, key: ref.paragraphKey } },
    include: { quotes: { orderBy: { position: "asc" } } },
  });
  if (!paragraph || paragraph.archivedAt) {
    throw new DomainError("not-found", `Unknown paragraph ${ref.paragraphKey}`, { what: "paragraph" });
  }
  if (!isTargetLanguage(ref.language)) {
    throw new DomainError("not-found", `Unknown language ${ref.language}`, { what: "language" });
  }
  const language: TargetLanguage = ref.language;
  const translation = await tx.translation.findUnique({ where: { paragraphId_language: { paragraphId: paragraph.id, language } } });
  return { report, paragraph, language, translation };
}

// For a write transaction (lib/db/write-transaction.ts) only: the target with its translation
// row, created as "missing" if the sync has not made it. Two writers racing to create it make a
// unique violation, which rolls the loser back; writeTransaction runs it again and it finds the row.
export async function findWritableTarget(tx: Tx, ref: TargetRef) {
  const target = await findTranslationTarget(tx, ref);
  const translation =
    target.translation ?? (await tx.translation.create({ data: { paragraphId: target.paragraph.id, language: target.language, state: "missing" } }));
  return { ...target, translation };
}
