import type { Db } from "@/lib/db/client";
import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";
import { authorize, canWorkOn } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import type { ScoredUnit } from "./memory-index";
import { pairMemory, type PairMemory } from "./memory-store";
import type { MemoryPair } from "./pairs";
import { plainOf } from "./plain-length";
import { normalizeText, sentences, wordTokens } from "./tokens";

export const MAX_MATCHES = 5;
// A paragraph this long (plain characters) with two sentences or more is also matched
// sentence by sentence.
export const SENTENCE_MATCH_MIN_LENGTH = 200;

export type SentenceMatch = { source: string; target: string; score: number };

export type MemoryMatch = {
  entryId: string;
  kind: "paragraph" | "sentences";
  source: string; // stored source, inline markup (sentences: the matched sentences, plain)
  target: string; // inline markup ("sentences": plain text, the sentences' targets glued)
  score: number; // 0..1; 1 is the same wording
  inContext: boolean; // same report and paragraph id (with score 1: memoQ's and Phrase's 101 %)
  approvedBy: string | null;
  approvedAt: Date;
  isSuperseded: boolean;
  isImported: boolean; // from an imported TMX file ("sentences": any of the glued ones)
  sourceDiff: DiffPart[]; // stored source → current source, word by word
  sentences?: SentenceMatch[]; // "sentences": each query sentence matched, in order
  sentenceCount?: number; // "sentences": how many sentences the query has
};

export type FindMatchesOptions = MemoryPair & {
  actor: Actor | null;
  text: string; // the current source, inline markup
  reportSlug?: string;
  paragraphKey?: string;
};

// Up to five matches for the open paragraph from every report, best first.
export async function findMatches(db: Db, options: FindMatchesOptions): Promise<MemoryMatch[]> {
  authorize(options.actor, (who) => canWorkOn(who, options.targetLanguage), `use the ${options.targetLanguage} translation memory`);
  const memory = await pairMemory(db, options.sourceLanguage, options.targetLanguage);
  return matchesIn(memory, options);
}

// The lookup itself, on a memory already brought up to date (the bench calls it directly).
export function matchesIn(memory: PairMemory, options: Omit<FindMatchesOptions, "actor">): MemoryMatch[] {
  const currentPlain = plainOf(options.text);
  const language = options.sourceLanguage;
  const scored = memory.index.lookup(normalizeText(currentPlain), wordTokens(currentPlain, language), { isSentence: false });
  const matches = dedupe(scored.map((found) => paragraphMatch(memory, found, options)));
  const glued = sentenceMatch(memory, currentPlain, options);
  if (glued && !matches.some((match) => match.score === 1)) matches.push(glued);
  // The word diffs only for what is shown.
  return matches
    .sort(byRank)
    .slice(0, MAX_MATCHES)
    .map((match) => (match.kind === "paragraph" ? { ...match, sourceDiff: wordDiff(plainOf(match.source), currentPlain, language) } : match));
}

function paragraphMatch(memory: PairMemory, { unit, score }: ScoredUnit, options: Omit<FindMatchesOptions, "actor">): MemoryMatch {
  const entry = memory.entries.get(unit.entryId)!;
  const isSameContext = entry.reportSlug !== null && entry.reportSlug === options.reportSlug && entry.paragraphKey === options.paragraphKey;
  return {
    entryId: entry.id,
    kind: "paragraph",
    source: entry.sourceText,
    target: entry.targetText,
    score,
    inContext: isSameContext,
    approvedBy: entry.approvedBy,
    approvedAt: entry.approvedAt,
    isSuperseded: entry.supersededAt !== null,
    isImported: entry.isImported,
    sourceDiff: [],
  };
}

// OmegaT-style sub-segment matching: each sentence of a long paragraph is looked up on its own
// (against sentences of stored pairs and one-sentence entries), and the best match of each is
// glued in order. The score is the matched sentences' scores weighted by their length; how many
// sentences matched is said beside it. Plain text: a sentence cut out of a pair has no
// reliable quotation spans.
function sentenceMatch(memory: PairMemory, currentPlain: string, options: Omit<FindMatchesOptions, "actor">): MemoryMatch | null {
  const language = options.sourceLanguage;
  const parts = sentences(currentPlain, language);
  if (parts.length < 2 || currentPlain.length < SENTENCE_MATCH_MIN_LENGTH) return null;
  const found: { sentence: string; best: ScoredUnit }[] = [];
  for (const sentence of parts) {
    const candidates = memory.index.lookup(normalizeText(sentence), wordTokens(sentence, language), { isSentence: true });
    const best = candidates.sort((a, b) => b.score - a.score || newer(memory, b, a))[0];
    if (best) found.push({ sentence, best });
  }
  if (found.length === 0) return null;
  const weight = (text: string) => text.length;
  const total = found.reduce((sum, { sentence }) => sum + weight(sentence), 0);
  const score = found.reduce((sum, { sentence, best }) => sum + weight(sentence) * best.score, 0) / total;
  const stored = found.map(({ best }) => best.unit.sourcePlain).join(" ");
  const newest = found.map(({ best }) => memory.entries.get(best.unit.entryId)!).sort((a, b) => b.approvedAt.getTime() - a.approvedAt.getTime())[0];
  return {
    entryId: found.map(({ best }) => best.unit.entryId).join("+"),
    kind: "sentences",
    source: stored,
    target: found.map(({ best }) => plainOf(best.unit.target)).join(" "),
    score,
    inContext: false,
    approvedBy: newest.approvedBy,
    approvedAt: newest.approvedAt,
    isSuperseded: found.some(({ best }) => memory.entries.get(best.unit.entryId)!.supersededAt !== null),
    isImported: found.some(({ best }) => memory.entries.get(best.unit.entryId)!.isImported),
    sourceDiff: wordDiff(stored, found.map(({ sentence }) => sentence).join(" "), language),
    sentences: found.map(({ sentence, best }) => ({ source: sentence, target: plainOf(best.unit.target), score: best.score })),
    sentenceCount: parts.length,
  };
}

function newer(memory: PairMemory, a: ScoredUnit, b: ScoredUnit): number {
  return memory.entries.get(a.unit.entryId)!.approvedAt.getTime() - memory.entries.get(b.unit.entryId)!.approvedAt.getTime();
}

// By score, in context first among equals (so 101 % before 100 %); what is in force before
// what was superseded; newer first.
function byRank(a: MemoryMatch, b: MemoryMatch): number {
  return (
    b.score - a.score ||
    Number(b.inContext) - Number(a.inContext) ||
    Number(a.isSuperseded) - Number(b.isSuperseded) ||
    b.approvedAt.getTime() - a.approvedAt.getTime()
  );
}

// The same source and target stored twice (a kept approval, a re-approval of the same words) is
// one match: the best-ranked one.
function dedupe(matches: MemoryMatch[]): MemoryMatch[] {
  const best = new Map<string, MemoryMatch>();
  for (const match of matches) {
    const key = `${normalizeText(plainOf(match.source))}\u0000${match.target}`;
    const known = best.get(key);
    if (!known || byRank(match, known) < 0) best.set(key, match);
  }
  return [...best.values()];
}
