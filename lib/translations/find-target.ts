import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isTargetLanguage, type TargetLanguage } from "@/lib/languages";

export type TargetRef = { slug: string; paragraphKey: string; language: string };

// Resolves report / paragraph / language of a request, or a 404 naming which is unknown.
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
  const translation =
    (await tx.translation.findUnique({ where: { paragraphId_language: { paragraphId: paragraph.id, language } } })) ??
    (await tx.translation.create({ data: { paragraphId: paragraph.id, language, state: "missing" } }));
  return { report, paragraph, language, translation };
}
