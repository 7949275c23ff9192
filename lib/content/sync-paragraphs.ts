import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { inChunks } from "@/lib/db/in-chunks";
import type { TargetLanguage } from "@/lib/languages";
import { asTranslationState } from "@/lib/workflow/states";
import { stateAfterSourceChange } from "@/lib/workflow/source-change";
import type { ParsedUnit } from "./parse-report";
import type { SyncSummary } from "./sync-content";

type Existing = { id: string; key: string; position: number; kind: string; text: string; hash: string; archivedAt: Date | null };

// The report's paragraphs brought to the MDX's units, in a number of statements that does not
// grow with the report where nothing changed (issue 14: a 2,000-paragraph report made one
// statement per paragraph, several per translation): one read of the paragraphs, one of their
// translations, a write only for what differs, new rows in multi-row inserts, no `in` list longer
// than a chunk. Matching by stable id is unchanged: new ones get a missing translation per
// language, changed ones keep theirs (approved ones made against another wording become
// outdated, and approved again if the wording comes back), removed ones are archived, never
// deleted. Returns each current unit's paragraph id by key.
export async function syncParagraphs(
  tx: Tx,
  options: { reportId: string; units: readonly ParsedUnit[]; languages: readonly TargetLanguage[]; summary: SyncSummary },
): Promise<Map<string, string>> {
  const { reportId, units, languages, summary } = options;
  const current: Existing[] = await tx.sourceParagraph.findMany({
    where: { reportId },
    select: { id: true, key: true, position: true, kind: true, text: true, hash: true, archivedAt: true },
  });
  const byKey = new Map(current.map((paragraph) => [paragraph.key, paragraph]));
  const ids = new Map<string, string>();
  const added: { id: string; position: number; unit: ParsedUnit }[] = [];
  const kept: { id: string; unit: ParsedUnit }[] = [];
  // paragraphs that only moved, by how far: an added or removed paragraph moves every one after
  // it by the same step, one updateMany per chunk instead of one update per paragraph
  const shifts = new Map<number, string[]>();

  for (const [position, unit] of units.entries()) {
    const before = byKey.get(unit.key);
    if (!before) {
      const id = crypto.randomUUID();
      ids.set(unit.key, id);
      added.push({ id, position, unit });
      summary.added.push(unit.key);
      continue;
    }
    ids.set(unit.key, before.id);
    kept.push({ id: before.id, unit });
    if (before.archivedAt) summary.restored.push(unit.key);
    const isSameWording = before.kind === unit.kind && before.text === unit.text && before.hash === unit.hash && !before.archivedAt;
    if (isSameWording && before.position !== position) {
      const step = position - before.position;
      shifts.set(step, shifts.get(step) ?? []);
      shifts.get(step)!.push(before.id);
    } else if (!isSameWording) {
      await tx.sourceParagraph.update({
        where: { id: before.id },
        data: { position, kind: unit.kind, text: unit.text, hash: unit.hash, archivedAt: null },
      });
    }
    if (before.hash !== unit.hash) {
      summary.changed.push(unit.key);
      await tx.sourceVersion.upsert({
        where: { paragraphId_hash: { paragraphId: before.id, hash: unit.hash } },
        create: { paragraphId: before.id, hash: unit.hash, text: unit.text },
        update: { syncedAt: new Date() },
      });
    }
  }

  for (const [step, moved] of shifts) {
    for (const chunk of inChunks(moved)) await tx.sourceParagraph.updateMany({ where: { id: { in: chunk } }, data: { position: { increment: step } } });
  }

  const keys = new Set(units.map((unit) => unit.key));
  for (const paragraph of current) {
    if (keys.has(paragraph.key) || paragraph.archivedAt) continue;
    await tx.sourceParagraph.update({ where: { id: paragraph.id }, data: { archivedAt: new Date(), position: 100_000 + paragraph.position } });
    summary.archived.push(paragraph.key);
  }

  await addParagraphs(tx, reportId, added, languages);
  await applySourceHashes(tx, reportId, kept, languages, summary);
  return ids;
}

