// What an entry may hold, checked the same way for a reviewer's entry, an edit and a proposal.
import { DomainError } from "@/lib/errors";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { splitWords } from "./words";

export const PARTS_OF_SPEECH = ["noun", "proper-noun", "verb", "adjective", "adverb", "abbreviation", "phrase"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_TRANSLATIONS = 10;

export type GlossaryEntryInput = {
  sourceTerm: string;
  // The required renderings; the forbidden ones for a forbidden entry; none for do-not-translate
  // (the target keeps the source term: see requiredRenderings in match-terms.ts).
  translations: string[];
  note: string | null;
  partOfSpeech: PartOfSpeech | null;
  exactForm: boolean;
  caseSensitive: boolean;
  doNotTranslate: boolean;
  isForbidden: boolean;
};

export type GlossaryProblem =
  | { code: "glossary-term-required" }
  | { code: "glossary-translation-required" }
  | { code: "glossary-translation-empty" }
  | { code: "glossary-translation-duplicate"; detail: string }
  | { code: "glossary-translations-kept" }
  | { code: "glossary-flags-conflict" }
  | { code: "glossary-too-many-translations"; max: number }
  | { code: "too-long"; field: string; max: number; length: number }
  | { code: "not-well-formed" | "control-character" | "bidi-control"; field: string; character?: string };

export function isPartOfSpeech(value: unknown): value is PartOfSpeech {
  return typeof value === "string" && (PARTS_OF_SPEECH as readonly string[]).includes(value);
}

function tidy(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/gu, " ");
}

function textProblems(field: string, text: string, max: number, isMultiline = false): GlossaryProblem[] {
  const problems: GlossaryProblem[] = plainTextProblems(text, { isMultiline }).map((problem) => ({ ...problem, field }));
  if (text.length > max) problems.push({ code: "too-long", field, max, length: text.length });
  return problems;
}

// The entry as it is stored (NFC, trimmed, single spaces), or an "invalid" error listing every problem.
export function checkEntryInput(input: GlossaryEntryInput): GlossaryEntryInput {
  const sourceTerm = tidy(input.sourceTerm);
  const translations = input.translations.map(tidy);
  const note = input.note === null || isBlank(input.note) ? null : input.note.normalize("NFC").trim();
  const problems: GlossaryProblem[] = [...textProblems("sourceTerm", sourceTerm, MAX_TERM_LENGTH)];
  // A term needs a word (letters or digits): punctuation alone could never be found in a text.
  if (splitWords(sourceTerm).length === 0) problems.push({ code: "glossary-term-required" });
  translations.forEach((translation, index) => problems.push(...textProblems(`translations.${index}`, translation, MAX_TERM_LENGTH)));
  if (translations.some((translation) => splitWords(translation).length === 0)) problems.push({ code: "glossary-translation-empty" });
  const duplicate = translations.find((translation, index) => translations.indexOf(translation) !== index);
  if (duplicate !== undefined) problems.push({ code: "glossary-translation-duplicate", detail: duplicate });
  if (translations.length > MAX_TRANSLATIONS) problems.push({ code: "glossary-too-many-translations", max: MAX_TRANSLATIONS });
  if (input.doNotTranslate && input.isForbidden) problems.push({ code: "glossary-flags-conflict" });
  else if (input.doNotTranslate && translations.length > 0) problems.push({ code: "glossary-translations-kept" });
  else if (!input.doNotTranslate && translations.length === 0) problems.push({ code: "glossary-translation-required" });
  if (note !== null) problems.push(...textProblems("note", note, MAX_NOTE_LENGTH, true));
  if (problems.length > 0) throw new DomainError("invalid", "The glossary entry is not valid", { problems });
  return { ...input, sourceTerm, translations, note };
}
