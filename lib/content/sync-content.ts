import type { Db, Tx } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { asTranslationState } from "@/lib/workflow/states";
import { stateAfterSourceChange } from "@/lib/workflow/source-change";
import type { ParsedReport, ParsedUnit } from "./parse-report";

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
  const meta = { title: report.title, date: report.date, outlet: report.outlet, originalLanguage: report.originalLanguage, sourceFile };
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

  const current = await tx.sourceParagraph.findMany({ where: { reportId: saved.id } });
  const byKey = new Map(current.map((paragraph) => [paragraph.key, paragraph]));
  const keys = new Set(report.units.map((unit) => unit.key));

  for (const [position, unit] of report.units.entries()) {
    const before = byKey.get(unit.key);
    if (!before) {
      await addParagraph(tx, saved.id, unit, position);
      summary.added.push(unit.key);
      continue;
    }
    if (before.archivedAt) summary.restored.push(unit.key);
    await tx.sourceParagraph.update({
      where: { id: before.id },
      data: { position, kind: unit.kind, text: unit.text, hash: unit.hash, archivedAt: null },
    });
    if (before.hash !== unit.hash) {
      summary.changed.push(unit.key);
      await tx.sourceVersion.upsert({
        where: { paragraphId_hash: { paragraphId: before.id, hash: unit.hash } },
        create: { paragraphId: before.id, hash: unit.hash, text: unit.text },
        update: { syncedAt: new Date() },
      });
    }
    await applySourceHash(tx, before.id, unit, summary);
  }

  for (const paragraph of current) {
    if (keys.has(paragraph.key) || paragraph.archivedAt) continue;
    await tx.sourceParagraph.update({ where: { id: paragraph.id }, data: { archivedAt: new Date(), position: 100_000 + paragraph.position } });
    summary.archived.push(paragraph.key);
  }

  await syncQuotes(tx, saved.id, report);
  return summary;
}

async function addParagraph(tx: Tx, reportId: string, unit: ParsedUnit, position: number): Promise<void> {
  await tx.sourceParagraph.create({
    data: {
      reportId,
      key: unit.key,
      position,
      kind: unit.kind,
      text: unit.text,
      hash: unit.hash,
      versions: { create: { hash: unit.hash, text: unit.text } },
      translations: { create: TARGET_LANGUAGES.map((language) => ({ language, state: "missing" })) },
    },
  });
}

// Re-evaluates every translation of a paragraph against its current source wording.
async function applySourceHash(tx: Tx, paragraphId: string, unit: ParsedUnit, summary: SyncSummary): Promise<void> {
  const translations = await tx.translation.findMany({ where: { paragraphId } });
  for (const language of TARGET_LANGUAGES) {
    if (!translations.some((translation) => translation.language === language)) {
      await tx.translation.create({ data: { paragraphId, language, state: "missing" } });
    }
  }
  for (const translation of translations) {
    const from = asTranslationState(translation.state);
    const change = stateAfterSourceChange({ state: from, approvedSourceHash: translation.approvedSourceHash }, unit.hash);
    if (!change) continue;
    await tx.translation.update({ where: { id: translation.id }, data: { state: change.to } });
    await tx.workflowEvent.create({
      data: { translationId: translation.id, action: change.action, fromState: from, toState: change.to, version: translation.version },
    });
    const entry = { paragraph: unit.key, language: translation.language };
    (change.to === "outdated" ? summary.outdated : summary.reapproved).push(entry);
  }
}

async function syncQuotes(tx: Tx, reportId: string, report: ParsedReport): Promise<void> {
  const paragraphs = await tx.sourceParagraph.findMany({ where: { reportId }, select: { id: true, key: true } });
  const paragraphId = new Map(paragraphs.map((paragraph) => [paragraph.key, paragraph.id]));
  const keep: string[] = [];
  for (const unit of report.units) {
    for (const quote of unit.quotes) {
      keep.push(quote.key);
      const speaker = quote.speakerKey ? report.speakers[quote.speakerKey] : undefined;
      const data = {
        paragraphId: paragraphId.get(unit.key)!,
        kind: quote.kind,
        position: quote.position,
        speakerKey: quote.speakerKey,
        speakerName: speaker?.name ?? null,
        speakerRole: speaker?.role ?? null,
        spokenLanguage: quote.spokenLanguage,
        isClosed: quote.isClosed,
      };
      await tx.quote.upsert({
        where: { reportId_key: { reportId, key: quote.key } },
        create: { reportId, key: quote.key, ...data },
        update: data,
      });
    }
  }
  // Quotations are metadata of the current wording; revisions refer to them by key only.
  await tx.quote.deleteMany({ where: { reportId, key: { notIn: keep } } });
}

// A speaker's name and role per target language, as the translation files give them now.
async function syncSpeakers(tx: Tx, reportId: string, speakers: NonNullable<SyncReportOptions["speakers"]>): Promise<void> {
  for (const [language, byKey] of Object.entries(speakers)) {
    const keys = Object.keys(byKey ?? {});
    await tx.speakerTranslation.deleteMany({ where: { reportId, language, speakerKey: { notIn: keys } } });
    for (const [speakerKey, { name, role }] of Object.entries(byKey ?? {})) {
      await tx.speakerTranslation.upsert({
        where: { reportId_speakerKey_language: { reportId, speakerKey, language } },
        create: { reportId, speakerKey, language, name, role },
        update: { name, role },
      });
    }
  }
}
