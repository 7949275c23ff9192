import { checkParagraph } from "@/lib/checks/check-paragraph";
import type { CheckFinding } from "@/lib/checks";
import type { ReportChecks } from "@/lib/checks/load-check-context";

type Paragraph = { key: string; text: string; hash: string; quotes: readonly { key: string; isClosed: boolean }[] };

// The quality checks of one revision against the paragraph as it is now, less the dismissed
// warnings: what the reviewer sees (lib/reviews/review-item.ts) and what an approval must
// acknowledge (decide-translation.ts).
export function warningsFor(checks: ReportChecks, paragraph: Paragraph, revision: { text: string; sourceHash: string }): CheckFinding[] {
  return checkParagraph(checks, paragraph, revision);
}