// Raw multi-row inserts, as saveTranslationsIn writes its rows: Prisma's createMany costs about
// three times as much per row, and a new long report is thousands of rows of each (ids are UUIDs).
async function addParagraphs(tx: Tx, reportId: string, added: readonly { id: string; position: number; unit: ParsedUnit }[], languages: readonly TargetLanguage[]): Promise<void> {
  const now = new Date();
  for (const chunk of inChunks(added, 100)) {
    const paragraphs = chunk.map(({ id, position, unit }) => Prisma.sql`(${id}, ${reportId}, ${unit.key}, ${position}, ${unit.kind}, ${unit.text}, ${unit.hash}, ${now}, ${now})`);
    await tx.$executeRaw`INSERT INTO "SourceParagraph" ("id", "reportId", "key", "position", "kind", "text", "hash", "createdAt", "updatedAt") VALUES ${Prisma.join(paragraphs)}`;
    const versions = chunk.map(({ id, unit }) => Prisma.sql`(${crypto.randomUUID()}, ${id}, ${unit.hash}, ${unit.text}, ${now})`);
    await tx.$executeRaw`INSERT INTO "SourceVersion" ("id", "paragraphId", "hash", "text", "syncedAt") VALUES ${Prisma.join(versions)}`;
    const translations = chunk.flatMap(({ id }) => languages.map((language) => Prisma.sql`(${crypto.randomUUID()}, ${id}, ${language}, 'missing', 0, ${now}, ${now})`));
    if (translations.length > 0) {
      await tx.$executeRaw`INSERT INTO "Translation" ("id", "paragraphId", "language", "state", "version", "createdAt", "updatedAt") VALUES ${Prisma.join(translations)}`;
    }
  }
}

// Re-evaluates every translation of the kept paragraphs against their current source wording,
// from one read of the report's translations; the state changes are written per target state.
async function applySourceHashes(
  tx: Tx,
  reportId: string,
  kept: readonly { id: string; unit: ParsedUnit }[],
  languages: readonly TargetLanguage[],
  summary: SyncSummary,
): Promise<void> {
  const translations = await tx.translation.findMany({
    where: { paragraph: { reportId } },
    select: { id: true, paragraphId: true, language: true, state: true, version: true, approvedSourceHash: true },
  });
  const byParagraph = new Map<string, typeof translations>();
  for (const translation of translations) {
    byParagraph.set(translation.paragraphId, byParagraph.get(translation.paragraphId) ?? []);
    byParagraph.get(translation.paragraphId)!.push(translation);
  }
  const missing: { paragraphId: string; language: string; state: string }[] = [];
  const changes: { id: string; to: string; action: string; from: string; version: number }[] = [];
  for (const { id, unit } of kept) {
    const own = byParagraph.get(id) ?? [];
    for (const language of languages) {
      if (!own.some((translation) => translation.language === language)) missing.push({ paragraphId: id, language, state: "missing" });
    }
    for (const translation of [...own].sort((a, b) => languageOrder(languages, a.language) - languageOrder(languages, b.language))) {
      const from = asTranslationState(translation.state);
      const change = stateAfterSourceChange({ state: from, approvedSourceHash: translation.approvedSourceHash }, unit.hash);
      if (!change) continue;
      changes.push({ id: translation.id, to: change.to, action: change.action, from, version: translation.version });
      const entry = { paragraph: unit.key, language: translation.language };
      (change.to === "outdated" ? summary.outdated : summary.reapproved).push(entry);
    }
  }
  for (const chunk of inChunks(missing, 200)) await tx.translation.createMany({ data: chunk });
  for (const to of new Set(changes.map((change) => change.to))) {
    for (const chunk of inChunks(changes.filter((change) => change.to === to))) {
      await tx.translation.updateMany({ where: { id: { in: chunk.map((change) => change.id) } }, data: { state: to } });
    }
  }
  for (const chunk of inChunks(changes, 100)) {
    await tx.workflowEvent.createMany({
      data: chunk.map((change) => ({ translationId: change.id, action: change.action, fromState: change.from, toState: change.to, version: change.version })),
    });
  }
}

// The configured order of the target languages, then any other (a language no longer configured).
function languageOrder(languages: readonly TargetLanguage[], language: string): number {
  const index = languages.indexOf(language);
  return index === -1 ? languages.length : index;
}
