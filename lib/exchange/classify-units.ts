import type { Tx } from "@/lib/db/client";
import { isBlank } from "@/lib/text/plain-text";
import { MAX_ORIGIN_NOTE_LENGTH } from "@/lib/translations/validate-text";
import type { BatchSave } from "@/lib/translations/save-translations";
import { checkTranslationText, type TextProblem } from "@/lib/translations/validate-text";
import type { TranslationState } from "@/lib/workflow/states";
import { readImportTargets } from "./read-import-targets";
import type { FileUnit, UnitProblem } from "./read-xliff-units";

export type RefusalProblem =
  | UnitProblem
  | TextProblem
  | { code: "unknown-paragraph" }
  | { code: "duplicate-unit" }
  | { code: "no-base-version" }
  | { code: "origin-note"; quote: string; max: number };
export type ConflictReason = "saved-since" | "source-changed";

type Origins = { quoteKey: string; note: string }[];
type Base = { id: string; fileState: TranslationState };
export type AcceptedUnit = Base & { text: string; baseVersion: number; quoteOrigins: Origins };
export type ConflictUnit = Base & {
  reason: ConflictReason;
  fileText: string;
  baseVersion: number;
  serverText: string;
  serverVersion: number;
  serverAuthor: string | null;
  serverSavedAt: string | null;
  serverSource: string;
};
export type RefusedUnit = Base & { line: number; column: number; problems: RefusalProblem[] };
export type ImportPlan = { accepted: AcceptedUnit[]; unchanged: Base[]; conflicts: ConflictUnit[]; refused: RefusedUnit[] };
// with, for each accepted unit in order, the save to write (lib/translations/save-translations.ts)
export type JudgedImport = ImportPlan & { saves: BatchSave[] };

// Sorts the file's units against what the server has now, reading only: the same reads serve
// the preview (dry run) and the import, before its write transaction, which re-checks that every
// accepted unit's translation is still at the version and state judged here (saveTranslationsIn).
export async function classifyUnits(tx: Tx, options: { reportId: string; language: string; units: FileUnit[] }): Promise<JudgedImport> {
  const byKey = await readImportTargets(tx, options.reportId, options.language);
  const plan: JudgedImport = { accepted: [], unchanged: [], conflicts: [], refused: [], saves: [] };
  const seen = new Set<string>();
  for (const unit of options.units) {
    const base = { id: unit.id, fileState: unit.fileState };
    const refuse = (problems: RefusalProblem[]) => plan.refused.push({ ...base, line: unit.line, column: unit.column, problems });
    const paragraph = byKey.get(unit.id);
    if (seen.has(unit.id)) {
      refuse([{ code: "duplicate-unit" }]);
      continue;
    }
    seen.add(unit.id);
    if (!paragraph) {
      refuse([{ code: "unknown-paragraph" }]);
      continue;
    }
    if (unit.target === null) {
      plan.unchanged.push(base);
      continue;
    }
    const text = unit.target;
    const quoteKeys = paragraph.quotes.map((quote) => quote.key);
    const problems: RefusalProblem[] = [...unit.problems, ...checkTranslationText(text, quoteKeys).problems, ...originProblems(unit.ownWords ?? [], quoteKeys)];
    if (problems.length > 0) {
      refuse(problems);
      continue;
    }
    const { translation, latest } = paragraph;
    const current: Origins = latest?.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note })) ?? [];
    const quoteOrigins = unit.ownWords ?? current;
    if (latest && latest.text === text && sameOrigins(current, quoteOrigins)) {
      plan.unchanged.push(base);
      continue;
    }
    if (unit.baseVersion === null) {
      refuse([{ code: "no-base-version" }]);
      continue;
    }
    const serverVersion = translation?.version ?? 0;
    const isSourceChanged = unit.sourceHash !== null && unit.sourceHash !== paragraph.hash;
    if (serverVersion !== unit.baseVersion || isSourceChanged) {
      plan.conflicts.push({
        ...base,
        reason: serverVersion !== unit.baseVersion ? "saved-since" : "source-changed",
        fileText: text,
        baseVersion: unit.baseVersion,
        serverText: latest?.text ?? "",
        serverVersion,
        serverAuthor: latest?.authorName ?? null,
        serverSavedAt: latest?.createdAt.toISOString() ?? null,
        serverSource: paragraph.text,
      });
      continue;
    }
    plan.accepted.push({ ...base, text, baseVersion: unit.baseVersion, quoteOrigins });
    plan.saves.push({
      paragraphId: paragraph.id,
      paragraphHash: paragraph.hash,
      translation,
      text,
      quoteOrigins,
      translatorNote: latest?.translatorNote ?? null,
    });
  }
  return plan;
}

function sameOrigins(a: Origins, b: Origins): boolean {
  const key = (list: Origins) => list.map(({ quoteKey, note }) => `${quoteKey}\u0000${note.trim()}`).sort().join("\u0001");
  return key(a) === key(b);
}

// The file's "speaker's own words" marks, judged as the editor's save judges them.
function originProblems(origins: Origins, quoteKeys: string[]): RefusalProblem[] {
  return origins.flatMap((origin): RefusalProblem[] => {
    if (!quoteKeys.includes(origin.quoteKey)) return [{ code: "quote-unknown", quote: origin.quoteKey }];
    if (isBlank(origin.note) || origin.note.length > MAX_ORIGIN_NOTE_LENGTH) return [{ code: "origin-note", quote: origin.quoteKey, max: MAX_ORIGIN_NOTE_LENGTH }];
    return [];
  });
}
