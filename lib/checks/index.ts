import { glossaryDoNotTranslate, glossaryForbidden, glossaryMissing } from "./glossary-checks";
import { inconsistent } from "./inconsistent";
import { lengthRatio } from "./length-ratio-check";
import { mixedScript } from "./mixed-script";
import { numberFormat, numbersDates } from "./number-checks";
import { emptyQuote, quoteAdded, quoteDuplicated, quoteMissing } from "./quote-checks";
import { unbalancedQuoteMarks } from "./quote-marks";
import { olderSource, sourceUnclosedQuote } from "./source-checks";
import { doubleSpace, edgeSpaces } from "./space-checks";
import { emptyText, sameAsSource } from "./text-checks";
import { frenchSpaces, typographyDash, typographyQuoteMarks } from "./typography-checks";
import type { CheckFinding, CheckId, CheckInput, QualityCheck, Severity } from "./types";

export type { CheckContext, CheckFinding, CheckId, CheckInput, CheckKind, QualityCheck, Severity } from "./types";
export { CHECK_IDS, isCheckId } from "./types";

// Every check, in the order they are listed (the /{ui}/checks page, the panels). Add a check here.
export const QUALITY_CHECKS: readonly QualityCheck[] = [
  emptyText,
  quoteMissing,
  quoteAdded,
  quoteDuplicated,
  emptyQuote,
  unbalancedQuoteMarks,
  mixedScript,
  glossaryForbidden,
  glossaryDoNotTranslate,
  glossaryMissing,
  numbersDates,
  numberFormat,
  sameAsSource,
  lengthRatio,
  typographyQuoteMarks,
  typographyDash,
  frenchSpaces,
  doubleSpace,
  edgeSpaces,
  inconsistent,
  olderSource,
  sourceUnclosedQuote,
];

const SEVERITY = new Map(QUALITY_CHECKS.map((check) => [check.id, check.severity]));

export function severityOf(id: CheckId): Severity {
  return SEVERITY.get(id) ?? "warning";
}

const KIND = new Map(QUALITY_CHECKS.map((check) => [check.id, check.kind]));

// What an approval must acknowledge (lib/reviews/decide-translation.ts): errors, and warnings
// about what the text says; typography and spacing warnings inform only.
export function needsAcknowledgement(finding: CheckFinding): boolean {
  return severityOf(finding.id) === "error" || KIND.get(finding.id) === "content";
}

export function runChecks(input: CheckInput, checks: readonly QualityCheck[] = QUALITY_CHECKS): CheckFinding[] {
  return checks.flatMap((check) => check.run(input));
}
