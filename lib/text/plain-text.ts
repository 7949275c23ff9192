// The rules for plain text that people type: translations, quotation notes, comments,
// display names. One module, so a translation, a comment and a name are judged alike.
//
// Refused:
// - text that is not well-formed Unicode (a lone surrogate such as "\ud800"): it cannot be
//   stored as UTF-8 without being silently altered;
// - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F), except line feed and tab
//   where the text may span lines: invisible, and NUL truncates text in other tools;
// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
//   make text display in another order than it is stored ("Trojan Source"), so a reviewer
//   could approve words that are not the ones published.
// Allowed, because real text needs them: no-break spaces (U+00A0, and U+202F before French
// « » ? ! ; :), soft hyphen (U+00AD), zero-width space, non-joiner, joiner and word joiner
// (U+200B–U+200D, U+2060: line breaking, Persian and Indic shaping, emoji sequences), the
// directional marks LRM, RLM and ALM (U+200E, U+200F, U+061C: they mark, never reorder), and
// the byte order mark (U+FEFF) that some editors leave. Invisible ones never count as content:
// text made only of them and spaces is blank.

export type PlainTextProblem =
  | { code: "not-well-formed" }
  | { code: "control-character"; character: string }
  | { code: "bidi-control"; character: string };

export type PlainTextOptions = { isMultiline: boolean };

// With the u flag, a surrogate range matches only surrogates that are not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\s\u00AD\u061C\u200B-\u200F\u2060\uFEFF]/gu;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

// "U+202E", the way the refusal names a character nobody can see.
export function describeCodePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// Every rule the text breaks, at most one problem per rule (the first character found).
export function plainTextProblems(text: string, options: PlainTextOptions): PlainTextProblem[] {
  if (!isWellFormed(text)) return [{ code: "not-well-formed" }];
  const problems: PlainTextProblem[] = [];
  const control = text.match(options.isMultiline ? CONTROL_MULTILINE : CONTROL);
  if (control) problems.push({ code: "control-character", character: describeCodePoint(control[0]) });
  const bidi = text.match(BIDI_CONTROL);
  if (bidi) problems.push({ code: "bidi-control", character: describeCodePoint(bidi[0]) });
  return problems;
}

// Blank: nothing a reader would see, only spaces and the invisible characters allowed above.
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}
