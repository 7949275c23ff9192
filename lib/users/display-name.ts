import { isBlank, plainTextProblems, type PlainTextProblem } from "@/lib/text/plain-text";

// The one rule for the names shown beside every approval, history entry and activity row.
// Names are set by an admin (admin users page, `npm run user:create`, the seed); Better Auth's
// own update-user endpoint is closed (lib/auth/auth-endpoints.ts) and its database hooks apply
// this rule too (lib/auth/auth.ts), so no path stores a name that did not pass here.
export const MAX_DISPLAY_NAME_LENGTH = 120;

export type DisplayNameProblem = { code: "name-required" } | PlainTextProblem;
export type DisplayNameResult = { ok: true; name: string } | { ok: false; problems: DisplayNameProblem[] };

// Unicode-normalized (NFC, so one name has one spelling), trimmed, runs of spaces made one
// (so "Claire  Morel" is not a second Claire Morel), one line, no control or bidirectional
// control characters, and not blank. Length is counted in characters, not UTF-16 units.
export function parseDisplayName(input: string): DisplayNameResult {
  const problems = plainTextProblems(input, { isMultiline: false });
  if (problems.length > 0) return { ok: false, problems };
  const name = input.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (isBlank(name) || [...name].length > MAX_DISPLAY_NAME_LENGTH) return { ok: false, problems: [{ code: "name-required" }] };
  return { ok: true, name };
}

export function displayNameProblems(input: string): DisplayNameProblem[] {
  const result = parseDisplayName(input);
  return result.ok ? [] : result.problems;
}
