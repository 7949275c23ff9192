import type { TargetLanguage } from "@/lib/languages";
import type { ReaderCorrection, ReaderRow } from "./get-reader-report";

export type CorrectionNotice = {
  language: TargetLanguage;
  // the latest correction of the original among the paragraphs being revised
  correctedAt: Date;
  paragraphs: { key: string; number: number }[];
};

// A language edition's notice: the original was corrected after this translation was
// approved, and these paragraphs still show their last approved text. null once every one
// is approved again or its approval kept (none is outdated any more).
export function correctionNotice(rows: readonly ReaderRow[], language: TargetLanguage): CorrectionNotice | null {
  const paragraphs = rows.flatMap((row, index) => (row.cells[language].status === "outdated" ? [{ row, key: row.key, number: index + 1 }] : []));
  if (paragraphs.length === 0) return null;
  const dates = paragraphs.flatMap(({ row }) => row.corrections.map((correction) => correction.at.getTime()));
  return {
    language,
    correctedAt: new Date(dates.length > 0 ? Math.max(...dates) : 0),
    paragraphs: paragraphs.map(({ key, number }) => ({ key, number })),
  };
}

export type ListedCorrection = ReaderCorrection & { key: string; number: number };

// Every correction of the original, newest first, with the paragraph number the page shows.
export function listCorrections(rows: readonly ReaderRow[]): ListedCorrection[] {
  return rows
    .flatMap((row, index) => row.corrections.map((correction) => ({ ...correction, key: row.key, number: index + 1 })))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.number - b.number);
}
