import { runChecks } from "./index";
import { withoutDismissed } from "./findings";
import type { ReportChecks } from "./load-check-context";
import type { CheckFinding } from "./types";

export type CheckedParagraph = {
  key: string;
  text: string;
  hash: string;
  quotes: readonly { key: string; isClosed: boolean }[];
};

// Runs every check on one translation with the report's context (load-check-context.ts), less
// the warnings a reviewer dismissed there. The same function runs in the editor, in the browser.
export function checkParagraph(
  checks: Pick<ReportChecks, "sourceLanguage" | "language" | "context" | "dismissals">,
  paragraph: CheckedParagraph,
  translation: { text: string; sourceHash: string },
): CheckFinding[] {
  const findings = runChecks({
    sourceLanguage: checks.sourceLanguage,
    targetLanguage: checks.language,
    paragraphKey: paragraph.key,
    source: { text: paragraph.text, hash: paragraph.hash, quotes: paragraph.quotes },
    translation,
    context: checks.context,
  });
  return withoutDismissed(findings, checks.dismissals[paragraph.key] ?? []);
}
