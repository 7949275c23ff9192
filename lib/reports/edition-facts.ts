import type { TargetLanguage } from "@/lib/languages";
import type { ReaderReport } from "./get-reader-report";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { listCorrections } from "./corrections";

// What a language edition's metadata says of it: who translated it (the authors of the
// words readers see as approved), when it last changed, how far it is.

export function editionTranslators(report: ReaderReport, language: TargetLanguage): string[] {
  const names = report.rows.flatMap((row) => (row.cells[language]?.approved ? [row.cells[language].approved.writtenBy] : []));
  return [...new Set(names.filter(Boolean))].sort((a, b) => a.localeCompare(b));
}

// The latest approval in this language or correction of the original; null: neither yet.
export function editionModifiedAt(report: ReaderReport, language: string): Date | null {
  const times = [
    ...report.rows.flatMap((row) => {
      // a language the report does not target has no cell: only the original's corrections count
      const approved = row.cells[language]?.approved ?? null;
      return approved ? [approved.at.getTime()] : [];
    }),
    ...listCorrections(report.rows).map((correction) => correction.at.getTime()),
  ];
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

export function editionProgress(report: ReaderReport, language: TargetLanguage): { approved: number; total: number } {
  return { approved: report.rows.filter((row) => row.cells[language]?.status === "approved").length, total: report.rows.length };
}

// The edition's opening paragraph as it reads there (the approved translation, else the
// original), in plain words, for a link preview; at most `max` characters.
export function editionDescription(report: ReaderReport, language: string, max = 200): { text: string; language: string } {
  const opening = report.rows.find((row) => row.kind === "paragraph");
  if (!opening) return { text: "", language: report.originalLanguage };
  const approved = opening.cells[language]?.approved ?? null;
  const text = plainText(parseInlineMarkup(approved?.text ?? opening.source).segments).replace(/\s+/g, " ").trim();
  const shortened = text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max - 1)).trimEnd()}…`;
  return { text: shortened, language: approved ? language : report.originalLanguage };
}
