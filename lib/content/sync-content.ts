import type { Db, Tx } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { inChunks } from "@/lib/db/in-chunks";
import { reportTargetLanguages, storedTargetLanguages } from "@/lib/languages";
import type { ParsedReport } from "./parse-report";
import { syncParagraphs } from "./sync-paragraphs";
import { syncQuotes } from "./sync-quotes";

export type SyncSummary = {
  slug: string;
  created: boolean;
  added: string[];
  changed: string[];
  archived: string[];
  restored: string[];
  outdated: { paragraph: string; language: string }[];
  reapproved: { paragraph: string; language: string }[];
};

export type SyncReportOptions = {
  slug: string;
  sourceFile: string;
  report: ParsedReport;
  titles: Partial<Record<string, string>>;
  // per target language, speaker key → name and role in that language (the translation files)
  speakers?: Partial<Record<string, Record<string, { name: string; role: string }>>>;
};

// Brings one report's MDX into the database. Paragraphs are matched by their stable id:
// new ones get missing translations, changed ones keep their translations (approved ones
// made against another wording become outdated), removed ones are archived, never deleted.
export async function syncReport(db: Db, options: SyncReportOptions): Promise<SyncSummary> {
  return writeTransaction(db, (tx) => syncInTransaction(tx, options), { timeout: 60_000 });
}

async function syncInTransaction(tx: Tx, { slug, sourceFile, report, titles, speakers = {} }: SyncReportOptions): Promise<SyncSummary> {
  const summary: SyncSummary = { slug, created: false, added: [], changed: [], archived: [], restored: [], outdated: [], reapproved: [] };
  const targetLanguages = storedTargetLanguages(report.targetLanguages);
  const meta = { title: report.title, date: report.date, outlet: report.outlet, originalLanguage: report.originalLanguage, sourceFile, targetLanguages };
  const existing = await tx.report.findUnique({ where: { slug } });
  summary.created = !existing;
  const saved = existing
    ? await tx.report.update({ where: { id: existing.id }, data: { ...meta, syncedAt: new Date() } })
    : await tx.report.create({ data: { slug, ...meta } });

  for (const [language, title] of Object.entries(titles)) {
    if (!title) continue;
    await tx.reportTitle.upsert({
      where: { reportId_language: { reportId: saved.id, language } },
      create: { reportId: saved.id, language, title },
      update: { title },
    });
  }
  await syncSpeakers(tx, saved.id, speakers);

  const paragraphIds = await syncParagraphs(tx, { reportId: saved.id, units: report.units, languages: reportTargetLanguages(targetLanguages), summary });
  await syncQuotes(tx, saved.id, report, paragraphIds);
  return summary;
}

// A speaker's name and role per target language, as the translation files give them now.
async function syncSpeakers(tx: Tx, reportId: string, speakers: NonNullable<SyncReportOptions["speakers"]>): Promise<void> {
  for (const [language, byKey] of Object.entries(speakers)) {
    const keys = new Set(Object.keys(byKey ?? {}));
    const stored = await tx.speakerTranslation.findMany({ where: { reportId, language }, select: { id: true, speakerKey: true } });
    const removed = stored.filter((row) => !keys.has(row.speakerKey)).map((row) => row.id);
    for (const chunk of inChunks(removed)) await tx.speakerTranslation.deleteMany({ where: { id: { in: chunk } } });
    for (const [speakerKey, { name, role }] of Object.entries(byKey ?? {})) {
      await tx.speakerTranslation.upsert({
        where: { reportId_speakerKey_language: { reportId, speakerKey, language } },
        create: { reportId, speakerKey, language, name, role },
        update: { name, role },
      });
    }
  }
}
