import { DomainError } from "@/lib/errors";

// Why a whole exchange file is refused before anything is read from it into the database.
export const FILE_REFUSALS = [
  "too-large",
  "not-utf8",
  "not-well-formed",
  "doctype",
  "encoding",
  "too-deep",
  "not-xliff",
  "schema",
  "specification",
  "wrong-source-language",
  "wrong-target-language",
  "wrong-file",
] as const;
export type FileRefusalReason = (typeof FILE_REFUSALS)[number];

export type FileLocation = { line: number; column: number | null };
export type FileProblem = { code: "exchange-file"; reason: FileRefusalReason; line: number | null; column: number | null; detail: string };

// One refusal, with where in the file it is (line and column when known) and the parser's or
// the schema's own words as detail; lib/http/describe-error.ts words the reason in the caller's language.
export function fileRefusal(reason: FileRefusalReason, location: FileLocation | null, detail = ""): DomainError {
  const problem: FileProblem = { code: "exchange-file", reason, line: location?.line ?? null, column: location?.column ?? null, detail };
  return new DomainError("invalid", `The file is refused (${reason}${location ? ` at ${location.line}:${location.column ?? "?"}` : ""}): ${detail}`, {
    problems: [problem],
    file: problem,
  });
}
