import type { Tx } from "@/lib/db/client";
import type { Quote, SourceParagraph, Translation } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { requireReportTarget } from "@/lib/reports/report-target";

export type TargetRef = { slug: string; paragraphKey: string; language: string };

// Resolves report / paragraph / language of a request, or a 404 naming which is unknown.
// It only reads: the translation row is null where none exists yet (content:sync creates
// one per paragraph and language, lib/content/sync-content.ts); a write that needs it
// calls findWritableTarget inside its write transaction. Every save, submission and decision
// starts here, so it is raw SQL: Prisma 6 compiles each ORM query on the server's one thread
// (about 1.1 ms for this one as a findFirst with includes; these three statements take
// 0.3 ms, npm run bench). Same columns on both databases; the adapters type the values.
export async function findTranslationTarget(tx: Tx, ref: TargetRef) {
  const [row] = await tx.$queryRaw<(SourceParagraph & { reportTargetLanguages: string | null })[]>`
    SELECT p.*, r."targetLanguages" AS "reportTargetLanguages" FROM "SourceParagraph" p JOIN "Report" r ON r."id" = p."reportId"
    WHERE r."slug" = ${ref.slug} AND p."key" = ${ref.paragraphKey}`;
  if (!row) {
    const report = await tx.report.findUnique({ where: { slug: ref.slug }, select: { id: true } });
    if (!report) throw new DomainError("not-found", `Unknown report ${ref.slug}`, { what: "report" });
  }
  if (!row || row.archivedAt) {
    throw new DomainError("not-found", `Unknown paragraph ${ref.paragraphKey}`, { what: "paragraph" });
  }
  const { reportTargetLanguages, ...paragraph } = row;
  // a language the report is not translated into is unknown (lib/reports/report-target.ts)
  const language: TargetLanguage = requireReportTarget({ targetLanguages: reportTargetLanguages }, ref.language);
  const quotes = await tx.$queryRaw<Quote[]>`SELECT * FROM "Quote" WHERE "paragraphId" = ${paragraph.id} ORDER BY "position" ASC`;
  const [translation] = await tx.$queryRaw<Translation[]>`
    SELECT * FROM "Translation" WHERE "paragraphId" = ${paragraph.id} AND "language" = ${language}`;
  return { paragraph: { ...paragraph, quotes }, language, translation: translation ?? null };
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
