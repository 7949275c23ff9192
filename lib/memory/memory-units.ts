import { plainOf } from "./plain-length";
import type { MemoryUnit } from "./memory-index";
import { normalizeText, sentences, wordTokens } from "./tokens";

const SENTENCE_BREAK = /[.!?…][»"”’)\]]*\s+\S/u;

// The units of one entry: the whole pair, and its sentences when source and target have as many
// (then the n-th source sentence is taken to be translated by the n-th target sentence; a pair
// that split or merged sentences gets no sentence units rather than wrong ones).
export function unitsOf(entry: { id: string; sourceText: string; targetText: string }, languages: { source: string; target: string }): MemoryUnit[] {
  const sourcePlain = plainOf(entry.sourceText);
  const whole: MemoryUnit = {
    entryId: entry.id,
    isSentence: false,
    exactKey: normalizeText(sourcePlain),
    tokens: wordTokens(sourcePlain, languages.source),
    sourcePlain,
    target: entry.targetText,
  };
  // Most paragraphs are one sentence: no segmenting (the costliest part of loading) unless a
  // sentence end is followed by more text.
  if (!SENTENCE_BREAK.test(sourcePlain)) return [whole];
  const sourceSentences = sentences(sourcePlain, languages.source);
  const targetSentences = sentences(plainOf(entry.targetText), languages.target);
  if (sourceSentences.length < 2 || sourceSentences.length !== targetSentences.length) return [whole];
  return [
    whole,
    ...sourceSentences.map((sentence, index) => ({
      entryId: entry.id,
      isSentence: true,
      exactKey: normalizeText(sentence),
      tokens: wordTokens(sentence, languages.source),
      sourcePlain: sentence,
      target: targetSentences[index],
    })),
  ];
}
