import { MAX_ORIGIN_NOTE_LENGTH } from "@/lib/translations/validate-text";
import { MAX_TRANSLATION_LENGTH } from "@/lib/translations/validate-text";
import { isBlank } from "@/lib/text/plain-text";
import { editorPartsToMarkup, type EditorPart } from "./editor-parts";

// Anything that looks like a tag: the editor has fields for quotations, so a tag typed into
// a field is a mistake (or an attempt), never formatting.
const TAG_LIKE = /<\/?[a-z][^<>]*>/i;

export type EditorProblem =
  | { code: "markup-typed"; field: number; quote?: string }
  | { code: "origin-note"; quote: string; max: number }
  | { code: "quote-unknown"; quote: string }
  | { code: "quote-duplicated"; quote: string }
  | { code: "empty" }
  | { code: "too-long"; length: number; max: number };

export function checkEditorParts(parts: readonly EditorPart[], sourceQuoteKeys: readonly string[]): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const seen = new Set<string>();
  parts.forEach((part, field) => {
    const quote = part.kind === "quote" ? part.id : undefined;
    if (TAG_LIKE.test(part.text)) problems.push({ code: "markup-typed", field, quote });
    if (part.kind !== "quote") return;
    if (!sourceQuoteKeys.includes(part.id)) problems.push({ code: "quote-unknown", quote: part.id });
    else if (seen.has(part.id)) problems.push({ code: "quote-duplicated", quote: part.id });
    seen.add(part.id);
    if (part.isOwnWords && (part.note.trim() === "" || part.note.length > MAX_ORIGIN_NOTE_LENGTH)) {
      problems.push({ code: "origin-note", quote: part.id, max: MAX_ORIGIN_NOTE_LENGTH });
    }
  });
  const { text } = editorPartsToMarkup(parts);
  if (parts.every((part) => isBlank(part.text))) problems.push({ code: "empty" });
  if (text.length > MAX_TRANSLATION_LENGTH) problems.push({ code: "too-long", length: text.length, max: MAX_TRANSLATION_LENGTH });
  return problems;
}

export function isMarkupTyped(text: string): boolean {
  return TAG_LIKE.test(text);
}
