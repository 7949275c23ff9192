import { severityOf } from "./index";
import type { CheckFinding, CheckId } from "./types";

export type Dismissal = { checkId: string; quoteKey: string };

// A reviewer's "false positive" (CheckDismissal) silences one warning on one paragraph: the
// same check about the same quotation (or about none). Errors are overridden, never dismissed.
export function withoutDismissed(findings: readonly CheckFinding[], dismissals: readonly Dismissal[]): CheckFinding[] {
  return findings.filter(
    (finding) =>
      severityOf(finding.id) === "error" ||
      !dismissals.some((dismissal) => dismissal.checkId === finding.id && dismissal.quoteKey === (finding.quote ?? "")),
  );
}

// The error checks that still block a submission: found, and not overridden with a reason.
export function blockingErrors(findings: readonly CheckFinding[], overrides: readonly { check: string }[]): CheckId[] {
  const overridden = new Set(overrides.map((override) => override.check));
  return [...new Set(findings.filter((finding) => severityOf(finding.id) === "error").map((finding) => finding.id))].filter(
    (id) => !overridden.has(id),
  );
}
