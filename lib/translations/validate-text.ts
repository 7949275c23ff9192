import { parseInlineMarkup, quoteIds, plainText, type Segment } from "@/lib/quotes/inline-markup";
import { isBlank, plainTextProblems, type PlainTextProblem } from "@/lib/text/plain-text";

export const MAX_TRANSLATION_LENGTH = 5000;
// the translator's note readers see beside the paragraph (saveTranslation enforces it; the workspace field shows it)
export const MAX_TRANSLATOR_NOTE_LENGTH = 1000;
// The note on the source of a quotation marked as the speaker's own words.
export const MAX_ORIGIN_NOTE_LENGTH = 500;

export type TextProblem =
  | { code: "empty" }
  | { code: "too-long"; max: number; length: number }
  | { code: "markup"; detail: string; quote?: string }
  | { code: "quote-missing"; quote: string }
  | { code: "quote-unknown"; quote: string }
  | { code: "quote-duplicated"; quote: string }
  | PlainTextProblem;

export type CheckedText = { segments: Segment[]; problems: TextProblem[] };

// A translation must carry every quotation span of its source paragraph exactly once,
// under the same ids, so that quote provenance survives translation. It is plain text by
// lib/text/plain-text.ts's rules: a text that is not well-formed Unicode is refused alone.
export function checkTranslationText(text: string, sourceQuoteKeys: readonly string[]): CheckedText {
  const problems: TextProblem[] = plainTextProblems(text, { isMultiline: true });
  if (problems.some((problem) => problem.code === "not-well-formed")) return { segments: [], problems };
  if (text.length > MAX_TRANSLATION_LENGTH) {
    problems.push({ code: "too-long", max: MAX_TRANSLATION_LENGTH, length: text.length });
  }
  const { segments, problems: markup } = parseInlineMarkup(text);
  for (const problem of markup) {
    if (problem.code === "empty-quote") continue; // an untranslated quotation is work in progress
    problems.push({ code: "markup", detail: problem.code, quote: "id" in problem ? problem.id : undefined });
  }
  if (isBlank(plainText(segments))) problems.push({ code: "empty" });

  const found = quoteIds(segments);
  const expected = new Set(sourceQuoteKeys);
  for (const key of sourceQuoteKeys) {
    if (!found.includes(key)) problems.push({ code: "quote-missing", quote: key });
  }
  const seen = new Set<string>();
  for (const key of found) {
    if (!expected.has(key)) problems.push({ code: "quote-unknown", quote: key });
    else if (seen.has(key)) problems.push({ code: "quote-duplicated", quote: key });
    seen.add(key);
  }
  return { segments, problems };
}
