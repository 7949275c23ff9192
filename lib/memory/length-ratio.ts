import type { Db, Tx } from "@/lib/db/client";
import { plainLength } from "./plain-length";

// The usual length of a translation against its source, learnt from the approved memory:
// target length / source length (plain text) of each pair. median is the usual ratio; spread
// is the interquartile range of the ratios (robust to the odd heading or a one-word pair, which
// a standard deviation is not); samples is how many pairs it was learnt from.
export type LengthRatio = { median: number; spread: number; samples: number };

// Below this many pairs a median says little about a language pair: no ratio rather than a
// guess (the length check then stays silent).
export const MIN_LENGTH_RATIO_SAMPLES = 20;
// A pair whose source is shorter than this (a name, a one-word heading) says nothing about
// the ratio of running text.
export const MIN_SOURCE_LENGTH = 20;

export function lengthRatioFromPairs(pairs: readonly { source: string; target: string }[]): LengthRatio | null {
  const ratios: number[] = [];
  for (const pair of pairs) {
    const sourceLength = plainLength(pair.source);
    if (sourceLength < MIN_SOURCE_LENGTH) continue;
    ratios.push(plainLength(pair.target) / sourceLength);
  }
  if (ratios.length < MIN_LENGTH_RATIO_SAMPLES) return null;
  ratios.sort((a, b) => a - b);
  return { median: quantile(ratios, 0.5), spread: quantile(ratios, 0.75) - quantile(ratios, 0.25), samples: ratios.length };
}

// Linear interpolation between the closest ranks (the usual "type 7" quantile).
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

// From the entries in force (not superseded) of one language pair, imported ones included.
export async function getLengthRatio(db: Db | Tx, sourceLanguage: string, targetLanguage: string): Promise<LengthRatio | null> {
  const entries = await db.memoryEntry.findMany({
    where: { sourceLanguage, targetLanguage, supersededAt: null },
    select: { sourceText: true, targetText: true },
  });
  return lengthRatioFromPairs(entries.map((entry) => ({ source: entry.sourceText, target: entry.targetText })));
}
