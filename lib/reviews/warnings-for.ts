import { runChecks, type QualityWarning } from "@/lib/checks";

type Paragraph = { text: string; hash: string; quotes: readonly { key: string; isClosed: boolean }[] };

// The quality warnings of one revision against the paragraph as it is now: what the reviewer
// sees (lib/reviews/review-item.ts) and what an approval must acknowledge (decide-translation.ts).
export function warningsFor(paragraph: Paragraph, revision: { text: string; sourceHash: string }): QualityWarning[] {
  return runChecks({ source: { text: paragraph.text, hash: paragraph.hash, quotes: paragraph.quotes }, translation: revision });
}
