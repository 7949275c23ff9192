import { readableText } from "./text-checks";
import type { CheckFinding, QualityCheck } from "./types";

// Sentences too short to say anything ("Oui.", a name) are not compared.
const MIN_SENTENCE_LENGTH = 20;

// One segmenter per language: making one costs more than splitting a paragraph with it.
const segmenters = new Map<string, Intl.Segmenter>();

function sentences(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "sentence" })));
  return Array.from(segmenter.segment(text), (part) => part.segment.trim()).filter((sentence) => sentence !== "");
}

// Source sentence → its translation, where both split into as many sentences (the only
// alignment a pure check can trust); a paragraph that does not split evenly pairs as a whole.
function pairs(source: string, target: string, sourceLanguage: string, targetLanguage: string): [string, string][] {
  const from = sentences(readableText(source), sourceLanguage);
  const to = sentences(readableText(target), targetLanguage);
  if (from.length === to.length) return from.map((sentence, index) => [sentence, to[index]]);
  return [[readableText(source), readableText(target)]];
}

// The same source sentence translated differently in another paragraph of the same report.
export const inconsistent: QualityCheck = {
  id: "inconsistent",
  severity: "warning",
  kind: "content",
  run: ({ source, translation, context, paragraphKey, sourceLanguage, targetLanguage }) => {
    const mine = pairs(source.text, translation.text, sourceLanguage, targetLanguage).filter(([sentence]) => sentence.length >= MIN_SENTENCE_LENGTH);
    if (mine.length === 0) return [];
    const findings: CheckFinding[] = [];
    for (const other of context?.others ?? []) {
      if (other.paragraphKey === paragraphKey || other.text.trim() === "") continue;
      // Every save checks against the whole report: split only a paragraph whose source holds
      // one of these sentences (a sentence of it is a substring of it), so most are one search.
      const theirSource = readableText(other.source);
      if (!mine.some(([sentence]) => theirSource.includes(sentence))) continue;
      const theirs = new Map(pairs(other.source, other.text, sourceLanguage, targetLanguage));
      const differs = mine.some(([sentence, rendering]) => theirs.has(sentence) && theirs.get(sentence) !== rendering);
      if (differs) findings.push({ id: "inconsistent", detail: other.paragraphKey });
    }
    return findings;
  },
};

// The other paragraphs this check can name for any of `sources` (issue 14: the workspace of a
// long report hands the browser the check's context for its page only): those whose source
// holds the whole text or a sentence long enough to compare of one of them, which is every
// paragraph the check would go on to split, whatever the translation typed.
export function othersRelevantTo<T extends { source: string }>(others: readonly T[], sources: readonly string[], sourceLanguage: string): T[] {
  const candidates = new Set<string>();
  for (const source of sources) {
    const readable = readableText(source);
    if (readable.length >= MIN_SENTENCE_LENGTH) candidates.add(readable);
    for (const sentence of sentences(readable, sourceLanguage)) if (sentence.length >= MIN_SENTENCE_LENGTH) candidates.add(sentence);
  }
  if (candidates.size === 0) return [];
  const wanted = [...candidates];
  return others.filter((other) => {
    const theirs = readableText(other.source);
    return wanted.some((candidate) => theirs.includes(candidate));
  });
}
