import type { CheckFinding } from "./types";

type NamedQuote = { key: string; speakerName: string | null };

// The arguments of a finding's message (messages Checks.<id>): a quotation is named by its
// number in the paragraph and its speaker, never by its id; `detail` is the words at fault.
export function checkMessageArgs(finding: CheckFinding, quotes: readonly NamedQuote[]) {
  const index = quotes.findIndex((quote) => quote.key === finding.quote);
  const speaker = quotes[index]?.speakerName ?? "";
  return { number: index === -1 ? "?" : String(index + 1), speaker, hasSpeaker: speaker ? "yes" : "no", detail: finding.detail ?? "" };
}
