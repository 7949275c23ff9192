import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { requireReportTarget } from "@/lib/reports/report-target";
import { authorize, canEditTranslation, requireActor } from "@/lib/permissions";
import { BatchMovedError, saveTranslationsIn } from "@/lib/translations/save-translations";
import type { Actor } from "@/lib/users/actor";
import { classifyUnits, type ImportPlan } from "./classify-units";
import { fileRefusal } from "./file-refusal";
import { readXliffFile } from "./read-xliff-file";
import { readXliffUnits } from "./read-xliff-units";
import { attribute } from "./xml-tree";

export type ImportXliffOptions = { slug: string; language: string; actor: Actor | null; xml: string; isDryRun: boolean };
export type ImportXliffResult = ImportPlan & { isDryRun: boolean; imported: { id: string; version: number }[] };

// An XLIFF 2.0 file back into the report: the whole file is refused, naming line and column,
// unless it conforms and its languages are the report's; then each unit is imported,
// unchanged, a conflict (saved on the server since the export, or the source changed) or
// refused with its reasons. Accepted units are saved by the editor's rules (a new revision by
// the importer, a draft: lib/translations/save-translations.ts), all in one transaction or none.
export async function importXliff(db: Db, options: ImportXliffOptions): Promise<ImportXliffResult> {
  requireActor(options.actor);
  const report = await db.report.findUnique({ where: { slug: options.slug }, select: { id: true, originalLanguage: true, targetLanguages: true } });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
  const language = requireReportTarget(report, options.language);
  const actor = authorize(options.actor, (who) => canEditTranslation(who, language), `import into ${language}`);

  const root = await readXliffFile(options.xml, { isDeletionPerUnit: true });
  const where = { line: root.line, column: root.column };
  const srcLang = attribute(root, "srcLang") ?? "";
  const trgLang = attribute(root, "trgLang") ?? "";
  if (srcLang.toLowerCase() !== report.originalLanguage) throw fileRefusal("wrong-source-language", where, `${srcLang} ≠ ${report.originalLanguage}`);
  if (trgLang.toLowerCase() !== language) throw fileRefusal("wrong-target-language", where, `${trgLang || "—"} ≠ ${language}`);
  const units = readXliffUnits(root);

  const scope = { reportId: report.id, language, units };
  if (options.isDryRun) {
    const { saves: _, ...plan } = await db.$transaction((tx) => classifyUnits(tx, scope));
    return { ...plan, isDryRun: true, imported: [] };
  }
  // Judged before the write transaction, which only re-checks and writes (2,000 units: well
  // under a second of write lock, npm run bench). A unit saved in between makes the batch
  // roll back: judged again once, where it is now a conflict; moved twice, the import is refused.
  for (let attempt = 1; ; attempt += 1) {
    const { saves, ...plan } = await classifyUnits(db, scope);
    try {
      const versions = await writeTransaction(db, (tx) => saveTranslationsIn(tx, { actor, language, saves }), { timeout: 60_000 });
      return { ...plan, isDryRun: false, imported: plan.accepted.map((unit, index) => ({ id: unit.id, version: versions[index] })) };
    } catch (error) {
      if (!(error instanceof BatchMovedError)) throw error;
      if (attempt >= 2) throw new DomainError("conflict", "Translations of this report changed during the import; import the file again", { currentVersion: null });
    }
  }
}
