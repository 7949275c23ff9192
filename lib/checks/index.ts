import { emptyQuote, quoteMissing } from "./quote-checks";
import { olderSource, sourceUnclosedQuote } from "./source-checks";
import { emptyText, sameAsSource } from "./text-checks";
import type { CheckInput, QualityCheck, QualityWarning } from "./types";

export type { CheckInput, QualityCheck, QualityWarning, WarningCode } from "./types";

// Every check the reviewer sees, in the order they are listed. Add a check here.
export const QUALITY_CHECKS: readonly QualityCheck[] = [emptyText, quoteMissing, emptyQuote, sameAsSource, olderSource, sourceUnclosedQuote];

export function runChecks(input: CheckInput, checks: readonly QualityCheck[] = QUALITY_CHECKS): QualityWarning[] {
  return checks.flatMap((check) => check.run(input));
}
