import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isTargetLanguage, type TargetLanguage } from "@/lib/languages";

export type TargetRef = { slug: string; paragraphKey: string; language: string };

// Resolves report / paragraph / language of a request, or a 404 naming which is unknown.
// It only reads: the translation row is null where none exists yet (content:sync creates
// one per paragraph and language, lib/content/sync-content.ts); a write that needs it
// calls findWritableTarget inside its write transaction. Paragraph, quotations and
// translation are one query (every save, submission and decision starts here, and each
// Prisma query is compiled on the server's one thread); only a miss asks which part is unknown.
export async function findTranslationTarget(tx: Tx, ref: TargetRef) {
  const found = await tx.sourceParagraph.findFirst({
    where: { key: ref.paragraphKey, report: { slug: ref.slug } },
    include: { quotes: { orderBy: { position: "asc" } }, translations: { where: { language: ref.language } } },
  });
  if (!found) {
    const report = await tx.report.findUnique({ where: { slug: ref.slug }, select: { id: true } });
    if (!report) throw new DomainError("not-found", `Unknown report ${ref.slug}`, { what: "report" });
  }
  if (!found || found.archivedAt) {
    throw new DomainError("not-found", `Unknown paragraph ${ref.paragraphKey}`, { what: "paragraph" });
  }
  if (!isTargetLanguage(ref.language)) {
    throw new DomainError("not-found", `Unknown language ${ref.language}`, { what: "language" });
  }
  const language: TargetLanguage = ref.language;
  const { translations, ...paragraph } = found;
  return { paragraph, language, translation: translations[0] ?? null };
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
